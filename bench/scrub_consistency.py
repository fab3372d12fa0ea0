"""Placeholder consistency: does each person keep one placeholder across every form of
their name in a document, and do different people never share one?

Generates seeded documents of a few turns in which two or three people are named in many
forms (full name, rank + surname, first name, surname, initial + surname, ``SURNAME,
First``, a diminutive, a misspelt surname, the surname spelled out) and scrubs them with
the shipped defaults. Reports: people_consistent (share of people whose mentions all carry
one placeholder and none is left), people_merged (share of documents where two people share
a placeholder), mentions_left (share of planted mentions not replaced). Target: consistent
>= 0.95, merged 0.

Usage: python bench/scrub_consistency.py [--documents N] [--seed S]
Writes bench/results/scrub_consistency.json.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import get_engine
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import default_settings

RESULTS = Path(__file__).resolve().parent / "results" / "scrub_consistency.json"
PEOPLE = (
    ("David", "Dave"),
    ("Katarzyna", "Kasia"),
    ("Robert", "Bob"),
    ("James", "Jim"),
    ("Gareth", "Gaz"),
    ("Elizabeth", "Liz"),
    ("Michael", "Mike"),
    ("Rebecca", "Becky"),
    ("Thomas", "Tom"),
    ("Margaret", "Maggie"),
)
SURNAMES = (
    "Hughes",
    "Nowak",
    "Okafor",
    "Adeyemi",
    "Kowalczyk",
    "Fitzgerald",
    "Mensah",
    "Thornbury",
    "Oyelaran",
    "Pemberton",
    "Castellano",
    "Mainwaring",
)
SENTENCES = (
    "I spoke to {m} about the course.",
    "{m} rang me twice that week.",
    "Later on {m} came round to see me.",
    "It was {m} who sorted the leave out.",
    "Honestly, {m} was great about it.",
    "I think {m} put it on the board.",
)


def _misspell(word: str, rng: random.Random) -> str:
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def forms(first: str, short: str, surname: str, rng: random.Random) -> list[str]:
    return [
        f"Sgt {surname}",
        first,
        surname,
        f"{first[0]}. {surname}",
        f"{surname.upper()}, {first}",
        short,
        _misspell(surname, rng),
        "-".join(surname.upper()),
    ]


def document(rng: random.Random) -> tuple[str, list[tuple[int, int, int]]]:
    """Text and planted mentions (start, end, person index)."""
    count = rng.randint(2, 3)
    people = rng.sample(PEOPLE, count)
    surnames = rng.sample(SURNAMES, count)
    mentions: list[tuple[str, int]] = []
    for index, ((first, _short), surname) in enumerate(zip(people, surnames, strict=True)):
        mentions.append((f"{first} {surname}", index))
    later = [
        (form, index)
        for index, ((first, short), surname) in enumerate(zip(people, surnames, strict=True))
        for form in rng.sample(forms(first, short, surname, rng), 4)
    ]
    rng.shuffle(later)
    text = ""
    spans = []
    for mention, index in mentions + later:
        sentence = rng.choice(SENTENCES)
        before = sentence.split("{m}")[0]
        start = len(text) + len(before)
        text += sentence.replace("{m}", mention) + " "
        spans.append((start, start + len(mention), index))
    return text.rstrip(), spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261204)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus = [document(rng) for _ in range(args.documents)]
    engine = get_engine(default_settings())
    scrubbed = scrub_segment_lists(engine, [[Segment(text)] for text, _ in corpus])
    people = consistent = merged_docs = planted = left = 0
    for (_text, spans), result in zip(corpus, scrubbed, strict=True):
        edits = [e for e in result.edits[0] if e[2]]
        by_person: dict[int, set[str]] = {}
        for start, end, index in spans:
            planted += 1
            hits = [p for s, e, p in edits if s < end and start < e]
            if not hits:
                left += 1
                by_person.setdefault(index, set()).add("(left)")
            else:
                by_person.setdefault(index, set()).update(hits)
        for labels in by_person.values():
            people += 1
            consistent += len(labels) == 1 and "(left)" not in labels
        seen: dict[str, int] = {}
        merged = False
        for index, labels in by_person.items():
            for label in labels - {"(left)"}:
                merged |= seen.setdefault(label, index) != index
        merged_docs += merged
    result = {
        "documents": args.documents,
        "seed": args.seed,
        "people": people,
        "people_consistent": round(consistent / people, 4),
        "documents_with_people_merged": round(merged_docs / args.documents, 4),
        "mentions_left": round(left / planted, 4),
        "targets": {"people_consistent": 0.95, "documents_with_people_merged": 0.0},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for key in ("people_consistent", "documents_with_people_merged", "mentions_left"):
        print(f"{key}: {result[key]}")


if __name__ == "__main__":
    main()
