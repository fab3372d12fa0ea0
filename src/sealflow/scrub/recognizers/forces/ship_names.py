"""Ships named without "HMS": from the fleet list, beside another ship, or after a sailor's cue.

"HMS X" is found by the military place recognizer's shape; a ship is as often named bare:
"I was on the Illustrious", "aboard Bulwark and Albion", "i was on the argyll", "I served
on the Cossack" (a name the list lacks). Names that are ordinary words or rivers count in
lower case only with "HMS" ("on the ocean" stays). "HMS Collingwood" is a shore
establishment: a base, not a ship.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_CAP = r"[A-Z][a-z'’]+"
# what a sailor says before the ship he served in, whether or not the list has its name
_SERVED_CUE = (
    r"\b(?:(?:served|serving|sailed|sailing)[ \t]+(?:on|aboard|onboard|on[ \t]+board)"
    r"|(?:drafted|draft)[ \t]+(?:to|on|onto)|aboard|onboard|on[ \t]+board)[ \t]+(?:the[ \t]+)?"
)
# capitalised words after a cue that are no ship: operations, exercises, aircraft kinds
NOT_SHIP_WORDS = frozenset(
    [
        "op",
        "ops",
        "operation",
        "exercise",
        "ex",
        "tour",
        "tours",
        "herrick",
        "telic",
        "banner",
        "toral",
        "shader",
        "chinook",
        "merlin",
        "hercules",
        "atlas",
        "voyager",
        "puma",
        "wildcat",
        "lynx",
        "sea",
        "king",
        "board",
        "committee",
        "council",
        "panel",
        "frontline",
        "front",
        "line",
        "navy",
        "ship",
        "ships",
        "boat",
        "boats",
    ]
)


def _alternation(names: Iterable[str]) -> str:
    cleaned = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
    return "|".join(r"[ \t]+".join(re.escape(w) for w in n.split()) for n in cleaned)


def ship_regex(names: Sequence[str]) -> re.Pattern[str] | None:
    """A listed ship's name as written, after "the", "on" or "aboard": group ``id``."""
    names_re = _alternation(names)
    if not names_re:
        return None
    # each branch behind a lookahead for the letters it can open with (the same matches):
    # without it every listed name was tried at every word start of every text
    firsts = "".join(sorted({re.escape(name.strip()[0]) for name in names if name.strip()}))
    return re.compile(
        r"(?=[abdfjlnost])\b(?:on|aboard|onboard|board|joined"
        r"|(?:served|serving|drafted|draft)\s+(?:in|to)"
        r"|(?:first|last|next|second|third|old|new)\s+(?:ship|draft)\s+(?:was|is|were)"
        r")\s+(?:the\s+)?(?P<id>(?:"
        + names_re
        + r"))(?![\w'’])(?!\s+[A-Z])"
        + r"|(?=[Tt])(?<![\w])(?:the|The)\s+(?P<ship>(?:"
        + names_re
        + r"))(?![\w'’])(?!\s+[A-Z])"
        # "Argyll's crew", "Montrose's wardroom": a ship's people name her
        + r"|(?=["
        + firsts
        + r"])(?<![\w])(?P<crew>(?:"
        + names_re
        + r"))(?=['’]s\s+(?:crew|ship['’]s\s+company|wardroom|mess\s?deck|captain|skipper"
        + r"|coxswain|buffer)\b)"
    )


# what a sailor says before the shore establishment he was at, with or without "the":
# "trained at the Sultan", "phase two at the sultan", "drafted to Collingwood", "two years
# at Raleigh". Without such a cue "the Sultan" is anyone's sultan and stays.
_SHORE_CUE = (
    # behind a lookahead for the cues' first letters (the same matches, fewer attempts)
    r"(?=[bcdimpstwy])\b(?:posted|drafted|draft|stationed|based|trained|training|train|course|courses"
    r"|phase[ \t]+(?:one|two|three|1a|2a|1|2|3)|instructor|instructing|instructed|taught"
    r"|teaching|basic|years?|months?|weeks?|time|was|were|been)[ \t]+(?:at|to|in)[ \t]+"
)


_NOT_SHORE_AFTER = (
    r"pub|inn|arms|hotel|bar|club|restaurant|cafe|café|road|street|square|centre|center"
    r"|column|statue|estate|school|college|theatre|cinema|block|lines|house|court|crescent"
    r"|close|drive|avenue|lane|way|gardens|place|park|hall|building|barracks|camp"
)


def shore_regex(names: Sequence[str]) -> re.Pattern[str] | None:
    """A listed shore establishment's name after a sailor's cue, in any case: group ``id``
    (which spellings count is the caller's test: "the excellent" is an ordinary word)."""
    names_re = _alternation(names)
    if not names_re:
        return None
    return re.compile(
        r"(?i:" + _SHORE_CUE + r"(?:the[ \t]+)?)(?P<id>(?i:" + names_re + r"))(?![\w'’])"
        # "at the Nelson Mandela lecture": a longer capitalised name is something else, and
        # "the nelson pub", "the Drake Hotel" are a pub and a hotel
        r"(?![ \t]+[A-Z])(?![ \t]+(?i:" + _NOT_SHORE_AFTER + r")\b)"
    )


# words of a ship prefix after its first ("Her Majesty's Ship", "HM Submarine")
_PREFIX_TAIL = frozenset(["majesty's", "majesty’s", "ship", "submarine", "yacht"])

# first and last words of listed names that also name a person, a castle, a bay or a fort
# ("Prince of Wales", "Leeds Castle", "Lyme Bay", "Fort George"): those need a cue
_NOT_ALONE_FIRST = frozenset(["queen", "prince", "princess", "king", "fort", "st", "saint"])
_NOT_ALONE_LAST = frozenset(["castle", "bay"])


def _by_name_regex(ships: Sequence[str]) -> re.Pattern[str] | None:
    """Ships whose name of two or more words is no one's and nowhere's ("Ark Royal", "Iron
    Duke", "Sir Galahad", "Wave Knight"): capitalised, they count with no cue at all."""
    alone = [
        name
        for name in ships
        if len(words := name.lower().split()) >= 2
        and words[0] not in _NOT_ALONE_FIRST
        and words[-1] not in _NOT_ALONE_LAST
        and name[:1].isupper()
    ]
    names_re = _alternation(alone)
    if not names_re:
        return None
    firsts = "".join(sorted({re.escape(name[0]) for name in alone}))
    return re.compile(r"(?<![\w'’])(?=[" + firsts + r"])(?:" + names_re + r")(?![\w'’])")


@dataclass(frozen=True)
class ShipNames:
    """The fleet list compiled: bare names, lower-case names, lists of ships, cued names."""

    listed: re.Pattern[str] | None
    lower: re.Pattern[str] | None
    next_ship: re.Pattern[str] | None
    cued: re.Pattern[str]
    shore: frozenset[str]
    by_name: re.Pattern[str] | None = None
    shore_cued: re.Pattern[str] | None = None
    # shore establishments' names that are ordinary words ("excellent", "president"):
    # after a cue they count capitalised only
    shore_words: frozenset[str] = frozenset()
    # every listed ship's and shore establishment's name in lower case
    known: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls,
        ships: Sequence[str],
        are_words: Sequence[str],
        shore: Sequence[str] = (),
        shore_words: Sequence[str] = (),
    ) -> ShipNames:
        word_keys = {w.lower() for w in are_words}
        lower_names = [s.lower() for s in ships if s.lower() not in word_keys]
        lower_re = _alternation(lower_names)
        lower_multi = _alternation(n for n in lower_names if " " in n)
        names_re = _alternation(ships)
        return cls(
            listed=ship_regex(ships),
            lower=re.compile(
                r"\b(?:on[ \t]+the|aboard(?:[ \t]+the)?|onboard(?:[ \t]+the)?|served[ \t]+on"
                r"(?:[ \t]+the)?|(?:then|and)[ \t]+the)[ \t]+(?P<id>"
                + lower_re
                + r")(?![\w'’])"
                # a name of two or more words needs no "the": "on ark royal"
                + (r"|\bon[ \t]+(?P<bare>" + lower_multi + r")(?![\w'’])" if lower_multi else "")
            )
            if lower_re
            else None,
            # "aboard Bulwark and Albion", "HMS Kent, then Montrose": a listed name next to
            # a ship already found
            next_ship=re.compile(
                r"(?:[ \t]*,[ \t]*(?:and[ \t]+then[ \t]+|and[ \t]+|then[ \t]+|or[ \t]+)?"
                r"|[ \t]+(?:and[ \t]+then|and|then|or|&)[ \t]+)"
                r"(?:the[ \t]+|HMS[ \t]+|RFA[ \t]+)?(?P<id>" + names_re + r")(?![\w'’])"
            )
            if names_re
            else None,
            cued=re.compile(
                _SERVED_CUE + r"(?P<id>" + _CAP + r"(?:[ \t]+(?:of[ \t]+)?" + _CAP + r")?)"
            ),
            shore=frozenset(n.lower() for n in shore),
            by_name=_by_name_regex(ships),
            shore_cued=shore_regex(shore),
            shore_words=frozenset(n.lower() for n in shore_words),
            known=frozenset(n.lower() for n in [*ships, *shore]),
        )

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of ships named without a prefix, each once, in text order."""
        spans: set[tuple[int, int]] = set()
        if self.listed is not None:
            for match in self.listed.finditer(text):
                group = next(g for g in ("id", "ship", "crew") if match.group(g) is not None)
                if group == "ship" and match.group(group).split()[0].lower() in _NOT_ALONE_FIRST:
                    continue  # "the Prince of Wales came": a person, unless "on" or "aboard"
                spans.add(match.span(group))
        if self.lower is not None:
            for match in self.lower.finditer(text):
                if match.group(0).islower():
                    spans.add(match.span("id" if match.group("id") else "bare"))
        if self.by_name is not None:
            spans.update(match.span() for match in self.by_name.finditer(text))
        for match in self.cued.finditer(text):
            words = match.group("id").lower().split()
            if not any(w.strip("'’") in NOT_SHIP_WORDS for w in words):
                spans.add(match.span("id"))
        return sorted(spans)

    def find_shore(self, text: str) -> list[tuple[int, int]]:
        """Spans of shore establishments named after a cue without "HMS" ("trained at the
        Sultan", "phase two at the sultan"); a name that is an ordinary word counts only
        capitalised ("the excellent course" stays)."""
        if self.shore_cued is None:
            return []
        spans = []
        for match in self.shore_cued.finditer(text):
            name = match.group("id")
            if name.islower() and name in self.shore_words:
                continue
            spans.append(match.span("id"))
        return spans

    def following(self, text: str, end: int) -> tuple[int, int] | None:
        """A listed ship named right after a ship that ends at ``end`` ("and Albion")."""
        if self.next_ship is None:
            return None
        match = self.next_ship.match(text, end)
        if match is None:
            return None
        return match.span("id")

    def through_listed_name(self, value: str) -> str:
        """A lower-case "hms x ..." up to the listed name right after its prefix ("hms
        sultan" of "hms sultan course", of "hms sultan's galley"); as given when no listed
        name follows the prefix (no capitals tell where an unlisted name ends)."""
        words = value.split()
        prefix = 1
        while prefix < len(words) and words[prefix].lower() in _PREFIX_TAIL:
            prefix += 1  # "her majesty's ship kent"
        rest = words[prefix:]
        for size in range(min(3, len(rest) - 1), 0, -1):
            name = " ".join(rest[:size])
            bare = re.sub(r"['’]s$", "", name)
            if bare.lower() in self.known:
                return " ".join(words[: prefix + size])
        return value

    def is_shore_establishment(self, value: str) -> bool:
        """ "HMS Collingwood": the name after the prefix is a shore establishment's."""
        words = value.split()
        for size in (2, 1):
            if " ".join(words[-size:]).lower() in self.shore and len(words) > size:
                return True
        return False
