"""UK postcodes (full unit postcodes, with or without the space, any case), and a postcode
district alone ("SP9", "ba12") where the words around it say it is one.

Typed as people type them: run together ("sp97ab"), or with one to three spaces, a tab, a
dot or a dash between the outward and inward codes ("SP9  7AB", "sp9-7ab"), a space inside
the inward code ("DL9 4 AB"), or broken over one line ("SP22" / "1GE"
in hard-wrapped text). Said letter by letter, they are
``SpokenPostcodeRecognizer``'s.

A district alone names a few thousand households, and beside a garrison far fewer ("SP9"
is Tidworth's), so it goes too, but only with a cue, as "M4", "A1", "B12" and "CO2" are
roads, vitamins and gases far more often than places: "postcode SP9", "the BA12 area", or
after "live in", "from", "near" when the area has two letters ("from DN22"; "in CO2" and
"on HS2" are not districts).
"""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

# Every postcode area of the UK, the Crown dependencies and BFPO (Royal Mail's list).
POSTCODE_AREAS = frozenset(
    """AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH
    DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT
    KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH
    RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF
    WN WR WS WV YO ZE""".split()  # noqa: SIM905 - a table easier to read than a list
)
# a district alone: area letters, then the district's digit(s) and letter
_DISTRICT = (
    r"(?<![\w/\-])(?P<id>(?P<area>[A-PR-UWYZ][A-HK-Y]?)"
    r"(?:[0-9]{1,2}|[0-9][A-HJKPSTUW]))(?![\w/\-]|[ \t]*[0-9][A-Z]{2}\b)"
)
# "postcode SP9", "post code's sp9", "p/code: SP9" just before the district
_POSTCODE_WORD_BEFORE = re.compile(
    r"\b(?:post[ \t]?code|p/code|pcode)(?:['’]s|[ \t]+(?:is|was|area))?[ \t]*[:\-]?[ \t]*$",
    re.IGNORECASE,
)
# a street just before it, then a comma or a bracket ("the quarters on Somme Rd, IV31",
# "Bulford Road (TR12)"), or married quarters' words ("sfa in g84"): an address's district
_STREET_BEFORE = re.compile(
    r"(?:\b(?:road|rd|close|cl|avenue|ave|way|street|st|lane|ln|drive|dr|crescent|cres|place|"
    r"court|ct|terrace|gardens|gdns|grove|square|sq|row|walk|mews|parade)\.?[ \t]*[,(]"
    r"|\b(?:sfa|quarters|qtrs|mqs?)[ \t]+(?:in|at|on))[ \t]*$",
    re.IGNORECASE,
)
# an address block's last line: a place, a comma, then the district ending the line ("RAF
# Odiham, CF14", "Brize, bh20" under a signature)
_PLACE_COMMA_BEFORE = re.compile(r"(?-i:[A-Z][\w'’\-]+)[ \t]*,[ \t]*$")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
# "the BA12 area", "SP9 postcode", "SP9 way" just after it
_AREA_WORD_AFTER = re.compile(r"[ \t]+(?:area|postcode|post[ \t]code|district|way)\b", re.I)
# "live in DN22", "from LS6", "near SP9": a two-letter area only
_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:live|lives|lived|living|based|moved|move|from|near|round|around|in|we['’]?re|were"
    r"|(?:moved|move|moving|posted|went)[ \t]+(?:\w+[ \t]+)?to)"
    r"(?:[ \t]+the)?[ \t]+$",
    re.IGNORECASE,
)
# a town, then its district in brackets: "of Luton (LU4)", "from Catterick (DL9)"
_TOWN_BEFORE_BRACKET = re.compile(
    r"\b(?:of|from|in|near)[ \t]+(?-i:[A-Z][\w'’\-]+)(?:[ \t]+(?-i:[A-Z][\w'’\-]+))?[ \t]*\($"
)
# a postcode named earlier on the same line, within a sentence or two: the districts after it
# are what the speaker compares it with ("postcode is S P nine, one E D, its the EX8 one")
_POSTCODE_EARLIER_ON_THE_LINE = re.compile(
    r"\b(?:post[ \t]?code|p/code|pcode)\b[^\n]{0,80}$", re.IGNORECASE
)
_COMPARED_BEFORE = re.compile(r"\b(?:the|not|or)[ \t]+$", re.IGNORECASE)
_ONE_AFTER = re.compile(r"[ \t]+one\b", re.IGNORECASE)
# the one-letter areas whose districts people name alone (Glasgow's G84, Liverpool's L15)
_ONE_LETTER_DISTRICT_AREAS = frozenset("EGLNSW")
_BARE_IN_BEFORE = re.compile(r"(?<![\w'’])in(?:[ \t]+the)?[ \t]+$", re.IGNORECASE)
# codes with an area's letters that are something else far more often than a district
_NOT_DISTRICTS = frozenset(["CO2", "SO2", "HS2", "CH4", "CH5", "PE1", "PE2", "ST1", "DD1"])


class UkFullPostcodeRecognizer(ContextRegexRecognizer):
    ENTITY = "POSTCODE"
    FLAGS = re.IGNORECASE
    PATTERNS = (
        (
            "postcode",
            r"\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"
            r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
            r"(?:[ \t]{0,3}|[.\-]|[ \t]*\n[ \t]*)[0-9] ?[ABD-HJLNP-UW-Z]{2})\b",
            0.8,
        ),
        ("district", _DISTRICT, 0.85),
        # Royal Mail never uses C, I, K, M, O or V in the inward code's letters, but a postcode
        # typed with one (a slip of the keys, or invented for a form) still names the street;
        # taken where its area is a real one
        (
            "any_letters",
            r"\b(?P<area>[A-PR-UWYZ][A-HK-Y]?)(?:[0-9]{1,2}|[0-9][A-HJKPSTUW])"
            r"(?:[ \t]{0,3}|[.\-])[0-9] ?[A-Z]{2}\b",
            0.8,
        ),
    )
    CONTEXT = ("postcode", "post code", "address", "live", "lives", "living")
    EXAMPLES = (
        ("we moved to SP9 7AB last year", ["SP9 7AB"]),
        ("postcode sw1a2aa", ["sw1a2aa"]),
        ("Catterick DL9 3PS", ["DL9 3PS"]),
        ("EC1A 1BB and M1 1AE", ["EC1A 1BB", "M1 1AE"]),
        ("flat 1, 20 the Crescent, SP9  2EP.", ["SP9  2EP"]),
        ("postcode's ox18  9lr if u're sending", ["ox18  9lr"]),
        ("Lowestoft, SP22\n1GE; the family", ["SP22\n1GE"]),
        ("the A303 and M4 were closed", []),
        ("the M4\n\n2AB said", []),
        ("version 2.1 of form A1", []),
        ("postcode SP9 7CK, or DL9 4MV", ["SP9 7CK", "DL9 4MV"]),
        ("form A1 2CK and XX9 1AB", []),
        # a district alone, with a cue
        ("postcode SP9 if that helps", ["SP9"]),
        ("we live in the BA12 area", ["BA12"]),
        ("im in ln4 area", ["ln4"]),
        ("we are in DN22 now", ["DN22"]),
        ("we moved to SP4 from LS6", ["SP4", "LS6"]),
        ("post code: tn12", ["tn12"]),
        ("Kojo Mensah, of Plymouth (PL5), and Asif, of Luton (GU12)", ["PL5", "GU12"]),
        ("the M4 (J12), of Leeds (M1 junction), in Rome (B12 vitamins)", []),
        # no cue, a road, a vitamin, a gas or a rail line
        ("took the M4 then the A303", []),
        ("low on B12 and iron", []),
        ("a rise in CO2 levels", []),
        ("works on HS2", []),
        ("in M4 traffic", []),
        ("SP9 was the code", []),
        # a space inside the inward code only in capitals ("DL9 4 AB"), never a word after it
        ("i'm near BA12 on the A303", ["BA12"]),
        ("parcel to DL9 4 AB today", ["DL9 4 AB"]),
        # a gas's or rail line's code with a cue that names a postcode; districts compared
        # with a postcode said on the same line; a one-letter area's district after "near"
        ("She's in the CO2 area, so Colchester", ["CO2"]),
        ("Mei Wong, of Pokhara (CO2), was", ["CO2"]),
        ("postcode is S P nine, one E D, its the EX8 one not SP4", ["EX8", "SP4"]),
        ("its the EX8 one not SP4", []),
        ("postcode is C O two, three Q Q, its the EX8 one not CO2 ta", ["CO2", "EX8"]),
        ("postcode SP9 7AB, and CO2 levels are up", ["SP9 7AB"]),
        ("anyone near g84? need a lift", ["g84"]),
        ("low in B12, stuck near M60", []),
        # after a street and a comma or a bracket, married quarters' words, "we're"
        (
            "the quarters on somme rd, iv31\nBulford Road (TR12) and sfa in g84",
            ["iv31", "TR12", "g84"],
        ),
        ("were GU24 too! we're in SP9 now", ["GU24", "SP9"]),
        ("Flat 2, Station Rd, M4 junction; the road (A303) and the street, B12 vitamins", []),
        # an address block's last line: a place, a comma, the district ending the line
        ("Guy Hargreaves | 30502340\nRAF Odiham, CF14\nBrize, bh20", ["CF14", "bh20"]),
        ("Leeds, M5\nHe went to Paris, CO2\nRAF Odiham, CF14 is near", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        if "id" in match.re.groupindex:
            return base_score if _cued_district(match, text) else None
        if "area" in match.re.groupindex and match.group("area").upper() not in POSTCODE_AREAS:
            return None
        value = match.group(0)
        if value[-3] in " \t" and not value[-2:].isupper():
            return None  # "near BA12 on the A303": a district, then a word, not "BA1 2ON"
        score = base_score if value.isupper() or any(c.isdigit() for c in value[:2]) else 0.6
        if self.has_context(text, match.start(), match.end()):
            score = min(1.0, score + self.CONTEXT_BOOST)
        return score


def _cued_district(match: re.Match[str], text: str) -> bool:
    """Whether a district alone is one: a real area, and a cue before or after it.

    A code that is mostly a gas or a rail line ("CO2", "HS2") counts only with a cue that
    names a postcode ("the CO2 area", "of Colchester (CO2)"), never after "in" or "near"."""
    value, area = match.group("id"), match.group("area").upper()
    if area not in POSTCODE_AREAS:
        return False
    start, end = match.start("id"), match.end("id")
    window = text[max(0, start - 24) : start]
    if _POSTCODE_WORD_BEFORE.search(window) or _AREA_WORD_AFTER.match(text, end):
        return True
    if _STREET_BEFORE.search(window) and (len(area) == 2 or area in _ONE_LETTER_DISTRICT_AREAS):
        return True
    if (
        _PLACE_COMMA_BEFORE.search(window)
        and _LINE_END_AFTER.match(text, end)
        and (len(area) == 2 or area in _ONE_LETTER_DISTRICT_AREAS)
        and value.upper() not in _NOT_DISTRICTS
    ):
        return True
    if _TOWN_BEFORE_BRACKET.search(text[max(0, start - 40) : start]) and text[end : end + 1] == ")":
        return True  # "Kojo Mensah, of Plymouth (PL5), was"
    line_start = text.rfind("\n", 0, start) + 1
    if len(area) == 2 and _POSTCODE_EARLIER_ON_THE_LINE.search(text, line_start, start):
        # "postcode is S P nine, one E D, its the EX8 one not SP4"; a gas's code only where
        # it is compared so ("its the CO2 one", "not CO2"), not in "CO2 levels"
        return value.upper() not in _NOT_DISTRICTS or bool(
            _COMPARED_BEFORE.search(text, line_start, start) or _ONE_AFTER.match(text, end)
        )
    if value.upper() in _NOT_DISTRICTS:
        return False
    if len(area) == 1:
        # "anyone near G84?", "we live in L15": one letter and two digits after a place cue,
        # not a bare "in" ("low in B12") and never a motorway's M or a vitamin's B
        return (
            area in _ONE_LETTER_DISTRICT_AREAS
            and len(value) == 3
            and value[1:].isdigit()
            and _PLACE_WORD_BEFORE.search(window) is not None
            and not _BARE_IN_BEFORE.search(window)
        )
    return _PLACE_WORD_BEFORE.search(window) is not None
