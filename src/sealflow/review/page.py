"""Write the review page: every scrubbed document and candidate quote, marked for a person.

One static HTML file with inline CSS and JavaScript only (works from file://, loads
nothing), written whole with mode 0600 into work/review/ because the text may still hold an
identifier the scrubber missed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from sealflow import fsutil
from sealflow.review import documents as docs
from sealflow.review.marks import ordinary_words, pieces

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("sealflow.review", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
)

PALETTE = ("#cfe3ff", "#d8f0d2", "#f6d5f0", "#ffe0b8", "#e2dcff", "#c9f0ee", "#f7f3b5", "#f2d0d0")
ENTITY_TYPES = (
    "PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "DOB", "NHS", "NI", "SERVICE_NO",
    "UNIT", "BASE", "AGE",
)  # fmt: skip


@dataclass(frozen=True)
class ReviewSources:
    """Where the scrubbed text lives in the workspace."""

    transcripts: Path
    survey: Path
    survey_columns: tuple[str, ...]
    candidates: Path | None = None
    approvals: Path | None = None


def build_page(
    sources: ReviewSources, study: str, study_id: str, out: Path, kept: Iterable[str] = ()
) -> dict[str, int]:
    """Write the page to ``out`` (0600, folder 0700); return counts for the command to show.

    ``kept`` are words a reviewer already decided to keep (the allow list): not marked again.
    """
    ordinary = ordinary_words()
    keep = frozenset(w.lower() for w in kept)
    documents = docs.transcripts(sources.transcripts) + docs.survey_answers(
        sources.survey, sources.survey_columns
    )
    quotes = (
        docs.quote_candidates(sources.candidates, sources.approvals) if sources.candidates else []
    )
    shown_docs = [{**d.__dict__, "pieces": pieces(d.text, ordinary, keep)} for d in documents]
    shown_quotes = [{**q.__dict__, "pieces": pieces(q.text, ordinary, keep)} for q in quotes]
    all_pieces = [p for d in shown_docs + shown_quotes for p in d["pieces"]]
    found_types = sorted({p.label for p in all_pieces if p.kind == "placeholder"})
    types = list(dict.fromkeys([*ENTITY_TYPES, *found_types]))
    colours = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}
    counts = {
        "documents": len(documents),
        "placeholders": sum(p.kind == "placeholder" for p in all_pieces),
        "checks": sum(p.kind == "check" for p in all_pieces),
        "quotes": len(quotes),
    }
    context: dict[str, Any] = {
        "study": study,
        "study_id": study_id,
        "where": str(out.parent),
        "documents": shown_docs,
        "quotes": shown_quotes,
        "types": types,
        "colours": colours,
        "placeholders": counts["placeholders"],
        "checks": counts["checks"],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.parent.chmod(0o700)
    fsutil.write_text(out, _ENV.get_template("review.html.j2").render(**context), mode=0o600)
    return counts
