"""Score detections against a labelled corpus: recall, precision, ordinary words destroyed.

A planted identifier counts as caught when every letter and digit of it lies inside some
detection (of any type: what matters is that it is gone). Precision per detected type is
the share of its detections that overlap a planted identifier. Ordinary words destroyed is
the share of words outside planted identifiers that a detection touches (also split by the
type of the detection that took each word); decoys destroyed is the share of must-survive
phrases touched.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sealflow.scrub.evaluation.corpus import DIRECT_TYPES, LabelledText

Span = tuple[str, int, int]


def _covered(text: str, start: int, end: int, detections: Sequence[Span]) -> bool:
    mask = [False] * (end - start)
    for _, s, e in detections:
        for i in range(max(s, start), min(e, end)):
            mask[i - start] = True
    return all(m or not text[start + i].isalnum() for i, m in enumerate(mask))


def _touches(start: int, end: int, detections: Sequence[Span]) -> bool:
    return any(s < end and start < e for _, s, e in detections)


def score(corpus: Sequence[LabelledText], detections: Sequence[Sequence[Span]]) -> dict[str, Any]:
    planted: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    detected: Counter[str] = Counter()
    true_detected: Counter[str] = Counter()
    words = destroyed = decoys = decoys_destroyed = 0
    destroyed_by: Counter[str] = Counter()
    for doc, found in zip(corpus, detections, strict=True):
        for kind, start, end in doc.spans:
            planted[kind] += 1
            caught[kind] += _covered(doc.text, start, end, found)
        for kind, start, end in found:
            detected[kind] += 1
            true_detected[kind] += any(s < end and start < e for _, s, e in doc.spans)
        for match in re.finditer(r"\w+", doc.text):
            if _touches(match.start(), match.end(), doc.spans):
                continue
            words += 1
            touching = [k for k, s, e in found if s < match.end() and match.start() < e]
            destroyed += bool(touching)
            if touching:
                destroyed_by[touching[0]] += 1
        for start, end in doc.decoys:
            decoys += 1
            decoys_destroyed += _touches(start, end, found)
    recall = {k: round(caught[k] / planted[k], 4) for k in sorted(planted)}
    return {
        "recall_overall": round(sum(caught.values()) / max(1, sum(planted.values())), 4),
        "recall_direct_min": min((recall[k] for k in DIRECT_TYPES if k in recall), default=1.0),
        "recall": recall,
        "precision": {k: round(true_detected[k] / detected[k], 4) for k in sorted(detected)},
        "planted": dict(sorted(planted.items())),
        "ordinary_words_destroyed": round(destroyed / max(1, words), 4),
        # by the type that took each word: a reference number or a team's mailbox replaced
        # on purpose (docs/DATA.md) apart from a word wrongly read as a name
        "ordinary_words_destroyed_by_type": {
            k: round(n / max(1, words), 4) for k, n in sorted(destroyed_by.items())
        },
        "decoys_destroyed": round(decoys_destroyed / max(1, decoys), 4),
    }


def person_recall_beside_a_rank(
    corpus: Sequence[LabelledText], detections: Sequence[Sequence[Span]], ranks: Sequence[str]
) -> float:
    """PERSON recall when a rank or title that opens a label may stay ("Sgt [PERSON-1]").

    Corpora differ on where a name starts: some label "Sgt Okafor" whole, others "Okafor"
    alone. The scrubber replaces a rank it reads with the name it opens, but where it finds
    only the name (a rank it does not know, a rank in a form it does not read), the rank
    stays, and under ``score``'s rule the whole label counts as missed. A rank alone names
    no one, so this second figure strips leading ranks and titles from each PERSON label
    first: the gap between the two is ranks left standing, not names.
    """
    opening = re.compile(
        r"(?:(?:" + "|".join(re.escape(r) for r in sorted(ranks, key=len, reverse=True))
        + r")\.?\s+)+",
        re.IGNORECASE,
    )  # fmt: skip
    planted = caught = 0
    for doc, found in zip(corpus, detections, strict=True):
        for kind, start, end in doc.spans:
            if kind != "PERSON":
                continue
            lead = opening.match(doc.text, start, end)
            planted += 1
            caught += _covered(doc.text, lead.end() if lead else start, end, found)
    return round(caught / max(1, planted), 4)


def caught_flags(
    corpus: Sequence[LabelledText], detections: Sequence[Sequence[Span]]
) -> list[list[bool]]:
    """Per document, per planted span: is it gone (the same rule as ``score``)?"""
    return [
        [_covered(doc.text, start, end, found) for _, start, end in doc.spans]
        for doc, found in zip(corpus, detections, strict=True)
    ]


def missed_by_how(
    corpus: Sequence[LabelledText], detections: Sequence[Sequence[Span]]
) -> dict[str, dict[str, int]]:
    """Per type, the missed identifiers a detection partly covered and those none touched.

    Why: the two call for different fixes. A partly covered one ("1st Battalion, [UNIT-1]",
    "[PERSON-1] S.") is found but cut short, a question of where a span ends; an untouched
    one was not found at all, a question of what the recognizers know.
    """
    missed: dict[str, Counter[str]] = {}
    for doc, found in zip(corpus, detections, strict=True):
        for kind, start, end in doc.spans:
            if _covered(doc.text, start, end, found):
                continue
            how = "partly_covered" if _touches(start, end, found) else "untouched"
            missed.setdefault(kind, Counter())[how] += 1
    return {
        kind: {how: counts[how] for how in ("partly_covered", "untouched")}
        for kind, counts in sorted(missed.items())
    }
