"""Public things a survey answer names, which identify no one: guards against over-redaction.

Staff answering a wellbeing survey name the charities, apps, helplines and MOD systems they
used ("Dave from Combat Stress", "rang 0800 138 1619", "Blesma came out"). spaCy and the
name-list recognizers read many of them as people or places, and the phone recognizer reads
a helpline as a phone number. The allow list's ``public_names`` (whole phrases, any case) and
``public_helplines`` (published numbers, any layout) say which; detect.cut_public_names
takes them out of the detections, before names spread through the document and once more
at the end, so no later step brings one back.

Only name-like types are cut at a public name: an e-mail or web address that holds one
("dave@ssafa.org.uk") is still replaced whole. A piece of a span outside the public name
stays a detection ("Sarah Jenkins SSAFA" -> "Sarah Jenkins").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sealflow.scrub.phrases import PhraseMatcher

# the types a public name may be mistaken for (phone-like types are the helplines' business)
NAME_TYPES = frozenset(["PERSON", "LOCATION", "UNIT", "BASE", "ADDRESS"])
_NOT_DIGITS = re.compile(r"\D+")
_SPACE = " \t\n\"'(“‘.,;:!?)”’"


def helpline_digits(number: str) -> str:
    """A number's digits as dialled in the UK: "+44 (0)800 138 1619" -> "08001381619"."""
    digits = _NOT_DIGITS.sub("", number)
    for prefix in ("440", "0044", "44"):
        if number.lstrip().startswith(("+", "00")) and digits.startswith(prefix):
            return "0" + digits[len(prefix) :]
    return digits


def _with_apostrophe_forms(phrases: Iterable[str]) -> list[str]:
    out = set()
    for phrase in phrases:
        out.add(phrase)
        out.add(phrase.replace("'", "’"))
    return sorted(out)


@dataclass(frozen=True, eq=False)
class PublicNames:
    """The public names as one phrase search and the helplines as digit strings."""

    matcher: PhraseMatcher
    helplines: frozenset[str]
    # public names that are also employers with local sites (the gazetteer's ``employers``,
    # lower case): one beside a town is a place's name ("Whitehaven Tesco"), kept whole
    employers: frozenset[str] = frozenset()
    # the last text searched and its spans: detect.cut_public_names asks twice per document
    # (before names spread and at the end), on the same joined text
    _last: dict[str, list[tuple[int, int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def build(
        cls, names: Iterable[str], helplines: Iterable[str], employers: Iterable[str] = ()
    ) -> PublicNames:
        return cls(
            PhraseMatcher(_with_apostrophe_forms(names)),
            frozenset(helpline_digits(n) for n in helplines if helpline_digits(n)),
            frozenset(e.lower().replace("’", "'") for e in employers),
        )

    def spans_in_a_place(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The public names to cut out of a place ``text[start:end]``: an employer with
        more of the place beside it is the site's name ("Tesco Extra Taunton"), not cut."""
        spans = self.spans(text)
        if not self.employers:
            return spans
        return [
            (lo, hi)
            for lo, hi in spans
            if not (
                text[lo:hi].lower().replace("’", "'") in self.employers
                and start <= lo
                and hi <= end
                and outside(text, start, end, [(lo, hi)])
            )
        ]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the text names a public thing."""
        found = self._last.get(text)
        if found is None:
            found = [m.span() for m in self.matcher.finditer(text)]
            self._last.clear()
            self._last[text] = found
        return list(found)

    def is_helpline(self, value: str) -> bool:
        """Whether a detected number is a published helpline; a value with letters never is
        ("Flat 101" is an address, not the police's number)."""
        return not any(c.isalpha() for c in value) and helpline_digits(value) in self.helplines


def outside(
    text: str, start: int, end: int, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` outside ``spans``, trimmed, each holding a word."""
    pieces = [(start, end)]
    for lo, hi in spans:
        if hi <= start or lo >= end:
            continue
        cut = []
        for piece_start, piece_end in pieces:
            for a, b in ((piece_start, min(piece_end, lo)), (max(piece_start, hi), piece_end)):
                while a < b and text[a] in _SPACE:
                    a += 1
                while b > a and text[b - 1] in _SPACE:
                    b -= 1
                if a < b and any(c.isalnum() for c in text[a:b]):
                    cut.append((a, b))
        pieces = cut
    return pieces
