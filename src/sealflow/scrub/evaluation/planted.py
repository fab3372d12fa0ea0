"""How many of a demo study's planted identifiers survive the scrub, by type.

The demo generator (another engineer's, with its own templates and name pools) writes
what it planted in `truth/planted.jsonl` and what must survive in `truth/decoys.jsonl`:
a second, independent labelled source, fresh at every seed. The residual scan checks
the output against what the scrub itself found; this checks it against what was put
there, which is how a leak the scrub never saw anywhere shows. A planted value counts as
leaked when it still stands, as a whole word in any case, in its scrubbed survey cell or
transcript; a decoy counts as destroyed when it no longer stands. Counts only: no value
leaves this module.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sealflow.scrub.batch import scrub_documents
from sealflow.scrub.formats import read_document
from sealflow.scrub.settings import ScrubSettings
from sealflow.scrub.table import scrub_table

SURVEY = "work/received/survey/survey_export.csv"
TRANSCRIPTS = "work/received/vendor/transcripts"
FREE_TEXT_COLUMNS = ("ft_experience", "ft_barriers", "ft_suggestions")


def planted_leaks(study: Path, out: Path, settings: ScrubSettings) -> dict[str, Any]:
    """Scrub the demo study's survey free text and transcripts into ``out``; count by type
    what was planted and what leaked, and the decoys that were destroyed."""
    scrub_table(study / SURVEY, list(FREE_TEXT_COLUMNS), out / "survey.csv", settings)
    outcome = scrub_documents(study / TRANSCRIPTS, out / "transcripts", settings)
    text_of = _scrubbed_texts(out)
    planted: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    for record in _records(study / "truth/planted.jsonl"):
        planted[record["type"]] += 1
        leaked[record["type"]] += present(record["value"], text_of(record))
    decoys = destroyed = 0
    for record in _records(study / "truth/decoys.jsonl"):
        decoys += 1
        destroyed += not present(record["value"], text_of(record))
    return {
        "documents_failed": len(outcome.failed),
        "planted": dict(sorted(planted.items())),
        "leaked": dict(sorted(leaked.items())),
        "decoys": decoys,
        "decoys_destroyed": destroyed,
    }


def present(value: str, text: str) -> bool:
    """Whether ``value`` stands in ``text`` as a whole word, in any case."""
    return re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE) is not None


def _records(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _scrubbed_texts(out: Path) -> Callable[[Mapping[str, Any]], str]:
    """The scrubbed text a truth record points at: a survey cell or a whole transcript."""
    import polars as pl

    survey = pl.read_csv(out / "survey.csv", infer_schema=False)
    documents: dict[str, str] = {}

    def text_of(record: Mapping[str, Any]) -> str:
        location = record["location"]
        if "column" in location:
            return survey[location["column"]][location["row"]] or ""
        name = Path(record["file"]).name
        if name not in documents:
            segments = read_document(out / "transcripts" / name).segments
            documents[name] = "\n".join(s.text for s in segments)
        return documents[name]

    return text_of
