"""Street addresses and service-accommodation addresses.

Covers "14 Acacia Road", "Flat 2, 7a St Mary's Close, Tidworth", lower-case "12 kings road",
Glasgow flats ("Flat 3/2"), Welsh and Gaelic streets whose kind comes first ("12 Heol y
Nant", "7 bryn awel", "88 Sràid na h-Eaglais"), house numbers said in words ("number twelve
Elm Grove"), house names ("Rose Cottage, Mill Lane"), a street without a number after a
home cue ("we live on Elm Grove"), and single-living and married-quarter forms: "Block 5,
Room 335, Somme Lines", "room 12 block c kiwi barracks". A lone "room 5" is not enough: a
second component or a named street, lines or barracks must follow.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

STREET_TYPES = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl"
    "|Gardens|Gdns|Terrace|Tce|Grove|Hill|Row|Walk|Square|Sq|Mews|Rise|Parade|Park|View|Green"
    "|Vale|Wharf|Yard|Meadows|Fields|Boulevard|Gate|Lines|Barracks|Estate|Quay|Circus|Croft"
    "|Wynd|Brae|Loan|Loaning|Vennel|Gait|Chase|Glade|Mead|Meadow|Orchard|Orchards|Paddock"
    "|Paddocks|Cottages|Villas|Buildings|Side|Bank|Mount|Heights|Ridge|Dene|Garth|Fold|Nook"
    "|Hollow|Grange|Pastures|Spinney|Copse|Leys|Approach|Causeway|Broadway|Drove|Path|Steps"
    "|Holme|Brow|Dell|End|Common|Chine|Twitten|Cottage"
)
# Welsh and Gaelic street kinds stand before the name: "Heol y Nant", "Sràid na h-Eaglais".
STREET_FIRST = (
    "Heol|Hewl|Ffordd|Stryd|Lon|Lôn|Clos|Maes|Llys|Rhodfa|Cilgant|Teras|Parc|Bryn|Pant|Cae"
    "|Tan|Ty|Tŷ|Pen|Coed|Gerddi|Sgwar|Sgwâr|Sràid|Sraid|Rathad|Ceum|Cnoc|Druim|Baile|Taigh"
)
STREET_FIRST_LOWER = (
    "heol|ffordd|stryd|lon|lôn|clos|maes|llys|rhodfa|cilgant|teras|bryn|sràid|sraid|rathad"
)
_PARTICLE = r"(?:y|yr|'r|na|nan|an|a'|am|na\s+h-|de|le|la)"
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:a|one|two)\s+hundred(?:\s+and\s+\w+(?:[\s\-]\w+)?)?)"
)
# A house name: a named house ("Rose Cottage", "Kestrel House") or a name alone before a
# street ("Ty Gwyn, Hawthorn Road").
HOUSE_KINDS = (
    "Cottage|House|Farm|Farmhouse|Lodge|Barn|Mill|Manor|Hall|Villa|Bungalow|Cottages|Court"
    "|Mews|Croft|Steading|Grange|Rectory|Vicarage|Oast|Forge"
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
_FLAT_NUMBER = r"(?:\d{1,4}/\d{1,2}|\d{1,3}[A-Za-z]\d?|\d{1,4}|[A-Z])"
_FLAT = r"(?:(?:Flat|Apartment|Apt|Unit)\s+" + _FLAT_NUMBER + r",?\s+)?"
_TOWN = (
    r"(?:,\s*(?!(?:which|where|and|but|so|then|near|just|during|when|while|it|i|we|is|was)\b)"
    r"[A-Za-z][a-z]+(?:[ \-][A-Z][a-z]+)?)?"
)
HOUSE_NAME = (
    r"\b"
    + _FLAT
    + r"(?:The\s+)?"
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r"){0,2},\s+(?:"
    + _NAME_WORD
    + r"\s+){1,2}(?:"
    + STREET_TYPES
    + r")\b"
    + _TOWN
)
_HOUSE_KIND_BEFORE_COMMA = re.compile(r"\b(?:" + HOUSE_KINDS + r"),")
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
            # Counts only after an address cue ("lives at", "address", "ended up at"), or
            # when the house is named as one ("Rose Cottage, Mill Lane").
            "house_name",
            HOUSE_NAME,
            0.35,
        ),
        (
            # Welsh and Gaelic kinds first: "12 Heol y Nant", "Flat 1, 4 Sràid na h-Eaglais"
            "street_first",
            _FLAT
            + r"\b"
            + _NUMBER
            + r",?\s+(?:"
            + STREET_FIRST
            + r")(?:\s+(?:"
            + _PARTICLE
            + r"\s*)?"
            + _NAME_WORD
            + r"){1,3}"
            + _TOWN,
            0.7,
        ),
        (
            "street_first_lower",
            r"\b\d{1,4}[a-z]?,?\s+(?:"
            + STREET_FIRST_LOWER
            + r")(?:\s+(?:"
            + _PARTICLE
            + r"\s*)?"
            + _LOWER_WORD
            + r"){1,2}\b"
            + _TOWN,
            0.6,
        ),
        (
            # a house number said aloud: "number twelve Elm Grove", "forty-two Mill Lane"
            "street_number_words",
            r"(?i:\b"
            + _NUMBER_WORD
            + r")\s+(?:"
            + _NAME_WORD
            + r"\s+){1,3}(?:"
            + STREET_TYPES
            + r")\b"
            + _TOWN,
            0.6,
        ),
        (
            # a street without a number after a home cue: "we live on Elm Grove"
            "street_after_home_cue",
            r"(?i:\b(?:live|lives|living|lived|stay|stays|staying|moved|moving|house|home"
            r"|address)\s+(?:is\s+)?(?:on|in|at|to|into|off|:|-)\s+)(?P<id>(?:"
            + _NAME_WORD
            + r"\s+){1,3}(?:"
            + STREET_TYPES
            + r")\b"
            + _TOWN
            + r"|(?:"
            + _LOWER_WORD
            + r"\s+){1,2}(?:"
            + STREET_TYPES.lower()
            + r")\b)",
            0.8,
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
        "moved into",
        "moving to",
        "moving into",
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
        ("I live at 12a Heol y Nant, Cardiff now", ["12a Heol y Nant, Cardiff"]),
        ("Address: Flat 3/2, 45 Dumbarton Road", ["Flat 3/2, 45 Dumbarton Road"]),
        ("we're at 7 bryn awel, pontypridd", ["7 bryn awel, pontypridd"]),
        ("She moved into Rose Cottage, Mill Lane.", ["Rose Cottage, Mill Lane"]),
        ("Flat 12, Kestrel House, Nelson Street", ["Flat 12, Kestrel House, Nelson Street"]),
        ("my address is 3 The Paddocks, Chippenham", ["3 The Paddocks, Chippenham"]),
        ("address - 14 st john's wynd, perth", ["14 st john's wynd, perth"]),
        ("Address: 88 Sràid na h-Eaglais", ["88 Sràid na h-Eaglais"]),
        ("I'm at number 9 Canal Side, Leeds", ["9 Canal Side, Leeds"]),
        ("it's number twelve Elm Grove", ["twelve Elm Grove"]),
        ("We live on Elm Grove in Swindon", ["Elm Grove"]),
        ("we live on kingfisher drive", ["kingfisher drive"]),
        ("I live on the estate", []),
        ("we had 2 pen drives and 3 bryn", []),
        ("Hi Dave Jones, Station Road was shut", []),
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
        if match.re.pattern == HOUSE_NAME and _HOUSE_KIND_BEFORE_COMMA.search(match.group(0)):
            score = 0.6
        if self.has_context(text, match.start(), match.end()):
            score = min(1.0, score + 0.2)
        return score
