"""Findings: what was detected where, never the value.

A finding is an entity type, a character span (start, end) in the document's text, a score
and the recognizer that found it. Values never leave the workspace, so findings can go to
results/ and into the de-identification report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, order=True)
class Finding:
    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str

    def as_record(self, document: str, source: str) -> dict[str, Any]:
        """One findings.jsonl row: document name and source kind, no value."""
        record = asdict(self)
        record["score"] = round(self.score, 3)
        return {"document": document, "source": source, **record}


def summary_counts(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Counts of findings by entity type, by source, and by source and type."""
    by_type: Counter[str] = Counter()
    by_source: Counter[str] = Counter()
    by_source_type: Counter[tuple[str, str]] = Counter()
    for record in records:
        by_type[record["entity_type"]] += 1
        by_source[record["source"]] += 1
        by_source_type[(record["source"], record["entity_type"])] += 1
    nested: dict[str, dict[str, int]] = {}
    for (source, entity_type), count in sorted(by_source_type.items()):
        nested.setdefault(source, {})[entity_type] = count
    return {
        "total": sum(by_type.values()),
        "by_type": dict(sorted(by_type.items())),
        "by_source": dict(sorted(by_source.items())),
        "by_source_and_type": nested,
    }
