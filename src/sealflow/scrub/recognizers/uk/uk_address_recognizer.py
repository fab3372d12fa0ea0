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
from collections.abc import Iterator
from typing import Any, ClassVar

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

STREET_TYPES = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl"
    "|Gardens|Gdns|Terrace|Tce|Grove|Hill|Row|Walk|Square|Sq|Mews|Rise|Parade|Park|View|Green"
    "|Vale|Wharf|Yard|Meadows|Fields|Boulevard|Gate|Lines|Barracks|Estate|Quay|Circus|Croft"
    "|Wynd|Brae|Loan|Loaning|Vennel|Gait|Chase|Glade|Mead|Meadow|Orchard|Orchards|Paddock"
    "|Paddocks|Cottages|Villas|Buildings|Side|Bank|Mount|Heights|Ridge|Dene|Garth|Fold|Nook"
    "|Hollow|Grange|Pastures|Spinney|Copse|Leys|Approach|Causeway|Broadway|Drove|Path|Steps"
    "|Holme|Brow|Dell|End|Common|Chine|Twitten|Cottage|Cl|Gr|Gro|Pde"
)
# Welsh and Gaelic street kinds stand before the name: "Heol y Nant", "Sràid na h-Eaglais".
STREET_FIRST = (
    "Heol|Hewl|Ffordd|Stryd|Lon|Lôn|Clos|Maes|Llys|Rhodfa|Cilgant|Teras|Parc|Bryn|Pant|Cae"
    "|Tan|Ty|Tŷ|Pen|Coed|Gerddi|Sgwar|Sgwâr|Sràid|Sraid|Rathad|Ceum|Cnoc|Druim|Baile|Taigh"
    # Welsh "Rhes" (row), "Stad" (estate), "Cwrt", "Llwyn", "Glan"; Irish street kinds
    "|Rhes|Stad|Cwrt|Llwyn|Glan|Bóthar|Bothar|Sráid|Lána|Ascaill|Cearnóg|Bóithrín|Céide"
    # English streets named "Mount ..." after a house number ("111 Mount Pleasant")
    "|Mount"
)
STREET_FIRST_LOWER = (
    "heol|ffordd|stryd|lon|lôn|clos|maes|llys|rhodfa|cilgant|teras|bryn|sràid|sraid|rathad"
    "|rhes|cwrt|bóthar|bothar|sráid|ascaill|cearnóg"
)
_PARTICLE = r"(?:y|yr|'r|na|nan|an|a'|am|na[ \t]+h-|de|le|la)"
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:a|one|two)[ \t]+hundred(?:[ \t]+and[ \t]+\w+(?:[\s\-]\w+)?)?)"
)
_DIGIT_SAID = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)"
# A house number said after its street ("Somme Road, number twenty three") or before it with
# "on" ("number 12 on Picton Road").
_HOUSE_NUMBER = r"(?:\d{1,4}[A-Za-z]?|" + _NUMBER_WORD + r"(?:[ \t\-]+" + _DIGIT_SAID + r"){0,2})"
# A house name: a named house ("Rose Cottage", "Kestrel House") or a name alone before a
# street ("Ty Gwyn, Hawthorn Road").
HOUSE_KINDS = (
    "Cottage|House|Farm|Farmhouse|Lodge|Barn|Mill|Manor|Hall|Villa|Bungalow|Cottages|Court"
    "|Mews|Croft|Steading|Grange|Rectory|Vicarage|Oast|Forge"
)
# One comma-separated part of an address written out: a house name ("Tigh na Mara", "The
# Old Forge", "tŷ gwyn"), a street, a town; words in any case, none an ordinary filler.
_STOP_WORDS = (
    r"(?!(?i:the|a|an|to|of|in|on|at|and|or|but|so|my|our|your|his|her|their|its|this|that"
    r"|with|for|from|near|by|as|is|was|were|are|be|been|had|have|has|we|i|you|they|he|she"
    r"|it|me|him|them|us|when|where|which|who|then|now|home|work|last|next|same|postcode"
    r"|tel|phone|mob|email|dob|ni|nhs|re|about|after|before|until|during|because|if|not|no"
    r"|yes|please|thanks|there|here|miles?|km|minutes?|mins?|hours?|hrs|days?|weeks?"
    r"|months?|years?|yrs|times?|people|just|only|all|some|more|very|too|also|still|moment"
    r"|ok|okay|yeah|today|tomorrow|yesterday|address|check|new|street|road|dear|above|below"
    r"|number|see|attached|enclosed|overleaf|unknown|withheld|tbc|given|provided|changed"
    r"|updated|confirmed|redacted|removed|i['’]\w+"
    # a chat's move told around the address: "moved into flat 7, 57 falkland way finally"
    r"|moved|moving|into|finally|eventually|recently|lol|tbh)\b)"
)
_NOT_NAME = (
    r"(?!(?:the|a|an|to|of|in|on|at|and|or|my|our|your|his|her|their|down|up|along|across|over"
    r"|miles?|km|minutes?|mins?|hours?|days?|weeks?|months?|years?|times?|people|men|women"
    r"|was|were|is|are|be|been|had|have|has|we|i|you|they|it|per|each|more|less|than|very"
    r"|just|about|only|all|some|most|new|old|other|same|first|last|next|few)\b)"
)
_NAME_WORD = r"[A-ZÀ-ÞŴŶ][A-Za-zÀ-ÿŵŷ'’\-]+"
_LOWER_WORD = _NOT_NAME + _STOP_WORDS + r"[a-z][a-z'’\-]+"
# a house number; never a year ("In 1982 Goose Green", "in 2014 Station Road flooded").
# A married quarter's or a tenement flat's number may stand before it with a slash ("2/89
# Castle Street", "9/42 Mount Pleasant"): the flat goes with the house, or it is left beside
# the placeholder; a date's year after a slash ("12/2024") is never a house number.
_FLAT_BEFORE = r"(?:\d{1,3}/(?=\d{1,3}(?![\d/])))?"
_NUMBER = r"(?<![\w/])" + _FLAT_BEFORE + r"(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?:-\d{1,4})?"
_FLAT_NUMBER = r"(?:\d{1,4}/\d{1,2}|\d{1,3}[A-Za-z]\d?|\d{1,4}|[A-Z])"
_FLAT = r"(?:(?:Flat|Apartment|Apt|Unit)[ \t]+" + _FLAT_NUMBER + r",?[ \t]+)?"
_TOWN = (
    r"(?:,[ \t]*(?!(?:which|where|and|but|so|then|near|just|during|when|while|it|i|we|is|was"
    # a hedge after the street, not its town: "6/98 Churchill Avenue, sort of near the gym"
    r"|sort|kind|right|opposite|behind|next|round|off)\b)"
    + _STOP_WORDS
    + r"[A-Za-z][a-z]+(?:[ \-][A-Z][a-z]+)?)?"
)
HOUSE_NAME = (
    r"\b"
    + _FLAT
    + r"(?:The[ \t]+)?"
    + _NAME_WORD
    + r"(?:[ \t]+"
    + _NAME_WORD
    + r"){0,2},[ \t]+(?:"
    + _NAME_WORD
    + r"[ \t]+){1,2}(?:"
    + STREET_TYPES
    + r")\b"
    + _TOWN
)
_POSTCODE_TEXT = (
    r"(?i:\b(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[ \t]?[0-9][ABD-HJLNP-UW-Z]{2}\b)"
)
_POSTCODE = re.compile(_POSTCODE_TEXT)
# An addressee written before the address ("c/o Mr Nakarawa, 31b Orchard Mews, IV31 2QR") is
# a person: no part of an address starts at a title, at the name after one, or inside "c/o".
_NOT_ADDRESSEE = r"(?<![cC]/)(?!(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?[ \t])"
# a title and up to two names just before an address found before its postcode: the
# addressee's words, which the address's first part then holds ("Mrs Ama Owusu, Orchard End")
_ADDRESSEE_BEFORE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?[ \t]+(?:[A-Z][\w'’\-]*\.?[ \t]+){0,2}$"
)
_CHUNK_WORD = (
    r"(?<![\w'’])"
    + _NOT_ADDRESSEE
    + r"(?!"
    + _POSTCODE_TEXT
    + r")"
    + _STOP_WORDS
    + r"(?:[^\W\d_][\w'’\-]*|\d{1,4}[A-Za-z]?\b)"
)
_CHUNK = (
    r"(?:The[ \t]+)?"
    + _CHUNK_WORD
    + r"(?:[ \t]+(?:(?:y|yr|na|nan|an|a'|am|de|le|la)[ \t]+)?"
    + _CHUNK_WORD
    + r"){0,3}"
)
_CHUNKS = _CHUNK + r"(?:,[ \t]*" + _CHUNK + r"){0,2}"
# after "Flat 2," even a lower-case "the" opens a name ("flat 1/2, the maltings")
_FLAT_CHUNKS = r"(?:the[ \t]+)?" + _CHUNKS
_HOME_CUE = (
    r"(?i:\b(?:(?:home[ \t]+|new[ \t]+|old[ \t]+)?address"
    r"(?:[ \t]+(?:is|as|for[ \t]+\w+(?:[ \t]+\w+)?"
    r"|held[ \t]+on[ \t]+\w+))?|addr|lives[ \t]+at|living[ \t]+at|live[ \t]+at|lived[ \t]+at"
    r"|registered[ \t]+to"
    r"|(?:wrote|write|writing|sent|send)[ \t]+to[ \t]+\w+[ \t]+at)[ \t]*[:(\-]?[ \t]*)"
)
# Cues that as often open an ordinary phrase ("I'm at peace", "we're at risk", "staying at
# a mate's", "a visit to Tesco"): what follows counts only when it reads as an address.
_WEAK_HOME_CUE = (
    r"(?i:\b(?:visit[ \t]+to|staying[ \t]+at|stays[ \t]+at"
    r"|(?:we['’]re|we[ \t]+are|i['’]m|i[ \t]+am|they['’]re)[ \t]+(?:now[ \t]+|still[ \t]+)?at)"
    r"[ \t]*[:(\-]?[ \t]*)"
)
# "number", "no." or "house number" just before a house number that opens an address
_HOUSE_NUMBER_WORD = re.compile(r"(?i:\b(?:house[ \t]+)?(?:number[ \t]+|no\.[ \t]*|no[ \t]+))$")
_MOVE_CUE = r"(?i:\b(?:moved|move|moving)[ \t]+(?:to|into)[ \t]+)"
_PART_BREAK = r"(?:,[ \t]*|[ \t]*\n[ \t]*)"
# the street part and town before a postcode: "Orchard End, Dumfries, BA23 6JH",
# "Tigh na Mara, Kestrel Way\nPontypridd\nYO26 4LS" (one line, then the town's line)
_BEFORE_POSTCODE = re.compile(
    r"(?P<id>"
    + _CHUNK
    + r"(?:,[ \t]*"
    + _CHUNK
    + r"){0,2}"
    + _PART_BREAK
    + _CHUNK
    + r")"
    + r"(?:,?[ \t]*|[ \t]*\n[ \t]*)(?i:postcode[ \t]+)?$"
)
# one whole line of an address written out, its end included
_LINE_WORD = r"(?:\d{1,4}[A-Za-z]?(?:/\d{1,2})?|[A-ZÀ-ÞŴŶ][\w'’\-]*)"
_ADDRESS_LINE = (
    r"(?!(?i:regards|cheers|best|kind|love|yours|sent|from)\b)"
    + r"(?:The[ \t]+)?"
    + _STOP_WORDS
    + _LINE_WORD
    + r"(?:(?:[ \t]+|,[ \t]*)(?:(?:y|yr|na|nan|an|a'|am|de|le|la)[ \t]+)?"
    + _LINE_WORD
    + r"){0,5}[ \t,.]*(?=\n|$)"
)
# an address written over lines below its cue: "Address:\nThe Old Rectory\nChurch Road"
_ADDRESS_BLOCK = (
    r"(?i:\b(?:home[ \t]+|new[ \t]+|old[ \t]+|postal[ \t]+|forwarding[ \t]+)?address"
    r"(?:[ \t]+is)?[ \t]*:?)[ \t]*\n[ \t]*(?P<id>"
    + _ADDRESS_LINE
    + r"(?:\n[ \t]*"
    + _ADDRESS_LINE
    + r"){1,4})"
)
# a house number, or a street's or house's kind: what makes "we're at ..." an address
_READS_AS_ADDRESS = re.compile(
    r"\d[\w/]*,?[ \t]+[A-Z]|(?i:\b(?:"
    + STREET_TYPES
    + "|"
    + HOUSE_KINDS
    + "|"
    + STREET_FIRST
    + r")\b)"
)
_HOUSE_KIND_BEFORE_COMMA = re.compile(r"\b(?:" + HOUSE_KINDS + r"),")
_PARTS = r"(?:Block|Blk|Room|Rm|Flat|Floor|Wing|Building|Bldg|Accommodation Block|Cabin|Bay)"
_LINES = (
    r"(?:Lines|Barracks|Camp|Garrison|Station|Road|Street|Close|Drive|Avenue|Crescent|Way|Lane"
    r"|Block|House|Hall|Court|Mess)"
)


# the cues after which a house number and a name are an address even with no street kind
_NO_KIND_CUE = (
    # (the first-letter look-ahead lets the search skip most positions at once)
    r"(?i:\b(?=[mlswaqh])(?:(?:moved|move|moving)[ \t]+(?:in[ \t]+)?(?:to|into)"
    r"|(?:live|lives|lived|living|stay|stays|stayed|staying)[ \t]+at"
    r"|(?:send|sent|post|write|wrote)[ \t]+(?:it[ \t]+)?to"
    r"|address[ \t]+(?:is|was|:)|(?:quarters?|sfa|house|home)[ \t]+(?:is|was|at|:))[ \t]*)"
)
# a street's name word without its kind: written in lower case after its capital ("Glebe"),
# so a unit's code in capitals ("1 PWRR") is never one
_NO_KIND_WORD = r"[A-ZÀ-ÞŴŶ][a-zà-ÿŵŷ'’\-]+"
# what follows a number that is a unit, a time or a date, not a street ("moved to 3 Para")
_NOT_UNIT_OR_TIME = (
    r"(?!(?:Para|PARA|Rifles|RIFLES|Commando|Cdo|Squadron|Sqn|Regiment|Regt|Brigade|Bde"
    r"|Company|Coy|Battalion|Bn|Division|Div|Wing|Flight|Field|Signal|Signals|Engineer"
    r"|Medical|Med|Mech|Armd|Inf|Recce|Log|Sig|Engr|Fd|Scots|Yorks|Lancs|Mercian|Troop"
    r"|Battery|Bty|Group|Close|Logistic"
    r"|Royal|Queen|King|Armoured|Infantry|Air|Naval|Training|Years?|Months?|Weeks?|Days?"
    r"|Hours?|Miles?|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|AM|PM|O['’]clock)\b)"
)


class UkAddressRecognizer(ContextRegexRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS: ClassVar = (
        (
            # a flat and what follows it: "Flat 1/3 Alder House, Rathad a' Chladaich"
            "flat",
            r"(?i:\b(?:flat|apartment|apt)[ \t]+)"
            # "flat a few times", "went flat i think": no flat's letter
            + r"(?!(?:a|i)\b)"
            + _FLAT_NUMBER.replace("A-Z]", "A-Za-z]")
            + r"\b(?:,?[ \t]+"
            + _FLAT_CHUNKS
            + r")",
            0.8,
        ),
        (
            # what follows a home cue: "lives at The Old Forge", "address: tŷ gwyn, carlisle"
            "after_home_cue",
            _HOME_CUE + r"(?P<id>" + _CHUNKS + r")",
            0.7,
        ),
        (
            "address_block",
            _ADDRESS_BLOCK,
            0.8,
        ),
        (
            # after a weak cue only what reads as an address: "we're at Pen y Bryn, Pit Row"
            "after_weak_home_cue",
            _WEAK_HOME_CUE + r"(?P<id>" + _CHUNKS + r")",
            0.7,
        ),
        (
            # a move to a place written out with its parts: "moved to Portree, The Stables"
            "after_move_cue",
            _MOVE_CUE + r"(?P<id>(?=[A-ZÀ-ÞŴŶ])" + _CHUNK + r"(?:,[ \t]*" + _CHUNK + r"){1,2})",
            0.7,
        ),
        (
            "street",
            _FLAT
            + _NUMBER
            + r",?[ \t]+(?:"
            + _NAME_WORD
            + r"[ \t]+){1,3}(?:"
            + STREET_TYPES
            + r")\b\.?"
            + _TOWN,
            0.85,
        ),
        (
            # one word holding its street kind: "21 Gallowgate", "4 Kirkgate", "9 Broadway"
            "street_one_word",
            _FLAT
            + _NUMBER
            + r",?[ \t]+[A-Z][a-z]+(?:gate|gait|wynd|loan|row|way)\b"
            # not a word before a noun ("3 Broadway shows")
            + r"(?=[ \t]*(?:[,.;:!?)\n]|$|(?:in|on|near|at|and)\b|[A-Z]))"
            + _TOWN,
            0.75,
        ),
        (
            "street_lower",
            r"(?i:flat[ \t]+\d{1,4}[a-z]?,?[ \t]+)?(?<![\w/])"
            + _FLAT_BEFORE
            + r"\d{1,4}[a-z]?,?[ \t]+"
            r"(?:the[ \t]+(?:" + _LOWER_WORD + r"[ \t]+){0,2}|(?:" + _LOWER_WORD + r"[ \t]+){1,3})"
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
            + r",?[ \t]+(?:"
            + STREET_FIRST
            + r")(?:[ \t]+(?:"
            + _PARTICLE
            + r"[ \t]*)?"
            + _NAME_WORD
            + r"){1,3}"
            + _TOWN,
            0.7,
        ),
        (
            "street_first_lower",
            r"\b\d{1,4}[a-z]?,?[ \t]+(?:"
            + STREET_FIRST_LOWER
            + r")(?:[ \t]+(?:"
            + _PARTICLE
            + r"[ \t]*)?"
            + _LOWER_WORD
            + r"){1,2}\b"
            + _TOWN,
            0.6,
        ),
        (
            # a house number said aloud: "number twelve Elm Grove", "forty-two Mill Lane"
            "street_number_words",
            r"(?i:\b(?=[otfsena])"  # the first letters of the number words: a quick skip
            # "number twelve ...", "flat four, ...": the word that says a number follows
            + r"(?:(?:number|no\.?|flat|apartment)[ \t]+)?"
            + _NUMBER_WORD
            # digits said one by one ("two three", "one-oh-four") and a pause ("twenty three,")
            + r"(?:[ \t\-]+"
            + _DIGIT_SAID
            + r"){0,2})\b,?[ \t]+(?:"
            + _NAME_WORD
            + r"[ \t]+){1,3}(?:"
            + STREET_TYPES
            + r")\b"
            + _TOWN,
            0.6,
        ),
        (
            # a street without a number after a home cue: "we live on Elm Grove"
            "street_after_home_cue",
            r"(?i:\b(?:live|lives|living|lived|stay|stays|staying|moved|moving|house|home"
            r"|address|quarters?|sfa)[ \t]+(?:is[ \t]+|was[ \t]+)?(?:on|in|at|to|into|off|:|-)"
            # "we're all on Wavell Road", "i'm on tidworth rd": where a family lives
            r"[ \t]+|(?:we['’]re|we[ \t]+are|i['’]m|they['’]re)[ \t]+"
            r"(?:all[ \t]+|now[ \t]+|still[ \t]+)?on"
            r"[ \t]+)(?P<id>(?:"
            + _NAME_WORD
            + r"[ \t]+){1,3}(?:"
            + STREET_TYPES
            + r")\b"
            + _TOWN
            + r"|(?:"
            + _LOWER_WORD
            + r"[ \t]+){1,2}(?:"
            + STREET_TYPES.lower()
            + r")\b)",
            0.8,
        ),
        (
            "street_then_number",
            r"(?:"
            + _NAME_WORD
            + r"[ \t]+){1,3}(?:"
            + STREET_TYPES
            + r")\b,?[ \t]+(?i:number|no\.?)[ \t]+(?i:"
            + _HOUSE_NUMBER
            + r")\b",
            0.7,
        ),
        (
            "number_on_street",
            r"\b(?i:number|no\.)[ \t]+(?i:"
            + _HOUSE_NUMBER
            + r")[ \t]+(?:on|in)[ \t]+(?:"
            + _NAME_WORD
            + r"[ \t]+){1,3}(?:"
            + STREET_TYPES
            + r")\b",
            0.7,
        ),
        (
            # a street named as one: "a street called Coronation Terrace", "road named Elm Way"
            "street_called",
            r"(?i:\b(?=[srlaecdwt])(?:street|road|lane|avenue|estate|close|crescent|drive|way"
            r"|terrace)[ \t]+(?:called|named)[ \t]+)(?P<id>(?:"
            + _NAME_WORD
            + r"[ \t]+){1,3}(?:"
            + STREET_TYPES
            + r")\b)",
            0.7,
        ),
        (
            # "the" before a street's kind: "8 the Crescent", "Flat 1, 3 The Green"
            "street_the",
            _FLAT
            + _NUMBER
            + r",?[ \t]+[Tt]he[ \t]+(?:"
            + _NAME_WORD
            + r"[ \t]+){0,2}(?:"
            + STREET_TYPES
            + r")\b"
            + _TOWN,
            0.7,
        ),
        (
            # a house number and a street named without its kind, after a home cue: "we
            # moved to 27 Wellington, Larkhill", "send it to 3 Glebe, Amesbury"
            "street_without_kind",
            _NO_KIND_CUE
            + r"(?P<id>"
            + _FLAT
            + _NUMBER
            + r",?[ \t]+"
            + _NOT_UNIT_OR_TIME
            + _NO_KIND_WORD
            + r"(?:[ \t]+"
            + _NOT_UNIT_OR_TIME
            + _NO_KIND_WORD
            + r")?"
            + _TOWN
            + r")(?=[ \t]*(?:[,.;:!?)\n]|$|(?:in|near|at|and|then|with|for)\b))",
            0.7,
        ),
        (
            "quarters",
            r"(?i:\b"
            + _PARTS
            + r"[ \t]+(?:\d{1,4}[A-Za-z]?|[A-Za-z])\b(?:,?[ \t]+"
            + _PARTS
            + r"[ \t]+(?:\d{1,4}[A-Za-z]?|[A-Za-z])\b)*)"
            r"(?:,?[ \t]+(?:" + _NAME_WORD + r"[ \t]+){1,3}" + _LINES + r"\b"
            r"|,?[ \t]+(?i:(?:[a-z][a-z'\-]+[ \t]+){1,2}"
            r"(?:lines|barracks|camp|garrison|block|house|hall|court|mess)\b))?",
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
        ("Family are in a MQ at 2/89 Castle Street, near the gym.", ["2/89 Castle Street"]),
        ("in a quarter at 1/102 fore street on the patch", ["1/102 fore street"]),
        ("the 12/2024 Station Road works", []),
        ("at 6/98 Churchill Avenue, sort of near", ["6/98 Churchill Avenue"]),
        ("married quarter at 111 Mount Pleasant - damp", ["111 Mount Pleasant"]),
        ("we climbed Mount Snowdon twice", []),
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
        ("but it's 21 Gallowgate in Kirkwall", ["21 Gallowgate"]),
        ("we ran 3 Broadway shows and 2 Stoneway ones", []),
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
        (
            "4 Bóthar na Trá, Galway and 7 Rhes Glyndwr",
            ["4 Bóthar na Trá, Galway", "7 Rhes Glyndwr"],
        ),
        ("I'm at number 9 Canal Side, Leeds", ["number 9 Canal Side, Leeds"]),
        ("it's number twelve Elm Grove", ["number twelve Elm Grove"]),
        ("We live on Elm Grove in Swindon", ["Elm Grove"]),
        ("we live on kingfisher drive", ["kingfisher drive"]),
        ("anyone else at BZN? we're all on Wavell Road", ["Wavell Road"]),
        ("i'm on tidworth rd now, we're on leave", ["tidworth rd"]),
        ("Mr Taylor\nno.52 Ypres Road, Darlington", ["no.52 Ypres Road, Darlington"]),
        ("I live on the estate", []),
        ("we had 2 pen drives and 3 bryn", []),
        ("my address is 3 the paddocks, chippenham", ["3 the paddocks, chippenham"]),
        ("we had 2 green cards and 3 park passes", []),
        ("Hi Dave Jones, Station Road was shut", []),
        ("Lives at Flat 5B, The Maltings, Omagh", ["Flat 5B, The Maltings, Omagh"]),
        ("flat 1/2, the maltings, folkestone", ["flat 1/2, the maltings, folkestone"]),
        ("Mum still lives at The Old Forge.", ["The Old Forge"]),
        ("was living at hafod wen with no help", ["hafod wen"]),
        ("moved to Portree, The Stables, Cae Mawr, near", ["Portree, The Stables, Cae Mawr"]),
        ("Orchard End, Dumfries, BA23 6JH", ["Orchard End, Dumfries"]),
        (
            "Address:\nThe Old Rectory\nChurch Road\nLlandeilo\nHe said",
            ["The Old Rectory\nChurch Road\nLlandeilo"],
        ),
        (
            "Address:\nFlat 2\nRose Court\n14 Mill Lane\nLeeds LS1 4AB",
            ["Flat 2\nRose Court\n14 Mill Lane\nLeeds"],
        ),
        ("Address:\n14 Mill Lane\nLeeds\nThanks", ["14 Mill Lane\nLeeds"]),
        ("Address:\nwe talked about it\nlater on", []),
        (
            "Team\nTigh na Mara, Kestrel Way\nPontypridd\nYO26 4LS",
            ["Tigh na Mara, Kestrel Way\nPontypridd"],
        ),
        ("he lives at home and moved to nights, then to Germany", []),
        ("the flat was damp for 4 weeks; flat 2 was worse", []),
        ("12 September 2026\n\nDear Dr Jones", []),
        ("Lowestoft, SP22 1GE, not the address above.", []),
        ("the practice has his old address as The Stables. Then", ["The Stables"]),
        ("P1: We're at Pen y Bryn, Pit Row now", ["Pen y Bryn, Pit Row"]),
        ("I'm at peace with it; we're at risk, I'm at breaking point", []),
        ("I'm at uni now, staying at Tesco's, a visit to Headspace", []),
        ("I'm at 40 a day now, we're at 3 kids. Address: see above", []),
        ("it fell flat a few times and the battery went flat i think", []),
        ("In 1982 Goose Green was hard; in 2014 Station Road flooded", []),
        ("Flat A, 12 High Street", ["Flat A, 12 High Street"]),
        ("they're at 7 Sycamore Cl. now", ["7 Sycamore Cl."]),
        ("Wrote to SU at 120 Mariners Reach; copy", ["120 Mariners Reach"]),
        ("we're at work and I'm at the base", []),
        ("back there, 65 Heol y Nant, same street as my nan", ["65 Heol y Nant"]),
        ("living at 113 heol y nant with no help", ["113 heol y nant"]),
        (
            "please check the address, 34, Penhallow Close, Wigan AB20 2LJ",
            ["34, Penhallow Close, Wigan"],
        ),
        ("We moved to 27 Wellington, Larkhill.", ["27 Wellington, Larkhill"]),
        ("send it to 3 Glebe, Amesbury and", ["3 Glebe, Amesbury"]),
        ("we stayed at 8 the Crescent.", ["8 the Crescent"]),
        ("we got a quarter on Churchill Road.", ["Churchill Road"]),
        ("I lived on a street called Coronation Terrace.", ["Coronation Terrace"]),
        ("quarters at 12 Gun Lane; SFA at 3 Alamein Close", ["12 Gun Lane", "3 Alamein Close"]),
        ("we moved to 3 Para in 2009, moved to 5 March and moved to 2 Bn", []),
        ("we lived at number 12 Marne Road", ["number 12 Marne Road"]),
        ("we were at no. 7 Kiwi Road then", ["no. 7 Kiwi Road"]),
        ("we lived at number twelve Marne Road", ["number twelve Marne Road"]),
        ("flat four, Kings Court", ["flat four, Kings Court"]),
        ("c/o Mr Nakarawa, 31b Orchard Mews, IV31 2QR", ["31b Orchard Mews"]),
        (
            "new address 2/98 Admiralty Road, it's 2/25 Elm Close",
            ["2/25 Elm Close", "2/98 Admiralty Road"],
        ),
        ("Mrs Ama Owusu, Orchard End, Dumfries, DG1 6JH", ["Orchard End, Dumfries"]),
        ("it was number one on the list, a number of roads", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        # the patterns are compiled guarded (base.GUARD_FIRST_CHARACTERS); score_match
        # tells them apart by how they were written
        self._written = {
            regex: written
            for (_, regex, _), (_, written, _) in zip(self._compiled, self.PATTERNS, strict=True)
        }

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().iter_matches(text):
            # "at number 12 Marne Road", "no. 7 Kiwi Road": the word that says the house
            # number follows is part of the address, not left beside it
            said = _HOUSE_NUMBER_WORD.search(text, max(0, start - 16), start)
            yield (said.start() if said else start), end, score
        for postcode in _POSTCODE.finditer(text):
            window_start = max(0, postcode.start() - 160)
            before = _BEFORE_POSTCODE.search(text, window_start, postcode.start())
            if before is None:
                continue
            start = before.start("id")
            if _ADDRESSEE_BEFORE.search(text, max(0, start - 40), start):
                comma = text.find(",", start, before.end("id"))
                if comma < 0:
                    continue
                start = comma + 1
                while text[start] in " \t\n":
                    start += 1
            yield start, before.end("id"), 0.75

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        score = base_score
        written = self._written.get(match.re, match.re.pattern)
        if written.startswith(_WEAK_HOME_CUE) and not _READS_AS_ADDRESS.search(match.group("id")):
            return None
        if written.startswith(r"(?i:\b(?:Block"):
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
        if written == HOUSE_NAME and _HOUSE_KIND_BEFORE_COMMA.search(match.group(0)):
            score = 0.6
        if self.has_context(text, match.start(), match.end()):
            score = min(1.0, score + 0.2)
        return score
