"""Free-text answers that say more than the released structured columns of the same row.

The microdata may release ``tenure_years`` as "2-4" (or withhold it) while the same row's
scrubbed free text says "after 3 years in [UNIT-1]": the text undoes the generalisation.
Each free-text answer of the released table is read for key-variable mentions (the
mentions quote_leakage finds: rank, base, role, branch, gender, years of service, days of
sickness absence, age, leaving or transfer, numbers in digits or words). A mention finer
than the row's released value is generalised to it ("3 years" -> "2-4 years",
"Lieutenant Colonel" -> "[rank_band: OF4-5]"); a mention of a column the row does not
release (withheld, "*", or dropped), or one the released band does not contain, is
withheld ("[WITHHELD]"). Both are counted for the anonymise report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from sealflow.sdc.quote_leakage import QuoteLeakageChecker, band_contains, parse_number

WITHHELD = "[WITHHELD]"
SUPPRESSED_LABELS = frozenset({"*", ""})
NUMERIC = ("tenure_years", "sickness_absence_days", "age_band")
# Text with no digit and no number word cannot state a number: the long number patterns
# are not run on it (most answers).
_NUMBER_HINT = re.compile(
    r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|zero",
    re.IGNORECASE,
)


@dataclass
class FreeTextCounts:
    """What the pass changed, per key variable (counts only)."""

    mentions: int = 0
    generalised: int = 0
    withheld: int = 0
    rows_changed: int = 0
    by_column: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, column: str, action: str) -> None:
        self.mentions += 1
        if action == "generalised":
            self.generalised += 1
        elif action == "withheld":
            self.withheld += 1
        per = self.by_column.setdefault(column, {"kept": 0, "generalised": 0, "withheld": 0})
        per[action] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "mentions": self.mentions,
            "generalised": self.generalised,
            "withheld": self.withheld,
            "rows_changed": self.rows_changed,
            "by_column": self.by_column,
        }


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    column: str
    value: str | int
    number_span: tuple[int, int] | None = None  # where the number is, for numeric mentions


class FreeTextGeneraliser:
    """Finds key-variable mentions in free text with one combined pattern per kind."""

    def __init__(self, vocabulary: pl.DataFrame) -> None:
        """``vocabulary``: a frame with the raw key columns (the linked table or the
        population extract), whose base and role names are looked for."""
        self.checker = QuoteLeakageChecker(vocabulary, k=1)
        kinds: list[tuple[str, Mapping[str, str]]] = [
            ("base", self.checker.base_terms),
            ("rank_band", self.checker.RANK_TERMS),
            ("role", self.checker.role_terms),
            ("service_branch", self.checker.BRANCH_TERMS),
        ]
        self.term_patterns = [
            (column, terms, _alternation(terms)) for column, terms in kinds if terms
        ]
        self.numeric_patterns = [
            ("tenure_years", self.checker.SERVICE_PATTERN),
            ("sickness_absence_days", self.checker.SICKNESS_PATTERN),
            ("age_band", self.checker.AGE_PATTERN),
        ]

    def find(self, text: str) -> list[_Found]:
        found: list[_Found] = []
        taken: list[tuple[int, int]] = []
        lowered = text.lower()
        for column, terms, pattern in self.term_patterns:
            for match in pattern.finditer(lowered):
                span = match.span()
                term = match.group(0)
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                if term in self.checker.CAPITALISED_ONLY and not text[span[0]].isupper():
                    continue
                taken.append(span)
                found.append(_Found(span[0], span[1], column, terms[term]))
        for gender_pattern, value in self.checker.GENDER_PATTERNS.items():
            for match in re.finditer(gender_pattern, text, re.IGNORECASE):
                word = match.span(match.lastindex or 0)
                found.append(_Found(word[0], word[1], "gender", value))
        for turnover_pattern, value in self.checker.TURNOVER_PATTERNS.items():
            for match in re.finditer(turnover_pattern, text, re.IGNORECASE):
                found.append(_Found(match.start(), match.end(), "turnover_status", value))
        numbers = self.numeric_patterns if _NUMBER_HINT.search(text) else []
        for column, number_pattern in numbers:
            for match in number_pattern.finditer(text):
                group = next(i for i, g in enumerate(match.groups(), start=1) if g)
                found.append(
                    _Found(
                        match.start(),
                        match.end(),
                        column,
                        parse_number(match.group(group)),
                        match.span(group),
                    )
                )
        return sorted(found, key=lambda f: f.start)

    def rewrite(self, text: str, released: Mapping[str, Any], counts: FreeTextCounts) -> str:
        """``text`` with each mention brought to the row's ``released`` values."""
        pieces: list[str] = []
        position = 0
        for mention in self.find(text):
            if mention.start < position:  # overlaps one already rewritten
                continue
            label = released.get(mention.column)
            label = None if label is None else str(label)
            replacement: str | None
            if label is None or label in SUPPRESSED_LABELS:
                replacement, action = WITHHELD, "withheld"
            elif mention.column in NUMERIC:
                number = int(mention.value)
                if label == str(number):
                    replacement, action = None, "kept"
                elif band_contains(label, number) and mention.number_span is not None:
                    a, b = mention.number_span
                    replacement = text[mention.start : a] + label + text[b : mention.end]
                    action = "generalised"
                else:
                    replacement, action = WITHHELD, "withheld"
            elif mention.column == "rank_band" or label != str(mention.value):
                # A rank's name is finer than its band; any other value released coarser.
                replacement, action = f"[{mention.column}: {label}]", "generalised"
            else:
                replacement, action = None, "kept"
            counts.add(mention.column, action)
            if replacement is not None:
                pieces += [text[position : mention.start], replacement]
                position = mention.end
        pieces.append(text[position:])
        return "".join(pieces)


def _alternation(terms: Mapping[str, str]) -> re.Pattern[str]:
    ordered = sorted(terms, key=len, reverse=True)  # "lieutenant colonel" before "colonel"
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in ordered) + r")\b")


def generalise_free_text(
    released: pl.DataFrame, free_text: Sequence[str], vocabulary: pl.DataFrame
) -> tuple[pl.DataFrame, FreeTextCounts]:
    """The released table with its free-text columns brought to the released key values.

    Call it on the anonymised table just before it is written (after generalisation and
    suppression), with the linked table (or population extract) as ``vocabulary``.
    """
    generaliser = FreeTextGeneraliser(vocabulary)
    counts = FreeTextCounts()
    present = [c for c in free_text if c in released.columns]
    if not present:
        return released, counts
    keys = [
        *(column for column, *_ in generaliser.term_patterns),
        "gender",
        "turnover_status",
        *NUMERIC,
    ]
    rows = released.select([c for c in dict.fromkeys(keys) if c in released.columns]).to_dicts()
    if not rows:
        rows = [{} for _ in range(released.height)]
    rewritten: dict[str, list[str | None]] = {c: [] for c in present}
    changed = [False] * released.height
    for column in present:
        for index, (text, row) in enumerate(zip(released[column].to_list(), rows, strict=True)):
            if text is None:
                rewritten[column].append(None)
                continue
            new = generaliser.rewrite(text, row, counts)
            changed[index] = changed[index] or new != text
            rewritten[column].append(new)
    counts.rows_changed = sum(changed)
    return (
        released.with_columns([pl.Series(c, rewritten[c], dtype=pl.String) for c in present]),
        counts,
    )
