"""Street addresses and service-accommodation addresses.

Covers "14 Acacia Road", "Flat 2, 7a St Mary's Close, Tidworth", lower-case "12 kings road",
and single-living and married-quarter forms: "Block 5, Room 335, Somme Lines",
"room 12 block c kiwi barracks". A lone "room 5" is not enough: a second component or a
named street, lines or barracks must follow.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

STREET_TYPES = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl"
    "|Gardens|Gdns|Terrace|Tce|Grove|Hill|Row|Walk|Square|Sq|Mews|Rise|Parade|Park|View|Green"
    "|Vale|Wharf|Yard|Meadows|Fields|Boulevard|Gate|Lines|Barracks|Estate|Quay|Circus|Croft"
)
_NOT_NAME = (
    r"(?!(?:the|a|an|to|of|in|on|at|and|or|my|our|your|his|her|their|down|up|along|across|over"
    r"|miles?|km|minutes?|mins?|hours?|days?|weeks?|months?|years?|times?|people|men|women"
    r"|was|were|is|are|be|been|had|have|has|we|i|you|they|it|per|each|more|less|than|very"
    r"|just|about|only|all|some|most|new|old|other|same|first|last|next|few)\b)"
)
_NAME_WORD = r"[A-Z][A-Za-z'’\-]+"
_LOWER_WORD = _NOT_NAME + r"[a-z][a-z'’\-]+"
_NUMBER = r"\d{1,4}[A-Za-z]?(?:-\d{1,4})?"
_FLAT = r"(?:(?:Flat|Apartment|Apt|Unit)\s+\d{1,4}[A-Za-z]?,?\s+)?"
_TOWN = (
    r"(?:,\s*(?!(?:which|where|and|but|so|then|near|just|during|when|while|it|i|we|is|was)\b)"
    r"[A-Za-z][a-z]+(?:[ \-][A-Z][a-z]+)?)?"
)
_PARTS = r"(?:Block|Blk|Room|Rm|Flat|Floor|Wing|Building|Bldg|Accommodation Block|Cabin|Bay)"
_LINES = (
    r"(?:Lines|Barracks|Camp|Garrison|Station|Road|Street|Close|Drive|Avenue|Crescent|Way|Lane"
    r"|Block|House|Hall|Court|Mess)"
)


class UkAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS: ClassVar = (
        (
            "street",
            _FLAT
            + _NUMBER
            + r",?\s+(?:"
            + _NAME_WORD
            + r"\s+){1,3}(?:"
            + STREET_TYPES
            + r")\b\.?"
            + _TOWN,
            0.85,
        ),
        (
            "street_lower",
            r"(?i:flat\s+\d{1,4}[a-z]?,?\s+)?\b\d{1,4}[a-z]?,?\s+(?:" + _LOWER_WORD + r"\s+){1,3}"
            r"(?:" + STREET_TYPES.lower() + r")\b" + _TOWN,
            0.6,
        ),
        (
            # A house name before its street, no number: "The Old Forge, Quarry Place".
            # Counts only after an address cue ("lives at", "address", "ended up at").
            "house_name",
            r"\b(?:The\s+)?"
            + _NAME_WORD
            + r"(?:\s+"
            + _NAME_WORD
            + r"){0,2},\s+(?:"
            + _NAME_WORD
            + r"\s+){1,2}(?:"
            + STREET_TYPES
            + r")\b"
            + _TOWN,
            0.35,
        ),
        (
            "quarters",
            r"(?i:\b"
            + _PARTS
            + r"\s+(?:\d{1,4}[A-Za-z]?|[A-Za-z])\b(?:,?\s+"
            + _PARTS
            + r"\s+(?:\d{1,4}[A-Za-z]?|[A-Za-z])\b)*)"
            r"(?:,?\s+(?:" + _NAME_WORD + r"\s+){1,3}" + _LINES + r"\b"
            r"|,?\s+(?i:(?:[a-z][a-z'\-]+\s+){1,2}(?:lines|barracks|camp|garrison|block|house|hall|court|mess)\b))?",
            0.4,
        ),
    )
    CONTEXT = (
        "address",
        "live at",
        "living at",
        "lives at",
        "quarter",
        "quarters",
        "sfa",
        "sla",
        "moved to",
        "room in",
        "ended up at",
        "discharge to",
        "discharged to",
        "staying at",
        "round",
    )
    EXAMPLES = (
        ("I live at 14 Acacia Road, Swindon.", ["14 Acacia Road, Swindon"]),
        ("Flat 2, 7a St Mary's Close had damp", ["Flat 2, 7a St Mary's Close"]),
        ("send it to 221B Baker Street", ["221B Baker Street"]),
        ("moved to 12 kings road last year", ["12 kings road"]),
        ("Block 5, Room 335, Somme Lines is cold", ["Block 5, Room 335, Somme Lines"]),
        ("my room is block c room 12 kiwi barracks", ["block c room 12 kiwi barracks"]),
        (
            "I stay in 105 Kingfisher Drive, Swindon during the week",
            ["105 Kingfisher Drive, Swindon"],
        ),
        ("we live at 84 kingfisher drive, richmond, eh12 7qw", ["84 kingfisher drive, richmond"]),
        ("block 11, room 269, arnhem block during", ["block 11, room 269, arnhem block"]),
        ("12 Mill Road, which is near", ["12 Mill Road"]),
        ("she lives at The Old Forge, Quarry Place now", ["The Old Forge, Quarry Place"]),
        ("my address is Ty Gwyn, Hawthorn Road, Wrexham", ["Ty Gwyn, Hawthorn Road, Wrexham"]),
        ("On Monday, Station Road was shut", []),
        ("walked 3 miles down the road", []),
        ("we had 2 years on the hill", []),
        ("room 5 was free", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        score = base_score
        if match.re.pattern.startswith(r"(?i:\b(?:Block"):
            value = match.group(0).lower()
            parts = len(
                re.findall(
                    r"\b(?:block|blk|room|rm|flat|floor|wing|building|bldg|cabin|bay)\b", value
                )
            )
            named = re.search(
                r"(lines|barracks|camp|garrison|station|road|street|close|drive|avenue|crescent|way|lane)$",
                value,
            )
            if parts >= 2 or named:
                score = 0.8
        if self.has_context(text, match.start(), match.end()):
            score = min(1.0, score + 0.2)
        return score
