"""What the date-of-birth recognizers share: a date's value, the nearest-cue rule, and a date
said twice.

A date of birth is often given twice in one text: written in a field block and said in an
interview, or said in words and read back in digits ("the fourth of December, seventy-nine
... so that's 04/12/79"). Once one mention is a date of birth by its own evidence (a birth
cue, or a year that makes it one), every other mention of the same day, month and year in
the text is the same identifier, whichever recognizer finds it. A birth cue counts only for
the first date after it, on its own line: in "DOB 12/03/1985, seen 14/05/2026" or "DOB
re-confirmed: 111105.\n11/12/2026 17:34" the later date is not a birth date.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

DateValue = tuple[int, int, int]  # (year, month, day)
MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Any date-shaped text: a birth cue before it belongs to it, not to a date further on.
_ANY_DATE = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{6}(?:\d\d)?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS + r"\b",
    re.IGNORECASE,
)
CONFIRMED_SCORE = 0.85
# what a speaker says while thinking, removed before measuring a cue's distance
_SPEECH_FILLERS = re.compile(r"\b(?:erm|umm?|uhh?|er|ah|you know|i mean|sort of|kind of)\b,?[ \t]*")


def month_number(text: str) -> int | None:
    key = text.strip().lower()[:3]
    return _MONTH_KEYS.index(key) + 1 if key in _MONTH_KEYS else None


def full_year(year: int) -> int:
    """A two-digit year as people mean it in a birth date: 30-99 -> 19xx, 00-29 -> 20xx."""
    if year >= 100:
        return year
    return 1900 + year if year >= 30 else 2000 + year


def date_value(year: int, month: int | None, day: int | None) -> DateValue | None:
    if month is None or day is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return (full_year(year), month, day)


class BirthDateRecognizer(ContextRegexRecognizer):
    """A date-of-birth recognizer whose candidates carry their value, so that a date found
    by its own evidence confirms the same date written elsewhere in the text."""

    ENTITY = "DATE_OF_BIRTH"
    FLAGS = re.IGNORECASE
    KINDS: ClassVar[list[type[BirthDateRecognizer]]] = []
    _instances: ClassVar[dict[type, BirthDateRecognizer]] = {}
    _last: ClassVar[dict[type, tuple[str, list[tuple[int, int, float, DateValue | None]]]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        BirthDateRecognizer.KINDS.append(cls)

    def value_of(self, match: re.Match[str]) -> DateValue | None:
        """The (year, month, day) a match says, or None."""
        raise NotImplementedError

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A birth cue counts only when no other date stands between it and this one."""
        if self._context_re is None:
            return False
        # speech fillers do not count against the window: "Date of birth erm, on uh, the
        # form you know, was 25th of June 00" is as near as "Date of birth on the form was"
        wider = text[max(0, start - 3 * self.CONTEXT_WINDOW) : start].lower()
        before = _SPEECH_FILLERS.sub("", wider)[-self.CONTEXT_WINDOW :]
        cues = list(self._context_re.finditer(before))
        if not cues:
            return False
        between = before[cues[-1].end() :]
        if "\n" in between and between.split("\n", 1)[0].strip(" \t:.-–)"):
            return False  # the cue's line went on to say something else: the date is another's
        return _ANY_DATE.search(between) is None

    def candidates(self, text: str) -> list[tuple[int, int, float, DateValue | None]]:
        """Every date this recognizer reads: span, own score (0 when too weak), value.

        The last text's candidates are kept per class: the sibling recognizer asks for them
        on the same text right after (speed)."""
        cached = BirthDateRecognizer._last.get(type(self))
        if cached is not None and cached[0] == text:
            return cached[1]
        found = self._candidates(text)
        BirthDateRecognizer._last[type(self)] = (text, found)
        return found

    def _candidates(self, text: str) -> list[tuple[int, int, float, DateValue | None]]:
        found = []
        for _name, regex, base_score in self._compiled:
            for match in regex.finditer(text):
                score = self.score_match(match, base_score, text)
                if score is None:
                    continue
                start, end = self.span_of(match)
                found.append((start, end, score, self.value_of(match)))
        return found

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        own = self.candidates(text)
        if not own:
            return []
        confirmed = {value for _, _, score, value in own if value and score >= 0.5}
        unsure = any(value and value not in confirmed for _, _, _, value in own)
        for kind in BirthDateRecognizer.KINDS if unsure else ():
            if kind is not type(self):
                other = BirthDateRecognizer._instances.get(kind)
                if other is None:
                    # built once: building compiles its patterns (setdefault built one
                    # on every call only to drop it)
                    other = BirthDateRecognizer._instances[kind] = kind()
                confirmed.update(v for _, _, s, v in other.candidates(text) if v and s >= 0.5)
        best: dict[tuple[int, int], float] = {}
        for start, end, score, value in own:
            if value in confirmed:
                score = max(score, CONFIRMED_SCORE)
            if score > best.get((start, end), 0.0):
                best[(start, end)] = score
        return [self.result(start, end, score) for (start, end), score in best.items()]
