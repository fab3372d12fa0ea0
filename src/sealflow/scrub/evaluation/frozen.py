"""Frozen, held-out labelled corpora: read them, and measure what the generated corpus cannot.

The corpora under tests/data/scrub_heldout/ were written by authors who had not read the
scrubber, each by its own method, and are never tuned on (their SOURCE.md pins each file's
SHA-256). They label every mention of one person with the same entity key, so besides
recall they measure placeholder consistency: does one person keep one `[PERSON-n]` across
full name, first name, surname, rank + surname, diminutives and misspellings?
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sealflow.errors import InputSchemaError
from sealflow.scrub.evaluation.corpus import LabelledText

# (start, end, placeholder) edits of one single-segment document, in its own coordinates.
Edit = tuple[int, int, str]


@dataclass
class FrozenText(LabelledText):
    """A labelled text with, per span, the person it names (PERSON only) and its form."""

    entities: list[str | None] = field(default_factory=list)
    forms: list[str | None] = field(default_factory=list)
    document_id: str = ""
    # The file type a vendor would return it as ("txt", "vtt", "srt"): with
    # runners.sealflow_scrub_as_files it goes through that format's reader, as in a study.
    file_format: str = "txt"
    decoy_kinds: list[str] = field(default_factory=list)


def load_frozen(path: str | Path) -> list[FrozenText]:
    """Read a corpus.jsonl; a malformed line is an error naming the file and line."""
    corpus = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            try:
                record = json.loads(line)
                spans = sorted(record["spans"], key=lambda s: (s["start"], s["end"]))
                corpus.append(
                    FrozenText(
                        text=record["text"],
                        spans=[(s["type"], s["start"], s["end"]) for s in spans],
                        decoys=[(d["start"], d["end"]) for d in record.get("decoys", [])],
                        register=record.get("style", "unknown"),
                        entities=[s.get("entity") for s in spans],
                        forms=[s.get("form") for s in spans],
                        document_id=record.get("id", f"line-{number}"),
                        file_format=str(record.get("format", "txt")),
                        decoy_kinds=[str(d.get("kind", "")) for d in record.get("decoys", [])],
                    )
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise InputSchemaError(
                    f"{path}: line {number}: not a corpus record ({exc})"
                ) from None
    return corpus


def _placeholders_over(start: int, end: int, edits: Sequence[Edit]) -> set[str]:
    return {p for s, e, p in edits if p and s < end and start < e}


# Which part of a name each labelled form of a mention carries. A person named only as
# "Dave" in one place and "Sgt Smith" in another carries no link in the text: only the
# corpus's author knows they are one person. Forms not listed (misspellings, spellings
# letter by letter, forms a corpus names its own way) may be of either part.
FIRST_NAME_FORMS = frozenset({"first", "dim"})
SURNAME_FORMS = frozenset({"sur", "rank", "title", "init"})
WHOLE_NAME_FORMS = frozenset({"full", "surfirst", "broken"})


def linkable_in_the_text(forms: Sequence[str | None]) -> bool:
    """Could a reader of the document tell these mentions are one person? Yes when one
    mention carries first name and surname together, or when every mention carries the
    same part; no when some carry only the first name and others only the surname."""
    if any(form in WHOLE_NAME_FORMS for form in forms):
        return True
    return not (
        any(form in FIRST_NAME_FORMS for form in forms)
        and any(form in SURNAME_FORMS for form in forms)
    )


def _forms_apart(mentions: Sequence[set[str]], forms: Sequence[str]) -> str:
    """The forms of a split person's mentions, grouped by the placeholder each got
    ("full+sur | first"): which ways of naming someone fail to link, as a count a
    reviewer can read without the text."""
    groups: dict[str, set[str]] = defaultdict(set)
    for placeholders, form in zip(mentions, forms, strict=True):
        groups[min(placeholders)].add(form)
    return " | ".join(sorted("+".join(sorted(g)) for g in groups.values()))


def placeholder_consistency(
    corpus: Sequence[FrozenText], edits_per_document: Sequence[Sequence[Edit]]
) -> dict[str, Any]:
    """Share of people named more than once whose every mention got one and the same
    placeholder; and how many pairs of different people were given a shared one.

    Why the causes are counted apart: the measure is strict (one missed mention of ten
    makes a person inconsistent), so a low figure may be a recall problem, not a linking
    one. Each inconsistent person counts once, under the first cause that applies.

    Why a second figure: where a corpus records each mention's form, the people whose
    mentions the text itself links (``linkable_in_the_text``) are measured apart. The
    strict figure also counts "Dave" and "Sgt Smith" as one person's split when only the
    author knew they were one; joining such mentions would be a guess, and a wrong guess
    gives two people one placeholder. Splits and shares are broken down by the forms of
    the mentions involved, so a reviewer sees which ways of naming fail without the text.
    """
    repeated = consistent = merged = 0
    linkable = linkable_consistent = 0
    causes: Counter[str] = Counter()
    split_forms: Counter[str] = Counter()
    shared_forms: Counter[str] = Counter()
    for doc, edits in zip(corpus, edits_per_document, strict=True):
        by_person: dict[str, list[set[str]]] = defaultdict(list)
        forms_of: dict[str, list[str | None]] = defaultdict(list)
        for (kind, start, end), entity, form in zip(
            doc.spans, doc.entities, doc.forms or [None] * len(doc.spans), strict=True
        ):
            if kind == "PERSON" and entity:
                by_person[entity].append(_placeholders_over(start, end, edits))
                forms_of[entity].append(form)
        owners: dict[str, dict[str, set[str]]] = defaultdict(dict)
        for entity, mentions in by_person.items():
            for placeholders, form in zip(mentions, forms_of[entity], strict=True):
                for placeholder in placeholders:
                    owners[placeholder].setdefault(entity, set()).add(form or "?")
            if len(mentions) < 2:
                continue
            repeated += 1
            in_the_text = linkable_in_the_text(forms_of[entity])
            linkable += in_the_text
            union = set().union(*mentions)
            if any(not m for m in mentions):
                causes["a_mention_missed"] += 1
            elif any(len(m) > 1 for m in mentions):
                causes["a_mention_under_two_placeholders"] += 1
            elif len(union) > 1:
                causes["mentions_under_different_placeholders"] += 1
                forms = [form or "?" for form in forms_of[entity]]
                split_forms[_forms_apart(mentions, forms)] += 1
            else:
                consistent += 1
                linkable_consistent += in_the_text
        for people in owners.values():
            if len(people) > 1:
                merged += len(people) - 1
                shared_forms[" / ".join(sorted("+".join(sorted(f)) for f in people.values()))] += 1
    return {
        "people_named_more_than_once": repeated,
        "consistent": consistent,
        "consistency": round(consistent / max(1, repeated), 4),
        "linked_in_the_text": {
            "people": linkable,
            "consistent": linkable_consistent,
            "consistency": round(linkable_consistent / max(1, linkable), 4),
        },
        "different_people_sharing_a_placeholder": merged,
        "inconsistent_because": {
            cause: causes[cause]
            for cause in (
                "a_mention_missed",
                "a_mention_under_two_placeholders",
                "mentions_under_different_placeholders",
            )
        },
        "split_between_forms": dict(split_forms.most_common(12)),
        "shared_between_forms": dict(shared_forms.most_common(12)),
    }


def recall_by_form(
    corpus: Sequence[FrozenText], caught: Sequence[Sequence[bool]]
) -> dict[str, float]:
    """Recall per `TYPE/form` (e.g. PERSON/dim, PHONE/words), where the corpus records forms."""
    planted: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for doc, hits in zip(corpus, caught, strict=True):
        for (kind, _, _), form, hit in zip(doc.spans, doc.forms, hits, strict=True):
            if form:
                planted[f"{kind}/{form}"] += 1
                found[f"{kind}/{form}"] += hit
    return {key: round(found[key] / planted[key], 4) for key in sorted(planted)}


def _share(hits: Counter[str], total: Counter[str]) -> dict[str, float]:
    return {key: round(hits[key] / total[key], 4) for key in sorted(total)}


def recall_by_format(
    corpus: Sequence[FrozenText], caught: Sequence[Sequence[bool]]
) -> dict[str, float]:
    """Recall per file format (txt, vtt, srt): does one format's reader lose identifiers?"""
    planted: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for doc, hits in zip(corpus, caught, strict=True):
        planted[doc.file_format] += len(hits)
        found[doc.file_format] += sum(hits)
    return _share(found, planted)


def decoys_destroyed_by_kind(
    corpus: Sequence[FrozenText], detections: Sequence[Sequence[tuple[str, int, int]]]
) -> dict[str, float]:
    """Share of each kind of must-survive text destroyed: one rate over all decoys hides a
    kind (role labels are most of a transcript's decoys, and the easiest)."""
    total: Counter[str] = Counter()
    destroyed: Counter[str] = Counter()
    for doc, found in zip(corpus, detections, strict=True):
        for (start, end), kind in zip(doc.decoys, doc.decoy_kinds, strict=False):
            total[kind or "unnamed"] += 1
            destroyed[kind or "unnamed"] += any(s < end and start < e for _, s, e in found)
    return _share(destroyed, total)
