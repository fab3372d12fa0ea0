"""Interview selection: whom the provider invites, drawn from those who agreed to be contacted.

The privacy notice says the MOD may contact a respondent for an interview and that not
all participants will be contacted. So only survey respondents who consented and said yes
to contact (`interviews.contact_column`) are eligible, withdrawn people never are, and in
each stratum (`interviews.strata`, a column of the administrative extract) the `sizes`
people with the lowest seeded rank are invited. The rank is SHA-256 of the seed and the
ID: reproducible, and each person's rank does not depend on who else is eligible, so a
new respondent or a decline changes no one else's place. Someone who declines or does
not show up (`sealflow interviews decline`) is skipped and the next in rank replaces them.

Outputs, all in the workspace (0600): the invitation list (pseudonymous IDs only) for the
provider, and the interview map (doc_id, pseudonymous_id, status) that erasure and subject
access read. Each invitee's doc_id (the interview ID) is a keyed hash of their ID under
the workspace's interview key (work/keys/interview_id.key): stable across reruns, and
unlinkable to the ID without that key, so the interview team names recordings and
transcripts by it, and every quote, transcript and recording leads back through the map.
A person the map holds stays in it when no longer eligible (withdrawn, restricted, or a
later survey submission that says no to consent), with that status, and the next in rank
is invited instead: their interview may exist, and only the map leads to it. Snakemake
deletes the map before the rule runs, so such people are found again by the interview
files named by their keyed doc id. Erasure alone takes a person's row out.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from sealflow import fsutil
from sealflow.audit import load_or_create_key
from sealflow.config import resolve, section_defaults
from sealflow.errors import ConfigError, InputSchemaError, SealflowError
from sealflow.govern import names
from sealflow.govern.closed import refuse_if_purged
from sealflow.govern.holdings import document_folders
from sealflow.govern.interview_ids import doc_id, interview_key_path
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference
from sealflow.ingest.restricted import read_restricted, restricted_path
from sealflow.workspace import StudyPaths

PSEUDONYMOUS_ID = "pseudonymous_id"
OUTCOMES = ("declined", "no_show")
RESPONSE_COLUMNS = (PSEUDONYMOUS_ID, "outcome", "recorded_on")
MAP_COLUMNS = ("doc_id", PSEUDONYMOUS_ID, "status")
NOT_ELIGIBLE = names.NOT_ELIGIBLE  # in the map, but restricted or no longer agreeing
ALL = "all"
DEFAULTS: dict[str, Any] = section_defaults("interviews")  # the schema's, the one source


class InterviewError(SealflowError, ValueError):
    """A decline for someone not invited, or a selection that cannot be made."""


@dataclass(frozen=True)
class InterviewSettings:
    seed: int
    contact_column: str
    strata: str | None
    sizes: dict[str, int]
    invitations: Path
    responses: Path
    report: Path
    governed: GovernSettings

    @classmethod
    def from_config(
        cls, config: dict[str, Any], root: str | Path | None = None
    ) -> InterviewSettings:
        section = config.get("interviews")
        if not section:
            raise ConfigError(
                "key interviews: not set; add seed, sizes (and strata) to select interviewees"
            )
        values = {**DEFAULTS, **section}
        governed = GovernSettings.from_config(config, root)
        sizes = values.get("sizes") or {}
        if not isinstance(values.get("seed"), int) or isinstance(values["seed"], bool):
            raise ConfigError("key interviews.seed: a whole number, e.g. 20260401")
        if not sizes or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in sizes.values()
        ):
            raise ConfigError(
                "key interviews.sizes: how many to invite per stratum value, e.g. "
                "{Army: 2, RAF: 2} (or {all: 6} without strata)"
            )
        if values["strata"] is None and set(sizes) != {ALL}:
            raise ConfigError("key interviews.sizes: without interviews.strata use {all: N}")
        return cls(
            seed=values["seed"],
            contact_column=values["contact_column"],
            strata=values["strata"],
            sizes={str(k): int(v) for k, v in sizes.items()},
            invitations=resolve(governed.root, values["invitations"]),
            responses=resolve(governed.root, values["responses"]),
            report=resolve(governed.root, values["report"]),
            governed=governed,
        )


def rank(seed: int, pseudonymous_id: str) -> str:
    """A person's place in the draw: reproducible from the seed, independent of others."""
    return hashlib.sha256(f"{seed}\x00{pseudonymous_id}".encode()).hexdigest()


def _read_csv(path: Path, columns: tuple[str, ...], delimiter: str) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        if not set(columns) <= set(reader.fieldnames or []):
            raise InputSchemaError(f"{path}: expected columns {', '.join(columns)}")
        return list(reader)


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]], sep: str) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, delimiter=sep, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    fsutil.private_dir(path.parent)
    fsutil.write_text(path, buffer.getvalue())


def _restricted(settings: InterviewSettings) -> set[str]:
    paths = StudyPaths.from_settings(settings.governed.study)
    lines = read_restricted(restricted_path(paths.inputs["withdrawals"]))
    return {line[PSEUDONYMOUS_ID] for line in lines}


def _interview_documents(governed: GovernSettings) -> set[str]:
    """The doc ids of every interview file in the workspace (transcripts, recordings)."""
    return {
        file.stem
        for folder in document_folders(governed).values()
        if folder.is_dir()
        for file in folder.rglob("*")
        if file.is_file() and not file.name.startswith(".")
    }


def _mapped_people(path: Path, delimiter: str) -> set[str]:
    """Who the interview map holds now (a hand-made map may lack the status column)."""
    return {row[PSEUDONYMOUS_ID] for row in _read_csv(path, ("doc_id", PSEUDONYMOUS_ID), delimiter)}


def _known_people(workspace: Path) -> set[str]:
    """Every pseudonymous ID the ingested roster and administrative extract hold: the
    people whose interview documents may be found by their keyed doc id."""
    known: set[str] = set()
    for name in ("roster", "admin"):
        path = workspace / "ingest" / f"{name}.parquet"
        if path.is_file():
            frame = pl.read_parquet(path)
            if PSEUDONYMOUS_ID in frame.columns:
                known |= set(frame[PSEUDONYMOUS_ID].drop_nulls().to_list())
    return known


def responses(settings: InterviewSettings) -> dict[str, str]:
    """Each person's recorded outcome (declined or no_show); the latest counts."""
    rows = _read_csv(settings.responses, RESPONSE_COLUMNS, settings.governed.ingest.delimiter)
    return {row[PSEUDONYMOUS_ID]: row["outcome"] for row in rows}


def _withdrawn(settings: InterviewSettings) -> set[str]:
    governed = settings.governed
    paths = StudyPaths.from_settings(governed.study)
    rows = _read_csv(paths.inputs["withdrawals"], (PSEUDONYMOUS_ID,), governed.ingest.delimiter)
    return {row[PSEUDONYMOUS_ID] for row in rows}


def eligible(settings: InterviewSettings) -> dict[str, str]:
    """Each person who may be invited -> their stratum (``all`` without strata)."""
    work = settings.governed.workspace
    survey_path = work / "ingest" / "survey.parquet"
    survey = pl.read_parquet(survey_path)
    if settings.contact_column not in survey.columns:
        raise InputSchemaError(
            f"{survey_path}: no column {settings.contact_column!r}, so nobody is known to agree "
            "to be contacted; ask the survey platform to export it, or set "
            "interviews.contact_column to the column that holds the answer"
        )
    admin = None
    if settings.strata is not None:
        admin_path = work / "ingest" / "admin.parquet"
        admin = pl.read_parquet(admin_path)
        if settings.strata not in admin.columns:
            raise ConfigError(
                f"key interviews.strata: {settings.strata!r} is not a column of {admin_path}"
            )
    return eligible_people(
        survey, admin, settings.contact_column, settings.strata, _withdrawn(settings)
    )


def eligible_people(
    survey: pl.DataFrame,
    admin: pl.DataFrame | None,
    contact_column: str,
    strata: str | None,
    withdrawn: set[str],
) -> dict[str, str]:
    """Who may be invited, from ingest's survey (one row per person) and the extract.

    The one rule, shared by the selection stage and the demo that makes transcripts for
    the people it will draw: consented, said yes to contact, not withdrawn, and (with
    strata) in the extract with a value of the stratum column.
    """
    agreed = survey.filter(
        (pl.col("consent") == "yes") & (pl.col(contact_column).str.to_lowercase() == "yes")
    ).select(PSEUDONYMOUS_ID)
    if strata is None or admin is None:
        people = {pid: ALL for pid in agreed[PSEUDONYMOUS_ID].to_list()}
    else:
        joined = agreed.join(
            admin.select(PSEUDONYMOUS_ID, pl.col(strata).cast(pl.String)),
            on=PSEUDONYMOUS_ID,
            how="inner",
        ).drop_nulls()
        people = dict(zip(joined[PSEUDONYMOUS_ID], joined[strata], strict=True))
    return {pid: stratum for pid, stratum in people.items() if pid not in withdrawn}


def draw(
    people: dict[str, str], sizes: dict[str, int], seed: int, skipped: set[str]
) -> dict[str, list[str]]:
    """Per stratum, the ``sizes[stratum]`` lowest-ranked people not in ``skipped``."""
    chosen: dict[str, list[str]] = {}
    for stratum, size in sorted(sizes.items()):
        pool = sorted(
            (pid for pid, s in people.items() if s == stratum and pid not in skipped),
            key=lambda pid: rank(seed, pid),
        )
        chosen[stratum] = pool[:size]
    return chosen


def select_interviewees(settings: InterviewSettings) -> dict[str, Any]:
    """Draw, then write the invitation list and the interview map; return counts only."""
    governed = settings.governed
    delimiter = governed.ingest.delimiter
    people = eligible(settings)
    outcomes = responses(settings)
    chosen = draw(people, settings.sizes, settings.seed, set(outcomes))
    invited = sorted(pid for pids in chosen.values() for pid in pids)
    key = load_or_create_key(interview_key_path(governed.workspace))
    # Whoever the map holds stays in it, though no longer eligible (withdrawn, restricted):
    # their interview may exist, and erasure, subject access and quotes find it only here.
    # Erasure takes a person's row out; nothing else does.
    # Snakemake removes the map (an output) before the rule runs: people out of the draw
    # are also found by their interview documents, named by the keyed ID of their ID.
    # Anyone the study knows may be the one: withdrawn, restricted, or a later survey
    # submission that says no to consent (ingest then drops their answers altogether).
    previous = _mapped_people(governed.interview_map, delimiter)
    withdrawn = _withdrawn(settings)
    documents = _interview_documents(governed)
    known = withdrawn | _restricted(settings) | _known_people(governed.workspace)
    previous |= {pid for pid in known if pid not in people and doc_id(key, pid) in documents}
    statuses = {
        pid: "withdrawn" if pid in withdrawn else NOT_ELIGIBLE
        for pid in previous
        if pid not in people
    }
    statuses |= {
        pid: outcome for pid, outcome in outcomes.items() if pid in people or pid in previous
    }
    statuses |= {pid: "invited" for pid in invited}
    map_rows = [
        {"doc_id": doc_id(key, pid), PSEUDONYMOUS_ID: pid, "status": status}
        for pid, status in sorted(statuses.items())
    ]
    _write_csv(settings.invitations, (PSEUDONYMOUS_ID,), [{PSEUDONYMOUS_ID: p} for p in invited],
               delimiter)  # fmt: skip
    _write_csv(governed.interview_map, MAP_COLUMNS, map_rows, delimiter)
    report = {
        "seed": settings.seed,
        "strata": settings.strata,
        "eligible": len(people),
        "invited": len(invited),
        "declined": sum(o == "declined" for o in statuses.values()),
        "no_show": sum(o == "no_show" for o in statuses.values()),
        "kept_no_longer_eligible": sum(o in ("withdrawn", NOT_ELIGIBLE) for o in statuses.values()),
        "short_of_size": {
            stratum: size - len(chosen.get(stratum, []))
            for stratum, size in sorted(settings.sizes.items())
            if size > len(chosen.get(stratum, []))
        },
    }
    fsutil.write_json(settings.report, report, 0o644)
    governed.audit_log().append(
        "write", governed.relative(settings.invitations), purpose="interview invitations",
        invited=len(invited), eligible=len(people),
    )  # fmt: skip
    return report


def record_response(
    settings: InterviewSettings, pseudonymous_id: str, outcome: str, today: dt.date | None = None
) -> dict[str, Any]:
    """Record that an invitee declined or did not show; the next selection replaces them."""
    refuse_if_purged(settings.governed, "interviews decline")
    if outcome not in OUTCOMES:
        raise InterviewError(f"outcome {outcome!r}: expected one of {', '.join(OUTCOMES)}")
    governed = settings.governed
    delimiter = governed.ingest.delimiter
    invited = {
        row[PSEUDONYMOUS_ID]
        for row in _read_csv(governed.interview_map, MAP_COLUMNS, delimiter)
        if row["status"] == "invited"
    }
    if pseudonymous_id not in invited:
        where = governed.relative(governed.interview_map)
        raise InterviewError(
            f"the person in the ID file is not invited in {where}; run `sealflow interviews "
            "select` first, or check the ID file"
        )
    rows = _read_csv(settings.responses, RESPONSE_COLUMNS, delimiter)
    today = today or dt.datetime.now(dt.UTC).date()
    rows.append({PSEUDONYMOUS_ID: pseudonymous_id, "outcome": outcome,
                 "recorded_on": today.isoformat()})  # fmt: skip
    _write_csv(settings.responses, RESPONSE_COLUMNS, rows, delimiter)
    reference = subject_reference(governed.workspace / "keys" / "audit.key", pseudonymous_id)
    entry = governed.audit_log().append(
        "write", f"subject:{reference}", purpose="interview response", outcome=outcome
    )
    return {"subject_reference": reference, "outcome": outcome, "audit_seq": entry["seq"]}
