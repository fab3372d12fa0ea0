"""Truth records: every planted identifier (and decoy) with the file and place it sits in.

``truth/planted.jsonl`` is deliberately the one place the planted values exist outside the
data itself, so scrubbing can be measured against it. Locations are character offsets
(Python string indices, i.e. Unicode code points) into:

- survey: the parsed cell, keyed by ``survey_token``, data ``row`` (0-based) and ``column``;
- .txt: the whole decoded file;
- .vtt/.srt: the payload of cue ``cue`` (0-based, file order) as written, lines joined by
  ``\\n`` (webvtt-py ``Caption.raw_text``, srt ``Subtitle.content``);
- .docx: ``paragraph`` (0-based index in ``Document.paragraphs``), its ``text``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sealflow.demo.text import ORDINARY, Span


@dataclass
class TruthLog:
    """Collects planted identifiers and decoys as documents are written."""

    planted: list[dict[str, Any]] = field(default_factory=list)
    decoys: list[dict[str, Any]] = field(default_factory=list)

    def add(self, file: str, doc_id: str, location: dict[str, Any], spans: Iterable[Span]) -> None:
        """Record every span of one piece of text; ``location`` holds its non-offset keys."""
        for span in spans:
            record = {
                "file": file,
                "doc_id": doc_id,
                "location": {**location, "start": span.start, "end": span.end},
                "type": span.kind,
                "value": span.text,
            }
            (self.decoys if span.kind == ORDINARY else self.planted).append(record)

    def counts_by_type(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for record in self.planted:
            counts[record["type"]] = counts.get(record["type"], 0) + 1
        return dict(sorted(counts.items()))


def to_jsonl(records: Iterable[dict[str, Any]]) -> bytes:
    """One compact JSON object per line, keys sorted, so equal records give equal bytes."""
    lines = (
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in records
    )
    return "".join(line + "\n" for line in lines).encode("utf-8")
