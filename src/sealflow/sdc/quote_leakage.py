"""Quasi-identifier leakage in a quotation, read as an intruder with the staff file reads it.

A scrubbed quote has no names left, but "as the only female Lieutenant Colonel at Catterick
after 22 years" still points at one person. Every key variable is looked for: rank, base,
role, branch, gender, leaving or transfer, length of service, days of sickness absence and
age, numbers written
as digits or words ("twelve days off sick", "twenty-two years in"). The mentions are
matched against the population extract (the provider's whole staff file, which the
provider reading the outcome pack holds), or the linked microdata when there is none: when
the staff that fit all of them number fewer than k, the quote is flagged for the reviewer
with the reason. ``check_together`` does the same for all the quotes of one interviewee at
once, since a reader of the pack can put them side by side. A place name left beside a
scrub placeholder ("CTCRM [BASE-2]") is flagged too: the scrubber missed part of a name.
The word lists are class-level constants a caller can extend. Every other key variable
of the release (a column the reader holds, from provenance) is looked for by its values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import polars as pl

_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
WORD_NUMBERS = (
    {w: i for i, w in enumerate(_SMALL_NUMBERS.split(" "))}
    | _TENS
    | {
        f"{tens}{sep}{unit}": value + u
        for tens, value in _TENS.items()
        for u, unit in enumerate(_SMALL_NUMBERS.split(" ")[1:10], start=1)
        for sep in ("-", " ")
    }
)
# Scrub placeholders, as scrub.residual writes them ("[BASE-2]", "[PERSON]").
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*(?:-\d+)?\]")
# Capitalised words that may stand beside a placeholder without being part of a name.
_SENTENCE_WORDS = (
    "i i'm i've i'd the a an at in on to from and but or so we he she they it my our his her "
    "their this that there then when where after before with without for of by as up"
)
SENTENCE_WORDS = frozenset(_SENTENCE_WORDS.split(" "))


def parse_number(text: str) -> int:
    """The value of a number written in digits or words ("12", "twelve", "twenty-two")."""
    text = " ".join(text.lower().split())
    return int(text) if text.isdigit() else WORD_NUMBERS[text]


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
    _FORCES = r"(?:army|navy|raf|forces|service|marines|mod|military|job)"
    TURNOVER_PATTERNS: Mapping[str, str] = {
        r"\b(?:since|after|when|before)\s+I\s+left\b|\bI(?:'ve|\s+have)?\s+(?:now\s+)?left\s+"
        r"(?:the\s+)?" + _FORCES + r"\b|\b(?:since\s+)?leaving\s+the\s+" + _FORCES + r"\b": "Left",
        r"\bI(?:'ve|\s+have|\s+was|\s+got)?\s+(?:been\s+)?transferred\b"
        r"|\bsince\s+(?:my|the)\s+transfer\b": "Transferred",
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
    # Digits, or words: a tens word with an optional unit ("twenty-two"), a teen, a unit.
    # Structured rather than one flat list of every number word: far fewer branches to try.
    _UNITS = "one|two|three|four|five|six|seven|eight|nine"
    _NUMBER = (
        r"(\d{1,3}|(?:" + "|".join(_TENS) + r")(?:[-\s]+(?:" + _UNITS + r"))?"
        r"|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|eleven|twelve|ten"
        r"|zero|" + _UNITS + r")"
    )
    _ABOUT = r"(?:about|around|nearly|almost|over|just over|just under|coming up to)?\s*"
    SERVICE_PATTERN = re.compile(
        r"\b(?:been in|served|serving|joined up|done)\s+(?:for\s+)?"
        + _ABOUT
        + _NUMBER
        + r"\s+years?\b"
        r"|\b" + _NUMBER + r"\s+years?\s+(?:in|of service|served|in the "
        r"(?:army|navy|raf|forces|service|marines|mod))\b"
        # "the best thing they have done for us in 12 years", "here for twelve years"
        r"|\b(?:in|for|over)\s+(?:my\s+|all\s+my\s+|the\s+(?:last|past)\s+)?"
        + _ABOUT
        + _NUMBER
        + r"\s+years\b(?!['’]?\s+time)",
        re.IGNORECASE,
    )
    # Days of sickness absence: "12 days off sick", "off sick for twelve days",
    # "signed off for 12 days", "12 days' sick leave", "I was off for 12 days".
    SICKNESS_PATTERN = re.compile(
        r"\b" + _NUMBER + r"\s+(?:working\s+)?days?'?\s+(?:off\s+sick|sick|of\s+sick|"
        r"signed\s+off|off\s+work|absence|of\s+absence|off)\b"
        r"|\b(?:off\s+sick|signed\s+off|sick\s+leave|absent"
        r"|(?:was|been|were|went|had|took)\s+off(?:\s+sick|\s+work)?)\s+(?:for\s+)?"
        + _ABOUT
        + _NUMBER
        + r"\s+(?:working\s+)?days?\b",
        re.IGNORECASE,
    )
    AGE_PATTERN = re.compile(
        r"\b(?:i'?m|i\s+am|i\s+was|aged?|at\s+the\s+age\s+of|turned|turning)\s+"
        + _NUMBER
        + r"\b(?!\s+(?:years?\s+(?:in|of|served)|days?|weeks?|months?|times?|hours?|people|of\b))"
        r"|\b" + _NUMBER + r"[-\s]years?[-\s]old\b",
        re.IGNORECASE,
    )
    # People round their length of service: a mention of N years fits N-1..N+1. Days off
    # sick are counted by the employer, and said as counted: no tolerance.
    SERVICE_TOLERANCE = 1
    SICKNESS_TOLERANCE = 0

    # Built-in kinds of mention, by column; other key variables are found by their values.
    KNOWN_COLUMNS = frozenset(
        {
            "base",
            "rank_band",
            "role",
            "service_branch",
            "gender",
            "turnover_status",
            "tenure_years",
            "sickness_absence_days",
            "age_band",
        }
    )
    # A value shorter than this is too likely an everyday word to count as a mention.
    MIN_VALUE_LENGTH = 4

    def __init__(
        self,
        microdata: pl.DataFrame,
        k: int,
        source: str = "microdata",
        key_columns: Sequence[str] | None = None,
    ) -> None:
        """``microdata``: the staff to count (the population extract when there is one);
        ``source`` names it in the reasons. ``key_columns``: the key variables of the
        release the quotes go to (provenance.key_variables for the provider: every column
        it holds). Those the built-in kinds do not cover are looked for by their values
        ("Alpha Squadron", "intervention"); None looks for the built-in kinds only."""
        self.microdata = microdata
        self.k = k
        self.source = source
        self.value_terms: dict[str, dict[str, str]] = {}
        for column in key_columns or ():
            if column in self.KNOWN_COLUMNS or column not in microdata.columns:
                continue
            if microdata[column].dtype not in (pl.String, pl.Categorical, pl.Enum):
                continue
            terms = {
                str(v).lower(): str(v)
                for v in microdata[column].drop_nulls().unique().to_list()
                if len(str(v)) >= self.MIN_VALUE_LENGTH and str(v).lower() not in ("other", "none")
            }
            if terms:
                self.value_terms[column] = terms
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
        kinds += list(self.value_terms.items())
        for column, terms in kinds:
            if column in columns:
                found += [Mention(column, v, t) for t, v in self._find_terms(quote, terms, taken)]
        for column, patterns in (
            ("gender", self.GENDER_PATTERNS),
            ("turnover_status", self.TURNOVER_PATTERNS),
        ):
            if column not in columns:
                continue
            for pattern, value in patterns.items():
                match = re.search(pattern, quote, re.IGNORECASE)
                if match:
                    found.append(Mention(column, value, match.group(0)))
        numeric = [
            ("tenure_years", self.SERVICE_PATTERN),
            ("sickness_absence_days", self.SICKNESS_PATTERN),
            ("age_band", self.AGE_PATTERN),
        ]
        for column, number_pattern in numeric:
            if column not in columns:
                continue
            for match in number_pattern.finditer(quote):
                number = parse_number(next(g for g in match.groups() if g))
                found.append(Mention(column, number, match.group(0)))
        return found

    def placeholder_neighbours(self, quote: str) -> list[str]:
        """Capitalised words or acronyms right beside a scrub placeholder ("CTCRM [BASE-2]")."""
        found = []
        for match in PLACEHOLDER.finditer(quote):
            before = re.search(r"([A-Za-z][\w'&.-]*)\s*$", quote[: match.start()])
            after = re.match(r"\s*([A-Za-z][\w'&.-]*)", quote[match.end() :])
            for word in (before, after):
                if word is None:
                    continue
                text = word.group(1).rstrip(".")
                if text[:1].isupper() and text.lower() not in SENTENCE_WORDS and len(text) > 1:
                    found.append(f"{text} {match.group(0)}" if word is before else
                                 f"{match.group(0)} {text}")  # fmt: skip
        return found

    def _condition(self, mentions: list[Mention]) -> pl.Expr:
        condition = pl.lit(True)
        by_column: dict[str, set[str | int]] = {}
        for mention in mentions:
            by_column.setdefault(mention.column, set()).add(mention.value)
        for column, values in by_column.items():
            # Several values of one column (two ranks named) may describe two people: any of them.
            if column in ("tenure_years", "sickness_absence_days"):
                tolerance = (
                    self.SERVICE_TOLERANCE if column == "tenure_years" else self.SICKNESS_TOLERANCE
                )
                near = pl.lit(False)
                for number in values:
                    near = near | pl.col(column).is_between(
                        int(number) - tolerance, int(number) + tolerance
                    )
                condition = condition & near
            elif column == "age_band":
                bands = [
                    band
                    for band in self.microdata["age_band"].drop_nulls().unique().to_list()
                    if any(band_contains(str(band), int(age)) for age in values)
                ]
                condition = condition & pl.col(column).is_in(bands)
            else:
                condition = condition & pl.col(column).is_in(list(values))
        return condition

    def check(self, quote: str) -> LeakageFinding:
        """Flag the quote when the staff fitting all its mentions number fewer than k."""
        return self.check_together([quote])

    def check_together(self, quotes: list[str]) -> LeakageFinding:
        """Flag when the staff fitting all mentions of all ``quotes`` (one interviewee's)
        number fewer than k, or when a place name stands beside a placeholder."""
        mentions = [m for quote in quotes for m in self.mentions(quote)]
        beside = [n for quote in quotes for n in self.placeholder_neighbours(quote)]
        reasons = []
        matching = self.microdata.height
        flagged = False
        if mentions:
            matching = self.microdata.filter(self._condition(mentions)).height
            flagged = matching < self.k
            described = "; ".join(f"{m.column} {m.value} ({m.text!r})" for m in mentions)
            reasons.append(
                f"mentions {described}: {matching} records in the {self.source} fit "
                f"({'fewer than' if flagged else 'at least'} k={self.k})"
            )
        if beside:
            flagged = True
            reasons.append(
                "a name beside a placeholder, left by the scrubber: "
                + "; ".join(repr(b) for b in beside)
            )
        return LeakageFinding(flagged, matching, tuple(mentions), " | ".join(reasons))


def band_contains(band: str, number: int) -> bool:
    """True when ``number`` falls in a band written "25-34" or "65+" (or equals it)."""
    band = band.strip()
    if band.endswith("+") and band[:-1].isdigit():
        return number >= int(band[:-1])
    low, _, high = band.partition("-")
    if low.isdigit() and high.isdigit():
        return int(low) <= number <= int(high)
    return band.isdigit() and int(band) == number
