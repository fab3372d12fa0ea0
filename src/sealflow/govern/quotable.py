"""Which interviews may be quoted: each quote leads through the interview map to a person.

A quotation carries its interview ID (the candidates' ``document_id``), and the interview
map (govern/interviews.py) says whose interview that is. So the quote stages leave out
every interview whose person has withdrawn or been erased (their doc ids stay on the
withdrawn documents list after the map loses their row), or is restricted, or objected
to a stage that makes or releases quotes (scrub, outcome), or whom the map keeps as no
longer eligible because a later survey submission said no to consent. The answer is doc ids and a
reason word only, never the person's ID, so it may be logged and counted.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import polars as pl

from sealflow.govern.holdings import PSEUDONYMOUS_ID
from sealflow.govern.names import NOT_ELIGIBLE
from sealflow.govern.registry import WITHDRAWN_DOCUMENTS
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.restricted import read_restricted, restricted_path
from sealflow.workspace import StudyPaths

# Why an interviewee the map keeps as no longer eligible is left out: their latest survey
# submission says no to consent, so their interview is neither scrubbed nor quoted.
CONSENT_REFUSED = "consent_refused"
# The stages that make quote candidates from scrubbed transcripts and release them.
QUOTE_STAGES = frozenset({"scrub", "outcome"})
# The transcript scrub leaves out the interviews of people it may not process; every later
# stage reads its output, so they are out of those too (kept as received).
SCRUB_STAGES = frozenset({"scrub"})


def _rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def _consenting(settings: GovernSettings) -> set[str] | None:
    """Who the ingested survey holds: ingest keeps only a person whose latest submission
    consents. None before ingest (nobody is then known to have said no)."""
    path = settings.workspace / "ingest" / "survey.parquet"
    if not path.is_file():
        return None
    frame = pl.read_parquet(path, columns=[PSEUDONYMOUS_ID])
    return set(frame[PSEUDONYMOUS_ID].to_list())


def left_out_documents(
    settings: GovernSettings, stages: frozenset[str] = QUOTE_STAGES
) -> dict[str, str]:
    """Interview doc id -> why it may not be quoted (withdrawn, restriction, objection);
    with ``stages``, why it may not be processed by those stages."""
    delimiter = settings.ingest.delimiter
    withdrawals = StudyPaths.from_settings(settings.study).inputs["withdrawals"]
    withdrawn = {row.get(PSEUDONYMOUS_ID) for row in _rows(withdrawals, delimiter)}
    stopped = {
        line["pseudonymous_id"]: line["right"]
        for line in read_restricted(restricted_path(withdrawals))
        if stages & set(line["stages"].split())
    }
    left_out = {
        row["doc_id"]: "withdrawn"
        for row in _rows(settings.workspace / WITHDRAWN_DOCUMENTS)
        if row.get("doc_id")
    }
    consenting = _consenting(settings)
    for row in _rows(settings.interview_map, delimiter):
        pid, document = row.get(PSEUDONYMOUS_ID), row.get("doc_id")
        if not document or document in left_out:
            continue
        if pid in withdrawn:
            left_out[document] = "withdrawn"
        elif pid in stopped:
            left_out[document] = stopped[pid]
        elif row.get("status") == NOT_ELIGIBLE and consenting is not None and pid not in consenting:
            left_out[document] = CONSENT_REFUSED
    return dict(sorted(left_out.items()))


def mapped_documents(settings: GovernSettings) -> set[str] | None:
    """The interview IDs the map holds, or None when the study keeps no map."""
    if not settings.interview_map.is_file():
        return None
    rows = _rows(settings.interview_map, settings.ingest.delimiter)
    return {row["doc_id"] for row in rows if row.get("doc_id")}


def quote_scope(
    config: dict[str, Any], root: str | Path | None = None
) -> tuple[dict[str, str], set[str] | None]:
    """For the quote stages: the interviews left out (and why), and the mapped ones."""
    settings = GovernSettings.from_config(config, root)
    return left_out_documents(settings), mapped_documents(settings)


def scrub_scope(config: dict[str, Any], root: str | Path | None = None) -> dict[str, str]:
    """For the transcript scrub: the interviews it leaves out (doc id -> why), so a
    restricted or objecting interviewee's transcripts are not processed until lifted."""
    return left_out_documents(GovernSettings.from_config(config, root), SCRUB_STAGES)


def scope_files(config: dict[str, Any], drawn: bool = True) -> list[str]:
    """The files that decide who may be quoted, as workflow inputs (paths as configured):
    the interview map (always, when the study draws interviewees: the selection makes it
    first), and the withdrawals, withdrawn documents and restricted list where they exist.
    A change to any of them makes the quote stages run again."""
    interview_map = str((config.get("retention") or {}).get("interview_map", "work/interviews.csv"))
    withdrawals = str(config["inputs"]["withdrawals"])
    candidates = [
        withdrawals,
        f"{config['workspace']}/{WITHDRAWN_DOCUMENTS}",
        str(restricted_path(withdrawals)),
    ]
    # ``drawn`` False: the study draws no interviewees (no survey to draw from: shape.py),
    # so no rule makes the map; it is an input only once someone has put it there
    made_here = drawn and bool(config.get("interviews"))
    found = [interview_map] if made_here or Path(interview_map).exists() else []
    return found + [path for path in candidates if Path(path).exists()]
