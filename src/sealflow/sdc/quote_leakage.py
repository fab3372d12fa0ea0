"""Quasi-identifier leakage in a quotation: does what it mentions single out a few people?

A scrubbed quote has no names left, but "as the only female Lieutenant Colonel at Catterick
after 22 years" still points at one person. The mentions of rank, base, role, length of
service and gender are matched against the microdata: when the records that fit all of
them number fewer than k, the quote is flagged for the reviewer with the reason. The word
lists are class-level constants a caller can extend.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import polars as pl

_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
)
WORD_NUMBERS = {w: i for i, w in enumerate(_SMALL_NUMBERS.split(" "))} | {"thirty": 30, "forty": 40}


@dataclass(frozen=True)
class Mention:
    column: str
    value: str | int
    text: str


@dataclass(frozen=True)
class LeakageFinding:
    flagged: bool
    matching_records: int
    mentions: tuple[Mention, ...]
    reason: str


class QuoteLeakageChecker:
    """Find quasi-identifier mentions in quotes and count the microdata records they fit."""

    RANK_TERMS: Mapping[str, str] = {
        "lieutenant colonel": "OF4-5", "lt col": "OF4-5", "colonel": "OF4-5",
        "wing commander": "OF4-5", "group captain": "OF4-5", "commander": "OF4-5",
        "brigadier": "OF6+", "general": "OF6+", "major general": "OF6+",
        "air commodore": "OF6+", "commodore": "OF6+",
        "admiral": "OF6+", "air marshal": "OF6+",
        "major": "OF1-3", "captain": "OF1-3", "capt": "OF1-3", "lieutenant": "OF1-3",
        "second lieutenant": "OF1-3", "flight lieutenant": "OF1-3", "flying officer": "OF1-3",
        "squadron leader": "OF1-3", "lieutenant commander": "OF1-3",
        "warrant officer": "OR8-9", "sergeant major": "OR8-9",
        "staff sergeant": "OR5-7", "colour sergeant": "OR5-7", "sergeant": "OR5-7",
        "sgt": "OR5-7", "petty officer": "OR5-7", "chief petty officer": "OR5-7",
        "flight sergeant": "OR5-7", "chief technician": "OR5-7",
        "corporal": "OR1-4", "cpl": "OR1-4", "lance corporal": "OR1-4", "private": "OR1-4",
        "able seaman": "OR1-4", "leading seaman": "OR1-4", "aircraftman": "OR1-4",
        "senior aircraftman": "OR1-4", "marine": "OR1-4",
    }  # fmt: skip
    ROLE_TERMS: Mapping[str, str] = {
        "medic": "Medical", "nurse": "Medical", "doctor": "Medical", "medical": "Medical",
        "pilot": "Aircrew", "aircrew": "Aircrew", "chaplain": "Chaplaincy",
        "padre": "Chaplaincy", "signaller": "Signals", "signals": "Signals",
        "engineer": "Engineering", "engineering": "Engineering", "logistics": "Logistics",
        "logistician": "Logistics", "intelligence": "Intelligence", "infantry": "Infantry",
        "infantryman": "Infantry", "rifleman": "Infantry", "clerk": "Administration",
        "admin": "Administration", "administration": "Administration",
    }  # fmt: skip
    GENDER_PATTERNS: Mapping[str, str] = {
        r"\b(as a|being a|the only|i'?m a|only) (woman|female|girl|mum|mother|lady)\b": "Female",
        r"\b(as a|being a|the only|i'?m a|only) (man|male|bloke|dad|father|guy)\b": "Male",
        r"\bnon-?binary\b": "Non-binary",
    }
    # Everyday words as well as ranks: counted only when written with a capital letter.
    CAPITALISED_ONLY = frozenset({"major", "private", "general", "marine", "captain", "commander"})
    GENERIC_BASE_WORDS = frozenset(
        {"raf", "hmnb", "hms", "garrison", "camp", "barracks", "station", "base", "lines"}
    )
    BRANCH_TERMS: Mapping[str, str] = {
        "army": "Army", "navy": "Royal Navy", "royal navy": "Royal Navy", "raf": "Royal Air Force",
        "royal air force": "Royal Air Force", "marines": "Royal Marines",
        "royal marines": "Royal Marines", "civil service": "Civil Service",
        "civil servant": "Civil Service",
    }  # fmt: skip
    _NUMBER = r"(\d{1,2}|" + "|".join(WORD_NUMBERS) + r")"
    _ABOUT = r"(?:about|around|nearly|almost|over|just over|just under|coming up to)?\s*"
    SERVICE_PATTERN = re.compile(
        r"\b(?:been in|served|serving|joined up|done)\s+(?:for\s+)?"
        + _ABOUT
        + _NUMBER
        + r"\s+years?\b"
        r"|\b" + _NUMBER + r"\s+years?\s+(?:in|of service|served|in the "
        r"(?:army|navy|raf|forces|service|marines|mod))\b",
        re.IGNORECASE,
    )
    # People round their length of service: a mention of N years fits N-1..N+1.
    SERVICE_TOLERANCE = 1

    def __init__(self, microdata: pl.DataFrame, k: int) -> None:
        self.microdata = microdata
        self.k = k
        self.role_terms: dict[str, str] = dict(self.ROLE_TERMS)
        if "role" in microdata.columns:  # the roles' own names count as mentions too
            for role in microdata["role"].drop_nulls().unique().to_list():
                if role.lower() != "other":
                    self.role_terms.setdefault(role.lower(), role)
        self.base_terms: dict[str, str] = {}
        if "base" in microdata.columns:
            for base in microdata["base"].drop_nulls().unique().to_list():
                self.base_terms[base.lower()] = base
                core = " ".join(w for w in base.lower().split() if w not in self.GENERIC_BASE_WORDS)
                if len(core) >= 4:
                    self.base_terms.setdefault(core, base)
            # A distinctive single word ("Catterick", "CTCRM") names its base too.
            words: dict[str, set[str]] = {}
            for base in self.base_terms.values():
                for word in base.lower().split():
                    if len(word) >= 5 and word not in self.GENERIC_BASE_WORDS:
                        words.setdefault(word, set()).add(base)
            for word, bases in words.items():
                if len(bases) == 1:
                    self.base_terms.setdefault(word, next(iter(bases)))

    @classmethod
    def _find_terms(
        cls, text: str, terms: Mapping[str, str], taken: list[tuple[int, int]]
    ) -> list[tuple[str, str]]:
        """Longest terms first, each span used once (``lieutenant colonel`` not ``colonel``).

        ``taken`` holds spans already matched by earlier kinds (the "RAF" of "RAF Valley" is
        part of a base, not a mention of the branch); new matches are added to it.
        """
        lowered = text.lower()
        found = []
        for term in sorted(terms, key=len, reverse=True):
            for match in re.finditer(rf"\b{re.escape(term)}\b", lowered):
                span = match.span()
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                if term in cls.CAPITALISED_ONLY and not text[span[0]].isupper():
                    continue
                taken.append(span)
                found.append((term, terms[term]))
        return found

    def mentions(self, quote: str) -> list[Mention]:
        """Every quasi-identifier the quote mentions (column, value, matched words)."""
        found: list[Mention] = []
        columns = set(self.microdata.columns)
        taken: list[tuple[int, int]] = []
        # Bases first: their names contain branch words and ranks ("RAF", "Fort George").
        kinds = [
            ("base", self.base_terms),
            ("rank_band", self.RANK_TERMS),
            ("role", self.role_terms),
            ("service_branch", self.BRANCH_TERMS),
        ]
        for column, terms in kinds:
            if column in columns:
                found += [Mention(column, v, t) for t, v in self._find_terms(quote, terms, taken)]
        if "gender" in columns:
            for pattern, value in self.GENDER_PATTERNS.items():
                match = re.search(pattern, quote, re.IGNORECASE)
                if match:
                    found.append(Mention("gender", value, match.group(0)))
        if "tenure_years" in columns:
            for match in self.SERVICE_PATTERN.finditer(quote):
                number = next(g for g in match.groups() if g).lower()
                years = int(number) if number.isdigit() else WORD_NUMBERS[number]
                found.append(Mention("tenure_years", years, match.group(0)))
        return found

    def check(self, quote: str) -> LeakageFinding:
        """Flag the quote when the records fitting all its mentions number fewer than k."""
        mentions = self.mentions(quote)
        if not mentions:
            return LeakageFinding(False, self.microdata.height, (), "")
        condition = pl.lit(True)
        by_column: dict[str, set[str | int]] = {}
        for mention in mentions:
            by_column.setdefault(mention.column, set()).add(mention.value)
        for column, values in by_column.items():
            # Several values of one column (two ranks named) may describe two people: any of them.
            if column == "tenure_years":
                tolerance = self.SERVICE_TOLERANCE
                near = pl.lit(False)
                for years in values:
                    near = near | pl.col(column).is_between(
                        int(years) - tolerance, int(years) + tolerance
                    )
                condition = condition & near
            else:
                condition = condition & pl.col(column).is_in(list(values))
        matching = self.microdata.filter(condition).height
        flagged = matching < self.k
        described = "; ".join(f"{m.column} {m.value} ({m.text!r})" for m in mentions)
        reason = (
            f"mentions {described}: {matching} records in the microdata fit "
            f"({'fewer than' if flagged else 'at least'} k={self.k})"
        )
        return LeakageFinding(flagged, matching, tuple(mentions), reason)
