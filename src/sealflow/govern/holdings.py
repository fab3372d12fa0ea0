"""What the workspace holds about one person: every table keyed by them, and their transcripts.

Subject access and erasure must cover the same ground, so both walk this one list. A
table is keyed by ``pseudonymous_id`` or, before ingest maps tokens back, by
``survey_token`` (the person's token is recomputed with the token key, never stored in a
record). The anonymised microdata is deliberately absent: its archive IDs have no mapping
to anybody, so no row of it can be attributed to a person.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from sealflow.config import resolve, section_defaults
from sealflow.errors import InputSchemaError
from sealflow.govern.interview_ids import doc_id, interview_key_path
from sealflow.govern.names import PSEUDONYMOUS_ID, SURVEY_TOKEN
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.tokens import load_or_create_token_key, survey_token
from sealflow.workspace import StudyPaths

# The interview selection's workspace files (govern/interviews.py), by config key.
# Where the interview draw writes its lists when a study sets no `interviews` section: the
# schema's defaults.
INTERVIEW_FILES = {
    name: section_defaults("interviews")[name] for name in ("invitations", "responses")
}
DOCUMENT_ID = "document_id"  # rows from the person's interviews (quote candidates)
NOT_ATTRIBUTABLE = (
    "work/anonymise: archive IDs replace pseudonymous IDs and no mapping is kept, so no "
    "anonymised row can be attributed to a person"
)


@dataclass(frozen=True)
class HeldTable:
    """One table that may hold rows about a person."""

    name: str
    path: Path
    key: str  # the column that names the person
    erasable: bool = True  # withdrawals must keep the person: it is how they stay out
    delimiter: str | None = None  # fixed by its writer (quotes: ","), else the configured one

    @property
    def is_csv(self) -> bool:
        return self.path.suffix.lower() == ".csv"


def held_tables(settings: GovernSettings) -> list[HeldTable]:
    """Every table of the study that may hold rows about a person, upstream first."""
    paths = StudyPaths.from_settings(settings.study)
    work = settings.workspace
    outcome, interviews = settings.study.outcome, settings.study.interviews
    # A study without outcome.quotes.candidates: where the shipped config puts the file.
    quotes = (outcome.quotes.candidates if outcome else None) or resolve(
        settings.root, "work/anonymise/quote_candidates.csv"
    )
    approvals = (outcome.quotes.approvals if outcome else None) or resolve(
        settings.root, "work/anonymise/quote_approvals.csv"
    )
    return [
        HeldTable("withdrawals", paths.inputs["withdrawals"], PSEUDONYMOUS_ID, erasable=False),
        HeldTable("received_roster", paths.inputs["roster"], PSEUDONYMOUS_ID),
        HeldTable("received_admin_extract", paths.inputs["admin_extract"], PSEUDONYMOUS_ID),
        HeldTable("received_survey_export", paths.inputs["survey_export"], SURVEY_TOKEN),
        HeldTable("links", work / "links" / "links_for_provider.csv", PSEUDONYMOUS_ID),
        HeldTable("survey_tokens", work / "links" / "tokens_for_survey.csv", SURVEY_TOKEN),
        HeldTable("roster", work / "ingest" / "roster.parquet", PSEUDONYMOUS_ID),
        HeldTable("admin", work / "ingest" / "admin.parquet", PSEUDONYMOUS_ID),
        HeldTable("survey", work / "ingest" / "survey.parquet", PSEUDONYMOUS_ID),
        HeldTable(
            "survey_unknown_tokens",
            work / "ingest" / "quarantine" / "survey_unknown_tokens.parquet",
            SURVEY_TOKEN,
        ),
        HeldTable("survey_scrubbed", work / "scrub" / "survey_scrubbed.parquet", PSEUDONYMOUS_ID),
        # The scrub stage's first pass, before the closed loop (scrub.smk).
        HeldTable(
            "survey_scrubbed_first",
            work / "scrub" / "first" / "survey_scrubbed.parquet",
            PSEUDONYMOUS_ID,
        ),
        HeldTable("linked", work / "link" / "linked.parquet", PSEUDONYMOUS_ID),
        HeldTable("quote_candidates", quotes, DOCUMENT_ID, delimiter=","),
        # The reviewer's approvals repeat the candidates' quotes (and their interview IDs).
        HeldTable("quote_approvals", approvals, DOCUMENT_ID, delimiter=","),
        HeldTable("interview_map", settings.interview_map, PSEUDONYMOUS_ID),
        *(
            HeldTable(
                f"interview_{name}",
                getattr(interviews, name) if interviews else resolve(settings.root, path),
                PSEUDONYMOUS_ID,
            )
            for name, path in INTERVIEW_FILES.items()
        ),
    ]


@dataclass(frozen=True)
class Person:
    """The keys under which the study's tables may name one person."""

    pseudonymous_id: str
    survey_token: str | None
    doc_ids: tuple[str, ...] = ()


def person(settings: GovernSettings, pseudonymous_id: str) -> Person:
    """The person's keys; the survey token only if the token key exists (never created here)."""
    token_key_path = settings.study.keys.token_key
    token = None
    if token_key_path.is_file():
        token = survey_token(load_or_create_token_key(token_key_path), pseudonymous_id)
    return Person(pseudonymous_id, token, tuple(attributed_doc_ids(settings, pseudonymous_id)))


def read_table(table: HeldTable, delimiter: str) -> pl.DataFrame:
    """The whole table, CSV cells as text (exported and rewritten as received, no coercion)."""
    if not table.is_csv:
        return pl.read_parquet(table.path)
    delimiter = table.delimiter or delimiter
    data = table.path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return pl.read_csv(io.BytesIO(data), separator=delimiter, infer_schema=False)
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError) as exc:
        raise InputSchemaError(
            f"{table.path}: cannot be read as CSV with delimiter {delimiter!r} "
            f"({type(exc).__name__}); fix or restore the file"
        ) from None


def rows_about(frame: pl.DataFrame, table: HeldTable, who: Person) -> pl.Expr | None:
    """The filter selecting the person's rows, or None when the table cannot name them."""
    if table.key not in frame.columns:
        return None
    if table.key == DOCUMENT_ID:
        return pl.col(DOCUMENT_ID).is_in(list(who.doc_ids)) if who.doc_ids else None
    value = who.pseudonymous_id if table.key == PSEUDONYMOUS_ID else who.survey_token
    return None if value is None else pl.col(table.key) == value


def present(tables: list[HeldTable]) -> Iterator[HeldTable]:
    return (table for table in tables if table.path.is_file())


@dataclass(frozen=True)
class Transcript:
    doc_id: str
    path: Path
    kind: str  # received | scrubbed | recording


def attributed_doc_ids(settings: GovernSettings, pseudonymous_id: str) -> list[str]:
    """The interview doc ids of the person: those the interview map attributes to them, and
    the keyed doc id of their ID when the study has an interview key.

    The keyed id is theirs whether or not the map still holds their row (a map rebuilt
    after they stopped being eligible, a hand-edited map), so subject access and erasure
    find their interview files by it. It is never created here: no key, no keyed id.
    """
    found: set[str] = set()
    key_path = interview_key_path(settings.workspace)
    if key_path.is_file():
        found.add(doc_id(key_path.read_bytes(), pseudonymous_id))
    path = settings.interview_map
    if not path.is_file():
        return sorted(found)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=settings.ingest.delimiter)
        if not {"doc_id", PSEUDONYMOUS_ID} <= set(reader.fieldnames or []):
            raise InputSchemaError(
                f"{path}: expected columns doc_id and pseudonymous_id (key retention.interview_map)"
            )
        found |= {row["doc_id"] for row in reader if row[PSEUDONYMOUS_ID] == pseudonymous_id}
    return sorted(found)


def document_folders(settings: GovernSettings) -> dict[str, Path]:
    """Folders of one file per interview, named by its doc id, by kind (the registry's
    ``documents``): received transcripts, scrubbed transcripts, recordings."""
    paths = StudyPaths.from_settings(settings.study)
    return {
        "received": paths.inputs["transcripts"],
        "scrubbed": settings.workspace / "scrub" / "transcripts",
        "scrubbed_first": settings.workspace / "scrub" / "first" / "transcripts",
        "recording": paths.inputs["recordings"],
    }


def attributed_transcripts(settings: GovernSettings, pseudonymous_id: str) -> list[Transcript]:
    """Every file of the person's interviews: received and scrubbed transcripts, recordings."""
    doc_ids = set(attributed_doc_ids(settings, pseudonymous_id))
    if not doc_ids:
        return []
    found = []
    for kind, folder in document_folders(settings).items():
        if folder.is_dir():
            found += [
                Transcript(file.stem, file, kind)
                for file in sorted(folder.rglob("*"))  # per-vendor folders too
                if file.is_file() and file.stem in doc_ids
            ]
    return found
