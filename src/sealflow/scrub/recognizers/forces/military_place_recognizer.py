"""Named bases, stations, ships and units: a configurable gazetteer plus their general shapes.

The gazetteer (config/scrub/gazetteer.yaml) lists places by type. The shapes catch what it
does not list, in any case: "RAF Lossiemouth", "raf high wycombe", "RMB Chivenor", "HMS
Dauntless", "British Forces Cyprus", "Kiwi Barracks", "Bhurtpore Lines", "Northwood
Headquarters", "3 Rifles", "1st Battalion", "22 engineer regiment", "XV Squadron", "1 Royal
Irish". Words between a number and a unit word must not be ordinary filler ("3 years in the
regiment" stays). Service-wide names (the Army, the Royal Navy, RAF alone) stay.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.lines import line_around
from sealflow.scrub.phrases import PhraseMatcher
from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.first_characters import guarded
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORD_ALTERNATION, RANKS
from sealflow.scrub.recognizers.forces.ship_names import ShipNames
from sealflow.scrub.recognizers.generic.age_recognizer import in_an_age_band
from sealflow.scrub.recognizers.generic.person_cues import CIVIL_TITLE
from sealflow.scrub.recognizers.uk.uk_town_recognizer import THING_AFTER, all_shipped_towns

_CAP = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_WORD = r"[A-Za-z][A-Za-z'’&\-]*"
# a unit's trailing name word: "Royal", or a code in capitals ("RLC", "IX", "FPGRM")
_CAP_OR_CODE = r"(?![\w'’&\-]*:)(?:" + _CAP + r"|[A-Z]{2,6}\b(?!\())"
# "3", "3rd", "3rd (UK)", "1(F)", "IX(B)", "No. 1" (the "No." inside the span)
_NUM = (
    # "9th/12th" (an amalgamated regiment's two numbers)
    r"(?:(?:No\.?\s?)?\d{1,4}(?:st|nd|rd|th)?(?:/\d{1,2}(?:st|nd|rd|th)?)?"
    # "3 (UK)", "38 (Irish)", "160th (Welsh)", "143 (West Midlands)"
    r"(?:\s?\((?:UK|United\s+Kingdom|[A-Z]{1,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\))?"
    r"|[IVXL]{1,5}(?:\([A-Za-z]{1,3}\))?)"
)
_BASE_PREFIX = (
    r"RAF|RNAS|R\.N\.A\.S\.?|RMB|HMNB|MOD|MoD|DSTL|JSU|RM|RAF\s+Station"
    r"|Royal\s+Naval\s+Air\s+Station|(?:HM|Her\s+Majesty['’]s|His\s+Majesty['’]s)\s+Naval\s+Base"
    r"|British\s+Forces|BF|Camp|Fort|Joint\s+Support\s+Unit"
    # operational bases: "FOB Price", "Patrol Base Wahid", "Contingency Operating Base Basra"
    r"|FOB|COB|Patrol\s+Base|(?:Forward|Contingency|Main)\s+Operating\s+Base"
)
_BASE_SUFFIX = (
    r"Barracks|Camp|Garrison|Lines|Airfield|Dockyard|Naval\s+Base|Training\s+Area|Air\s+Station"
    r"|Cantonment|Headquarters|HQ|Station|Base"
)
_UNIT_WORDS = (
    r"Bn|Battalion|Regiment|Regt|Squadron|Sqn|Brigade|Bde|Company|Coy|Battery|Bty|Platoon|Troop"
    r"|Wing|Flight|Division|Div|Commando|Cdo|Field\s+Hospital|Hospital|Group|Flotilla|Corps"
    r"|Rifles|Para|PARA|SCOTS|Signals|Sigs|Lancers|Hussars|Dragoons|Fusiliers|Guards|Yeomanry"
    r"|Mercian|MERCIAN|Yorks|YORKS|Lancs|LANCS|RLC|REME|RE|RA|RAMC|RHA|RTR|RGR|RWF|RRF|RM|AAC"
    r"|NAS|Naval\s+Air\s+Squadron"
)
# Royal Marines say their commando's number in words: "Forty Commando", "four two cdo".
# In lower case "re" after a time and before a word, or before a determiner, is "regarding"
# ("at 1430 re housing", "called 14 re the form"), not the Royal Engineers ("22 re for six
# years" is); "rm" is a room.
_REGARDING = re.compile(r"(?:(?<!\d)\d{4}[ \t]+(?:re|rm)|\d[ \t]+re)$")
_WORD_NEXT = re.compile(r"[ \t]+[a-z]")
_DETERMINER_NEXT = re.compile(
    r"[ \t]+(?:the|a|an|my|his|her|their|your|our|this|that|these|those|ur|yr)\b"
)


def _regarding(text: str, result: RecognizerResult) -> bool:
    """Whether a unit found is a number and the "re" (regarding) or "rm" (room) of a note."""
    if result.entity_type != "UNIT":
        return False
    found = _REGARDING.search(text, result.start, result.end)
    if found is None:
        return False
    if found.group(0)[:4].isdigit():  # a time: any word after it
        return _WORD_NEXT.match(text, result.end) is not None
    return _DETERMINER_NEXT.match(text, result.end) is not None


# "See JSP 770 para 4", "PAM 21 para 3.2", "Ser 14 para 4", "2024DIN01-123 para 4": the
# number of a document, a list's serial or a reference, and the paragraph in it, not the
# Parachute Regiment's battalion ("2 Para"). A document's or a list's cue before the number,
# a paragraph's number after "para".
_PARAGRAPH = re.compile(
    r"(?:\b(?:JSP|PAM|DIN|AGAI|QRs?|AP|BR|DSA|JSD|SOP|SOI|Ser|Serial|Annexe?|Chapter|Chap"
    r"|Section|Sect|Part|Art|Article|Page|Pg|Policy|Reg|Regulation|Vol|Volume)[ \t]+|[\-/])"
    r"\d{1,4}[ \t]+(?i:para)$"
)
_PARAGRAPH_NUMBER = re.compile(r"s?[ \t]+\d{1,3}(?:\.\d{1,3})*\b")


# a number's earlier groups just before a unit's number: "07700-900-341 re housing", "(07700)
# 900 159 re": the unit's number is a phone's or a reference's last group
# (joined by a hyphen or a bracket, or after a phone's groups opening with 0: "07700 900 341
# re"; not "in 2009 3 PARA", a year and then a battalion)
_LONGER_NUMBER_BEFORE = re.compile(r"\d[ \t]?[\-)][ \t]?$|\b0\d{2,5}\)?(?:[ \t]\d{2,4})?[ \t]$")


def _end_of_a_longer_number(text: str, result: RecognizerResult) -> bool:
    """Whether a unit found opens with the last group of a longer number."""
    return (
        result.entity_type == "UNIT"
        and text[result.start : result.start + 1].isdigit()
        and _LONGER_NUMBER_BEFORE.search(text, max(0, result.start - 16), result.start) is not None
    )


def _paragraph(text: str, result: RecognizerResult) -> bool:
    """Whether a unit found is a reference's number and "para" (a paragraph's cue)."""
    return (
        result.entity_type == "UNIT"
        and _PARAGRAPH.search(text, max(0, result.start - 16), result.end) is not None
        and _PARAGRAPH_NUMBER.match(text, result.end) is not None
    )


# weekdays and their written short forms
WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip
_SPOKEN_COMMANDO = re.compile(
    r"(?i:\b(?:(?:forty|fifty|thirty|twenty)(?:[\s\-](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|(?:three|four)[\s\-](?:zero|oh|one|two|three|five|nine))\s+"
    r"(?:commando|cdo)\b(?:\s+(?:RM|Royal\s+Marines))?)"
)
FILLER = frozenset(
    [
        "last",
        "next",
        "this",
        "that",
        "then",
        "when",
        "where",
        "there",
        "here",
        "now",
        "today",
        "yesterday",
        "tomorrow",
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "hours",
        "minutes",
        "times",
        "people",
        "men",
        "women",
        "of",
        "in",
        "at",
        "on",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "with",
        "for",
        "from",
        "my",
        "our",
        "his",
        "her",
        "their",
        "your",
        "we",
        "i",
        "you",
        "they",
        "it",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "had",
        "have",
        "has",
        "did",
        "do",
        "not",
        "no",
        "so",
        "but",
        "just",
        "very",
        "really",
        "about",
        "over",
        "under",
        "into",
        "posted",
        "based",
        "stationed",
        "moved",
        "went",
        "sent",
        "joined",
        "left",
        "visited",
        "back",
        # what a chat runs on with after a place written in lower case ("joined the raf
        # tbh", "back in the raf after 6 months", "leaving the raf cheers davo")
        "after",
        "before",
        "too",
        "again",
        "soon",
        "tbh",
        "lol",
        "cheers",
        "please",
        "pls",
        "together",
        *WEEKDAYS,
    ]
)
# a weekday after a place is when, not the place's name ("off to HMS Kent Mon 8th", "RAF
# Coningsby Sat 12th", "back from DST Leconfield Monday", "COB Monday"): in any case
_NOT_FILLER = (
    r"(?!(?:" + "|".join(sorted(FILLER)) + r")\b)(?!(?i:" + "|".join(sorted(WEEKDAYS)) + r")\b)"
)
# An appointment before "HQ" names a post, not a place: "OC HQ Coy", "2IC HQ Sqn".
_NOT_AN_APPOINTMENT = r"(?!(?:OC|CO|2IC|RSM|CSM|SSM|QM|QMS|SO[123]|Adjt|UWO|OIC|SNCO)\b)"
_CAPW = r"[A-Z][A-Za-z'’&\-]*"
# A name may be hard-wrapped over one line break ("HMS" / "Astute"), never over a blank line
# or into a labelled line ("the MOD" / "Participant: ...", "HMS Lancaster" / "Address: ..."),
# nor into a line that opens a place of its own (an address block's "HMS Albion" / "HMS
# Sultan": a ship, then the shore establishment it is at).
_WRAP = (
    r"(?:[ \t]+|[ \t]*\n[ \t]*(?![^\n:]{0,30}:)"
    r"(?!(?:HMS|RFA|HMY|HMSM|HMNB|RNAS|RAF|RMB|MOD|DMS|ATR|ITC)\b))"
)
# a rank or title opening the words after a unit's comma: a person, not the unit's name
_NOT_RANK = r"(?!(?:" + RANK_WORD_ALTERNATION + r"|Mr|Mrs|Ms|Miss|Dr)\b)"
# one more word of a unit's trailing name ("Royal" + " Marines", "Fleet" + " Protection")
_MORE_NAME_WORDS = r"(?:" + _WRAP + r"(?:of" + _WRAP + r")?" + _NOT_FILLER + _CAP_OR_CODE + r")"
_NAMED = (
    _NOT_FILLER
    + _CAPW
    + r"(?:"
    + _WRAP
    + r"(?:of"
    + _WRAP
    + r"(?:the"
    + _WRAP
    + r")?)?"
    + _NOT_FILLER
    + _CAPW
    + r")?"
)
_OF_NAME = (
    r"(?:"
    + _WRAP
    + r"of"
    + _WRAP
    + r"(?:the"
    + _WRAP
    + r")?"
    + _CAPW
    + r"(?:"
    + _WRAP
    + r""
    + _CAPW
    + r")?)?"
)
# What names a ship before its name: "HMS", "RFA", "Her Majesty's Ship", "HM Submarine".
_SHIP_PREFIX = (
    r"(?:HMS|RFA|HMY|HMSM|H\.M\.S\.?|R\.F\.A\.?|(?:(?:Her|His)"
    + _WRAP
    + r"Majesty['’]s|HM)"
    + _WRAP
    + r"(?:Ship|Submarine|Yacht))"
)
_SHIP_PREFIX_RE = re.compile(_SHIP_PREFIX, re.IGNORECASE)
_BATTALION_BEFORE = re.compile(
    r"(?i:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d{1,2}(?:st|nd|rd|th)?)[ \t]+(?:battalion|bn|regiment|regt)\.?,?[ \t]+(?:the[ \t]+)?)$"
)
# A unit's number said in words before a unit word in the singular: "twenty-eight squadron",
# "seven regiment", "sixteen brigade" ("two squadrons" is a count; "one squadron" may be
# one, so "one" alone is left out).
_SPOKEN_UNIT = re.compile(
    r"(?i:\b(?=[tfsen])(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)[ \t]+(?:squadron|sqn|regiment|regt|brigade|bde"
    r"|battalion|bn|battery|bty|division)\b)"
)
# A battalion or brigade said by its number in words before the regiment's short form, in
# any case: "two para", "One PARA", "three commando brigade", "sixteen air assault brigade",
# "one yorks", "two mercian", "one r welsh". Unlike _SPOKEN_UNIT "one" counts: "one para" is
# a battalion; "two rifles" (a count of weapons) and "three scots" (three people) are left out.
_SPOKEN_BATTALION = re.compile(
    r"(?i:\b(?=[otfsen])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|sixteen|nineteen|twenty)[ \t]+(?:para|commando[ \t]+brigade|air[ \t]+assault[ \t]+brigade"
    r"|yorks|mercian|lancs|rgr|r[ \t]+welsh|r[ \t]+irish|r[ \t]+anglian|royal[ \t]+anglian)\b)"
)
# A unit's number said digit by digit: "one-oh-one squadron", "six one seven squadron",
# "two one six signal squadron", "eight four five naval air squadron".
_DIGIT_SAID = r"(?:one|two|three|four|five|six|seven|eight|nine|oh|zero|nought)"
_SPOKEN_DIGITS_UNIT = re.compile(
    r"(?i:\b(?=[otfsenz])" + _DIGIT_SAID + r"(?:[ \t\-]+" + _DIGIT_SAID + r"){1,2}[ \t]+"
    r"(?:(?:signal|field|engineer|medical|logistic|naval[ \t]+air|commando|armoured"
    r"|air[ \t]+assault|support)[ \t]+)?(?:squadron|sqn|regiment|regt|brigade|bde|battery"
    r"|bty|flight|wing)\b)"
)
# a battalion said in words, in any case: "the second battalion", "First Bn"; the regiment
# after it is found by the regiment list ("first battalion the rifles")
_BATTALION_IN_WORDS = re.compile(
    r"(?i:\b(?=[tfsen])(?:the[ \t]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)"
    r"[ \t]+(?:battalion|bn)\b)"
)
# a lower-case place of one or two words: the two-word reading is tried first
_LOWER_PLACES_AFTER = (
    re.compile(r"[ \t]+([a-z][a-z'’\-]+[ \t]+[a-z][a-z'’\-]+)(?![\w'’])"),
    re.compile(r"[ \t]+([a-z][a-z'’\-]+)(?![\w'’])"),
)
_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{3,6})[ \t]+$")
# a site letter or an abbreviation in brackets right after a base: "ITC(C)", "(CTCRM)"
_ABBREVIATION_AFTER = re.compile(r"[ \t]?\(([A-Z]{1,6})\)")
_NOT_BASE_ACRONYMS = frozenset(["THE", "AND", "WAS", "NOT", "BUT", "FOR", "NHS", "GP", "CO", "OC"])
_ARTICLE_COMPANY = re.compile(r"[ai][ \t]+(?:company|squadron|battery|flight)")
# NATO letters name companies and squadrons too: "Alpha Company", "Bravo Coy", "Charlie Sqn"
_NATO_COMPANY = (
    r"(?:[A-Z]|Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Kilo|Lima"
    r"|November|Oscar|Papa)"
)
SHAPES: dict[str, tuple[str, ...]] = {
    "BASE": (
        r"\b(?:" + _BASE_PREFIX + r")" + _WRAP + _NAMED,
        r"\b"
        + _NOT_AN_APPOINTMENT
        + _NAMED
        + r"(?:"
        + _WRAP
        + _NOT_FILLER
        + _CAPW
        + r")?"
        + _WRAP
        + r"(?:"
        + _BASE_SUFFIX
        + r")\b",
    ),
    "UNIT": (
        r"\b" + _SHIP_PREFIX + _WRAP + _NAMED + _OF_NAME,
        r"\b"
        + _NUM
        + r""
        + _WRAP
        + r"(?:"
        + _NOT_FILLER
        + _WORD
        + r""
        + _WRAP
        + r"){0,3}?(?:"
        + _UNIT_WORDS
        + r")\b(?:"
        + _WRAP
        + r"(?:"
        + _UNIT_WORDS
        + r")\b)*"
        # the unit's name after its unit word stays on its line: in an address block the
        # next line is the next element ("29 Sqn" / "Lossie", "2 RIFLES" / "Ward Barracks")
        r"(?:"
        + r"[ \t]+"
        + r"(?:[Tt]he"
        + _WRAP
        + r")?"
        + _NOT_FILLER
        + _CAP_OR_CODE
        + _MORE_NAME_WORDS
        + r"{0,5}"
        # after a comma a unit's name opens with "The", a code or two words ("1st
        # Battalion, The Rifles", "3 Regiment, RLC", "3 Commando Brigade, Royal Marines");
        # one capitalised word there is the next clause's name ("45 Commando, Ali was")
        + r"|,"
        + _WRAP
        + r"(?:[Tt]he"
        + _WRAP
        + _NOT_FILLER
        + _CAP_OR_CODE
        + _MORE_NAME_WORDS
        + r"{0,5}|"
        + _NOT_FILLER
        + r"[A-Z]{2,6}\b(?!\()"
        + _MORE_NAME_WORDS
        + r"{0,5}|"
        + _NOT_FILLER
        + _NOT_RANK
        + _CAP_OR_CODE
        + _MORE_NAME_WORDS
        + r"{1,5}))?",
        r"\b\d{1,3}"
        + _WRAP
        + r"(?:Royal|Queen['’]s|King['’]s)"
        + _WRAP
        + r""
        + _CAP
        + r"(?:"
        + _WRAP
        + r""
        + _CAP
        + r"){0,2}",
        r"\b" + _NATO_COMPANY + _WRAP + r"(?:Coy|Company|Sqn|Squadron|Bty|Battery|Flight)\b",
        r"\b(?:The"
        + _WRAP
        + r")?(?:Royal|Queen['’]s|King['’]s|Princess"
        + _WRAP
        + r"of"
        + _WRAP
        + r"Wales['’]s?)"
        + _WRAP
        + r"(?:"
        + _CAP
        + r""
        + _WRAP
        + r"){0,3}(?:Regiment|Corps|Rifles|Guards|Fusiliers|Hussars|Lancers|Dragoons"
        r"|Dragoon"
        + _WRAP
        + r"Guards|Yeomanry|Artillery|Engineers|Signals|Logistic"
        + _WRAP
        + r"Corps|Highlanders"
        r"|Gurkha" + _WRAP + r"Rifles|Anglian|Welsh|Irish|Scots)\b" + _OF_NAME,
    ),
}
# In lower case only these prefixes make a base ("raf marham"); "mod cons", "camp beds",
# "fort knox"-like phrases and "royal" anything stay ordinary words.
_LOWER_PREFIXES = frozenset(["raf", "rnas", "r.n.a.s.", "r.n.a.s", "rmb", "hmnb", "dstl"])
# Prefixes of several words that name a naval base or air station in any case ("royal
# naval air station yeovilton", "hm naval base clyde", "Her Majesty's Naval Base Devonport").
_NAVAL_PREFIX = re.compile(
    r"(?i:(?:royal[ \t]+naval[ \t]+air[ \t]+station|(?:hm|her[ \t]+majesty['’]s"
    r"|his[ \t]+majesty['’]s)[ \t]+naval[ \t]+base)(?:[ \t]+|[ \t]*\n[ \t]*))"
)
_PLACE_AFTER = re.compile(
    r"[ \t]+(?!(?i:"
    + "|".join(sorted(FILLER))
    + r")\b)[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?(?![\w'’&\-]*:)"
)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
# A garrison's or station's mess is where its people eat and meet ("the Larkhill mess",
# "leaving do at the Catterick mess"): no listed base is a dish ("Eton mess" is no base).
_MESS_AFTER = re.compile(r"[ \t]+mess(?:es)?\b", re.IGNORECASE)
_PREFIX_BEFORE = re.compile(r"(?i:\b(?:raf|rnas|rmb|hmnb|mod|dstl|jsu|rm|camp|fort|bf)\s+)$")
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "few",
        "many",
        "several",
        "more",
        "most",
        "other",
        "same",
        "both",
        "all",
    ]
)
# the last word of a regiment's or corps' name ("1 royal anglian", "2 royal welsh")
_REGIMENT_END = re.compile(
    r"(?i:anglian|welsh|irish|scots|lancers|hussars|dragoons|fusiliers|marines|engineers"
    r"|signals|artillery|logistic|regiment|guards|rifles|yorkshire|mercian|highlanders"
    r"|yeomanry|corps|lancs|yorks|gurkhas?)"
)
_UNIT_WORD_RE = re.compile(r"\b(?:" + _UNIT_WORDS + r")\b", re.IGNORECASE)
# An RAF rank whose first word is also a unit word ("2140 hrs Sqn Ldr Quennell", "0800 Wing
# Cdr Okafor"): the unit ends before it, and a unit with no unit word left is none.
_RANK_IN_UNIT = re.compile(
    r"\b(?:Sqn|Squadron|Flt|Flight|Wing|Wg|Gp|Group)\s+(?:Ldr|Leader|Lt|Lieut|Lieutenant|Sgt"
    r"|Sergeant|Cdr|Commander|Capt|Captain)\b",
    re.IGNORECASE,
)


# a battalion's or a regiment's number before its abbreviation: "10 QOGLR", "1st PWRR", "IX"
_NUMBER_BEFORE = re.compile(r"(?<![\w/.:,£$\-])(?:\d{1,3}(?:st|nd|rd|th)?|[IVX]{1,4})[ \t]+$")


def _with_its_number_before(text: str, result: RecognizerResult) -> None:
    """A listed unit's abbreviation takes the number written before it ("10 QOGLR", "1
    PWRR"), as the numbered forms the pattern finds do ("2 RGR"): left beside its
    placeholder, "10 [UNIT-1]" still says which battalion."""
    value = text[result.start : result.end]
    if not value.isupper() or value[:1].isdigit():
        return
    before = _NUMBER_BEFORE.search(text, max(0, result.start - 8), result.start)
    if before is not None:
        result.start = before.start()


def _before_a_rank(value: str) -> str | None:
    """The unit before an RAF rank inside it ("1 Sqn" of "1 Sqn Flt Lt Khan"), or None when
    no unit word stands before the rank ("2140 hrs" of "2140 hrs Sqn Ldr Quennell")."""
    rank = _RANK_IN_UNIT.search(value)
    if rank is None:
        return value
    head = value[: rank.start()].rstrip(" \t\n,")
    return head if _UNIT_WORD_RE.search(head) else None


# A cheap keyword test per shape (same order as SHAPES): a shape runs only when its keyword
# occurs, which keeps this recognizer from scanning every word of every text ten times.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "BASE": (_BASE_PREFIX, _BASE_SUFFIX),
    "UNIT": (
        r"HMS|RFA|HMY|HMSM|H\.M\.S|R\.F\.A|Majesty['’]s|HM",
        _UNIT_WORDS,
        r"Royal|Queen['’]s|King['’]s",
        r"Coy|Company|Sqn|Squadron|Bty|Battery|Flight",
        r"Royal|Queen['’]s|King['’]s|Princess",
    ),
}

# Words after a base prefix that make the phrase generic, not a named place.
GENERIC_AFTER = frozenset(
    [
        "life",
        "people",
        "service",
        "services",
        "career",
        "careers",
        "pension",
        "pensions",
        "family",
        "families",
        "staff",
        "personnel",
        "base",
        "bases",
        "station",
        "stations",
        "regiment",
        "police",
        "camp",
        "camps",
        "training",
        "lads",
        "guys",
        "jobs",
        "job",
        "side",
        "culture",
        "way",
        "ways",
        "world",
        "system",
        "systems",
        "rules",
        # a post under a signature's service ("Hikmat Tamang RAF" / "Padre", "RM" /
        # "Adjutant", "RAF" / "Welfare Officer"): the service's post, no base
        "welfare",
        "padre",
        "chaplain",
        "adjutant",
        "officer",
        "officers",
        "chief",
        "clerk",
        "medic",
        "doctor",
        "nurse",
    ]
)


def _title(form: str) -> str | None:
    """ "R WELSH" -> "R Welsh", "PARA" -> "Para"; None for short letter codes ("RE", "IG")."""
    if max(len(w) for w in form.split()) < 4 or "/" in form:
        return None
    return " ".join(w if len(w) == 1 else w.capitalize() for w in form.split())


def short_unit_regex(forms: Sequence[str]) -> re.Pattern[str] | None:
    """Unit short forms after a number, as written or in title case ("2 RIFLES", "3 Para")."""
    variants = {f for f in forms if f.strip()} | {
        t for f in forms if f.strip() and (t := _title(f))
    }
    if not variants:
        return None
    alternation = "|".join(
        r"\s+".join(re.escape(w) for w in v.split())
        for v in sorted(variants, key=len, reverse=True)
    )
    return re.compile(r"(?<![\w/])\d{1,3}(?:st|nd|rd|th)?\s+(?:" + alternation + r")(?![\w/])")


def exact_regex(terms: Sequence[str]) -> re.Pattern[str] | None:
    """Whole-word phrases in the case written ("CTCRM", "AFC Harrogate"; not "awe")."""
    cleaned = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    # an apostrophe may be curly or left out ("kings royal hussars")
    parts = [r"\s+".join(re.escape(w).replace("'", "['’]?") for w in t.split()) for t in cleaned]
    # the first letters as a look-ahead: the search skips most positions without trying
    # every phrase there
    firsts = "".join(sorted({re.escape(t[0]) for t in cleaned}))
    return re.compile(r"(?<![\w])(?=[" + firsts + r"])(?:" + "|".join(parts) + r")(?![\w])")


# The Foot Guards' battalions by their two-letter short titles ("1 IG", "1 WG", "1 SG"): in
# lower case too after a number ("served with 1 ig"), unlike the two-letter codes that are
# words or notes ("2 re" regarding, "1 mi" a mile). Source: the Army List's short titles.
_GUARDS_SHORT_TITLES = frozenset(["IG", "WG", "SG"])


def lower_forms(terms: Sequence[str], words: Any, stems: bool = True) -> list[str]:
    """Lower-case spellings safe to match: no ordinary word ("awe", "the rifles" stay).
    Without ``stems`` only the word itself is looked up: "rnas" is no plural of "rna"."""
    forms = []
    for term in terms:
        bare = [w for w in term.lower().split() if w != "the"]
        if len(bare) == 1 and not stems:
            ordinary = bare[0] in words.common_words or bare[0] in words.stop_words
        else:
            ordinary = len(bare) == 1 and words.is_common_word(bare[0])
        if len(bare) >= 2 or (len(bare) == 1 and len(bare[0]) >= 3 and not ordinary):
            forms.append(term.lower())
    return forms


_TITLE_ENDING = re.compile(r"(?<![\w.])" + CIVIL_TITLE + r"[ \t]+$")
_TITLE_OPENING = re.compile(CIVIL_TITLE + r"[ \t]+")


def _off_a_persons_line(text: str, result: RecognizerResult) -> None:
    """A place wrapped over a line break starts on the next line when its first line's words
    are a title and a name: in an address block "Miss Haddad" / "Stonehouse Barracks" is the
    addressee's line, then the base's, not a base called "Haddad Stonehouse"."""
    if "\n" not in text[result.start : result.end]:
        return
    line_start, _ = line_around(text, result.start)
    if _TITLE_ENDING.search(text, line_start, result.start) or _TITLE_OPENING.match(
        text, result.start
    ):
        result.start = text.index("\n", result.start) + 1
        while result.start < result.end and text[result.start] in " \t":
            result.start += 1


# a line that is one base's name alone: "Leuchars Station", "Kiwi Barracks"
_BASE_LINE = re.compile(
    r"[ \t]*(?:" + _CAP + r"[ \t]+){1,3}(?:" + _BASE_SUFFIX + r")[ \t]*(?=\n|$)"
)


def _off_a_base_line(text: str, result: RecognizerResult) -> RecognizerResult | None:
    """A name wrapped over a line break stops there when the next line is a base's name
    alone: in a signature block "HMS Duncan" / "Leuchars Station" are a ship and a base,
    not one place "HMS Duncan Leuchars" (whose "Station" was left). The base on the next
    line is returned as a result of its own."""
    newline = text.find("\n", result.start, result.end)
    if newline < 0:
        return None
    line = _BASE_LINE.match(text, newline + 1)
    if line is None:
        return None
    result.end = newline
    while result.end > result.start and text[result.end - 1] in " \t":
        result.end -= 1
    base = RecognizerResult("BASE", newline + 1 + _leading_space(line.group(0)), line.end(), 0.85)
    base.recognition_metadata = result.recognition_metadata
    return base


def _leading_space(value: str) -> int:
    return len(value) - len(value.lstrip(" \t"))


# a title or rank right before a place's first word: that word is someone's name
_PERSON_BEFORE = re.compile(
    r"(?<![\w.])(?:"
    + CIVIL_TITLE
    + r"|"
    + "|".join(sorted({re.escape(r) for r in RANKS}, key=len, reverse=True))
    + r")[ \t]+$"
)
_OF_WITHIN = re.compile(r"[ \t]+of[ \t]+")


def _off_a_persons_name(text: str, result: RecognizerResult) -> None:
    """A base named "<Name> of <Place>" ("Duke of Gloucester Barracks") starts after its "of"
    when a title or rank stands before the name: "the report by Mrs Sharma of Lucknow
    Barracks" is a person from a base, not a base called "Sharma of Lucknow"."""
    of = _OF_WITHIN.search(text, result.start, result.end)
    if of is None or not _PERSON_BEFORE.search(text, max(0, result.start - 30), result.start):
        return
    result.start = of.end()


class MilitaryPlaceRecognizer(ContextRegexRecognizer):
    ENTITY = "BASE"
    SHAPES: ClassVar[Mapping[str, Sequence[str]]] = SHAPES
    # Used until configure() gives the gazetteer's lists (the table-driven examples).
    EXAMPLE_SHORT_FORMS: ClassVar[tuple[str, ...]] = ("R WELSH", "RIFLES", "RGR", "PARA")
    EXAMPLE_BASE_ABBREVIATIONS: ClassVar[tuple[str, ...]] = ("CTCRM", "RMAS")
    EXAMPLE_REGIMENTS: ClassVar[tuple[str, ...]] = ("Light Dragoons", "light dragoons")
    EXAMPLE_SHIPS: ClassVar[tuple[str, ...]] = ("Illustrious", "Ocean", "Albion", "Argyll")
    EXAMPLE_SHIP_WORDS: ClassVar[tuple[str, ...]] = ("Ocean", "Illustrious")
    EXAMPLE_SHORE: ClassVar[tuple[str, ...]] = ("Collingwood", "Sultan", "Excellent")
    EXAMPLE_SHORE_WORDS: ClassVar[tuple[str, ...]] = ("Excellent",)
    EXAMPLES = (
        ("I was with 1 R WELSH and then 2 RIFLES, 2 RGR", ["1 R WELSH", "2 RGR", "2 RIFLES"]),
        ("then 3 Para for a bit", ["3 Para"]),
        ("CTCRM was hard, then RMAS", ["CTCRM", "RMAS"]),
        ("basic at CTCRM Lympstone, then RMAS Then", ["CTCRM Lympstone", "RMAS"]),
        ("we had two rifles between us and a para cord", []),
        ("posted to RAF Lossiemouth last year", ["RAF Lossiemouth"]),
        ("now at raf high wycombe", ["raf high wycombe"]),
        ("I was on HMS Dauntless", ["HMS Dauntless"]),
        ("Bhurtpore Lines and Kiwi Barracks", ["Bhurtpore Lines", "Kiwi Barracks"]),
        ("with 3 Rifles then 22 Field Hospital", ["22 Field Hospital", "3 Rifles"]),
        ("1st Battalion, the Royal Welsh", ["1st Battalion, the Royal Welsh"]),
        (
            "attached to the 3rd Squadron, then the Royal Irish",
            ["the 3rd Squadron", "the Royal Irish"],
        ),
        ("the Royal Army Medical Corps", ["the Royal Army Medical Corps"]),
        ("Unit: HMS Lancaster\nAddress: Flat 2", ["HMS Lancaster"]),
        ("attached from HMS\nAstute. Then", ["HMS\nAstute"]),
        ("AB T Fairbrother\nHMS Albion\nHMS Sultan\n\nDear AB", ["HMS Albion", "HMS Sultan"]),
        ("some weeks the MOD\nParticipant: yes", []),
        ("joined 22 engineer regiment and then 9 squadron", ["22 engineer regiment", "9 squadron"]),
        ("then XV Squadron", ["XV Squadron"]),
        (
            "Alpha Company, then Bravo Coy and B Company",
            ["Alpha Company", "B Company", "Bravo Coy"],
        ),
        ("we were a company of friends, then i had a flight home", []),
        ("we were in b company, a coy had the flank", ["a coy", "b company"]),
        ("RMB Chivenor and British Forces Cyprus", ["British Forces Cyprus", "RMB Chivenor"]),
        ("1 Royal Irish were there", ["1 Royal Irish"]),
        ("moved to 7 Para RHA halfway", ["7 Para RHA"]),
        ("based at Duke of Gloucester Barracks", ["Duke of Gloucester Barracks"]),
        ("the report by Mrs Sharma of Lucknow Barracks", ["Lucknow Barracks"]),
        ("Sgt Khan of Duke of Gloucester Barracks", ["Duke of Gloucester Barracks"]),
        (
            "Sir John Moore Barracks, then Dalton Barracks",
            ["Dalton Barracks", "Sir John Moore Barracks"],
        ),
        (
            "on HMS Prince of Wales and the Royal Regiment of Fusiliers",
            ["HMS Prince of Wales", "the Royal Regiment of Fusiliers"],
        ),
        ("the sessions on MOD clashed", []),
        ("The Army and the Royal Navy and RAF", []),
        ("12 days and 3 years in the regiment", []),
        ("raf life is good, the raf pension too", []),
        ("some weeks the MOD\n\nParticipant had other plans", []),
        ("I was in 3rd (UK) Division, then 1 (UK) Div", ["1 (UK) Div", "3rd (UK) Division"]),
        ("He flew with No. 1 Squadron and 1(F) Squadron", ["1(F) Squadron", "No. 1 Squadron"]),
        ("then 845 NAS and 814 Naval Air Squadron", ["814 Naval Air Squadron", "845 NAS"]),
        ("Forty Commando then four two cdo", ["Forty Commando", "four two cdo"]),
        ("I was on the Illustrious, then on Ocean", ["Illustrious", "Ocean"]),
        ("He served aboard Bulwark and Albion.", ["Albion", "Bulwark"]),
        ("Argyll's crew and Albion's wardroom", ["Albion", "Argyll"]),
        ("HMS Argyll, then Albion and then the Ocean", ["Albion", "HMS Argyll", "Ocean"]),
        ("i was on the argyll, not on the ocean", ["argyll"]),
        ("two years on hms kent as a cook", ["hms kent"]),
        ("I served on the Cossack, then sailed on Op Telic", ["Cossack"]),
        ("I was on Her Majesty's Ship Kent", ["Her Majesty's Ship Kent"]),
        ("then HM Submarine Talent", ["HM Submarine Talent"]),
        ("at HMS Collingwood for the course", ["HMS Collingwood"]),
        ("the HM forces and HM Revenue", []),
        ("the Ocean Terminal and the ocean", []),
        ("the Light Dragoons, later light dragoons", ["light dragoons", "the Light Dragoons"]),
        (
            "43 Commando Fleet Protection Group Royal Marines",
            ["43 Commando Fleet Protection Group Royal Marines"],
        ),
        ("i was 1 r irish then 2 rgr", ["1 r irish", "2 rgr"]),
        ("my mod cons, camp beds and fort walls", []),
        ("posted to mod lyneham", ["mod lyneham"]),
        (
            "then SEAE Cosford and FOB Price, Patrol Base Wahid",
            ["FOB Price", "Patrol Base Wahid", "SEAE Cosford"],
        ),
        ("Arbroath smokie in the kitchen", []),
        ("4 regiment ra say hi", ["4 regiment ra"]),
        ("she joined 1st battalion the rifles, then", ["1st battalion the rifles"]),
        ("first battalion the light dragoons", ["first battalion the light dragoons"]),
        ("i was at ctcrm lympstone then ctcrm and then", ["ctcrm", "ctcrm lympstone"]),
        ("araminta is at culdrose (rnas) on a course", ["culdrose", "rnas"]),
        ("Unit: 30 Sqn    Location: Odiham", ["30 Sqn", "Odiham"]),
        ("posted blandford camp -> brecon barracks", ["blandford camp", "brecon barracks"]),
        ("with 1st Battalion The\nRoyal Welsh. Then", ["1st Battalion The\nRoyal Welsh"]),
        ("then 30 Commando IX Group, 3 Regiment RLC", ["3 Regiment RLC", "30 Commando IX Group"]),
        # after a comma: a unit's name in two words, a code or "The"; not the next clause's
        # person ("Ali", "Spr Brathwaite" kept a unit's placeholder and lost their own)
        (
            "1st Battalion, The Rifles and 3 Commando Brigade, Royal Marines",
            ["1st Battalion, The Rifles", "3 Commando Brigade, Royal Marines"],
        ),
        ("then 45 Commando, Ali was the RSM then", ["45 Commando"]),
        ("Last unit: 45 Commando   Last location: X", ["45 Commando"]),
        ("From: Cpl E Campbell\n29 Sqn\nLossie\n6 August 2026", ["29 Sqn", "Lossie"]),
        ("Unit: 101 Squadron   Next posting: none", ["101 Squadron"]),
        ("then 45 Commando, Spr Brathwaite was the OC", ["45 Commando"]),
        ("2nd Battalion The Rifles and II(AC) Sqn", ["2nd Battalion The Rifles", "II(AC) Sqn"]),
        ("the second battalion went; First Bn stayed", ["First Bn", "the second battalion"]),
        ("with 1 royal anglian at the time", ["1 royal anglian"]),
        (
            "on twenty-eight squadron then sixteen brigade; two squadrons, one squadron",
            ["sixteen brigade", "twenty-eight squadron"],
        ),
        (
            "phase 2 at ITC(C), then RAF Cosford (DCAE); FROM Catterick",
            ["Catterick", "ITC(C)", "RAF Cosford (DCAE)"],
        ),
        ("Ark Royal was my first ship", ["Ark Royal"]),
        ("I joined Illustrious, and then Argyll", ["Argyll", "Illustrious"]),
        ("my first ship was Albion; I served in Ocean", ["Albion", "Ocean"]),
        ("I joined the Navy and the Prince of Wales came", []),
        ("2140 hrs Sqn Ldr Quennell and 0800 Wing Cdr Okafor", []),
        ("rang at 1430 re housing; called 0930 re the form", []),
        ("with 22 RE in Ripon", ["22 RE"]),
        ("2140 hrs Flight Lieutenant Ashworth-Bligh, then 1 Sqn Flt Lt Khan", ["1 Sqn"]),
        # a signature block: a ship's line, then a base's line
        ("Ops Officer | HMS Duncan\nLeuchars Station\nMob:", ["HMS Duncan", "Leuchars Station"]),
        ("we had Eton mess for pudding", []),
        ("leaving do at the Larkhill mess; the lisburn mess", ["Larkhill", "lisburn"]),
        ("Base/Location: Guz; posted to 30 cdo ix gp now", ["30 cdo ix gp", "Guz"]),
        ("served with 1 ig then 1 wg; 2 re the form, 1 mi away", ["1 ig", "1 wg"]),
    )

    def __init__(
        self,
        supported_language: str = "en",
        gazetteer: Mapping[str, Sequence[str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        self.supported_entities = ["BASE", "UNIT"]
        self._listed = self._compile_listed(gazetteer or {})
        self._short_units = short_unit_regex(self.EXAMPLE_SHORT_FORMS)
        self._base_abbreviations = exact_regex(self.EXAMPLE_BASE_ABBREVIATIONS)
        self._regiments = exact_regex(self.EXAMPLE_REGIMENTS)
        self._lower_places: frozenset[str] = frozenset()
        self._ships = ShipNames.build(
            self.EXAMPLE_SHIPS,
            self.EXAMPLE_SHIP_WORDS,
            self.EXAMPLE_SHORE,
            self.EXAMPLE_SHORE_WORDS,
        )
        # Each trigger is searched for in the whole text: guarded by the characters it can
        # start with (first_characters.py), the same matches at a third of the cost.
        self._shapes = [
            (entity, re.compile(shape), guarded(r"\b(?:" + trigger + r")\b", re.IGNORECASE))
            for entity, shapes in self.SHAPES.items()
            for shape, trigger in zip(shapes, TRIGGERS[entity], strict=True)
        ]
        # The same shapes in any case near a keyword written in lower case; a match counts
        # only when it is written all in lower case ("raf high wycombe").
        self._lower_shapes = [
            (
                entity,
                re.compile(shape, re.IGNORECASE),
                guarded(r"\b(?:" + trigger.lower() + r")\b"),
            )
            for entity, shapes in self.SHAPES.items()
            for shape, trigger in zip(shapes, TRIGGERS[entity], strict=True)
        ]

    @staticmethod
    def _compile_listed(gazetteer: Mapping[str, Sequence[str]]) -> dict[str, PhraseMatcher]:
        # the matches of phrase_regex(names), found faster with hundreds of names (phrases.py)
        return {
            entity: matcher
            for entity, names in gazetteer.items()
            if (matcher := PhraseMatcher(names))
        }

    @staticmethod
    def _gazetteer_places(settings: Any) -> list[str]:
        return list(settings.gazetteer().get("BASE", [])) + settings.gazetteer_list("towns")

    def configure(self, settings: Any) -> None:
        self._listed = self._compile_listed(settings.gazetteer())
        words = settings.wordlists()
        short_forms = settings.gazetteer_list("unit_short_forms")
        self._short_units = short_unit_regex(
            short_forms
            + lower_forms(short_forms, words)
            + [f.lower() for f in short_forms if f in _GUARDS_SHORT_TITLES]
        )
        abbreviations = settings.gazetteer_list("base_abbreviations")
        self._base_abbreviations = exact_regex(
            abbreviations + lower_forms(abbreviations, words, stems=False)
        )
        regiments = settings.gazetteer_list("regiments")
        self._regiments = exact_regex(regiments + lower_forms(regiments, words))
        self._ships = ShipNames.build(
            settings.gazetteer_list("ships"),
            settings.gazetteer_list("ships_that_are_words"),
            settings.gazetteer_list("shore_establishments"),
            settings.gazetteer_list("shore_establishments_that_are_words"),
        )
        self._allowed = words.allowed
        self._words = words
        listed_places = self._gazetteer_places(settings)
        self._lower_places = frozenset(
            town.lower() for town in all_shipped_towns() if not words.is_common_word(town.lower())
        ) | frozenset(p.lower() for p in listed_places)

    def _plausible(self, entity: str, value: str) -> str | None:
        """Trim filler and generic words; ``None`` when nothing named is left."""
        words = value.split()
        allowed: frozenset[str] = getattr(self, "_allowed", frozenset())
        if value.lower() in allowed:
            return None
        if re.match(r"\d|[IVXL]+\b", value) and entity == "UNIT":
            # in lower case the name runs on into filler ("1 royal anglian at the"): trim it
            kept = list(words)
            while len(kept) > 2 and kept[-1].lower() in FILLER:
                kept.pop()
            if kept != words and not (
                _REGIMENT_END.fullmatch(kept[-1]) or _UNIT_WORD_RE.fullmatch(kept[-1])
            ):
                # "3 royal visits to the": no regiment's word ends it; "45 Commando   Last
                # location:" (a form's next field) does
                return None
            return None if kept[-1].lower() in FILLER else " ".join(kept)
        if entity == "BASE" and words and words[0].lower() in {w.lower() for w in _PREFIX_WORDS}:
            # "Royal Naval Air Station Culdrose": the prefix is four words, and its
            # "Station" is no generic word after it
            multi = _NAVAL_PREFIX.match(value)
            size = len(multi.group(0).split()) if multi else 1
            tail = words[size:]
            kept = []
            for word in tail:
                bare = word.lower().strip(".,'’")
                if bare in FILLER or bare in GENERIC_AFTER:
                    break
                kept.append(word)
            if not kept:
                return None
            return " ".join(words[: size + len(kept)])
        # "<Name> Barracks": the name word must not be filler ("the Barracks")
        if entity == "BASE" and (words[0].lower() in FILLER or words[0].lower() in GENERIC_AFTER):
            if len(words) >= 3 and words[1].lower() not in FILLER:
                return " ".join(words[1:])
            return None
        return value

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for entity, regex in self._listed.items():
            for match in regex.finditer(text):
                if THING_AFTER.match(text, match.end()) and not (
                    entity == "BASE" and _MESS_AFTER.match(text, match.end())
                ):
                    continue  # "Arbroath smokie", "Catterick rock"; "the Larkhill mess" stays
                # a listed place takes its prefix with it in any case ("mod lyneham")
                prefix = _PREFIX_BEFORE.search(text, max(0, match.start() - 8), match.start())
                if prefix is None and entity == "BASE":
                    # an abbreviation the lists lack goes with its base ("SEAE Cosford")
                    prefix = _ACRONYM_BEFORE.search(text, max(0, match.start() - 8), match.start())
                    if prefix is not None and not self._may_name_a_base(prefix.group(1)):
                        prefix = None
                start = prefix.start() if prefix and entity == "BASE" else match.start()
                results.append(self._typed(entity, start, match.end(), 0.85))
        exact_lists = (
            ("UNIT", self._short_units),
            ("BASE", self._base_abbreviations),
            ("UNIT", self._regiments),
            ("UNIT", _SPOKEN_COMMANDO),
            ("UNIT", _SPOKEN_UNIT),
            ("UNIT", _SPOKEN_BATTALION),
            ("UNIT", _SPOKEN_DIGITS_UNIT),
            ("UNIT", _BATTALION_IN_WORDS),
        )
        for entity, exact in exact_lists:
            if exact is not None:
                for match in exact.finditer(text):
                    # "the 3 Rifles" goes whole; a base's article stays ("at the HMNB
                    # Devonport medical centre"), as the listed bases' does
                    article = (
                        _THE_BEFORE.search(text, max(0, match.start() - 4), match.start())
                        if entity == "UNIT"
                        else None
                    )
                    start = article.start() if article else match.start()
                    end = match.end()
                    if exact is self._base_abbreviations:
                        # the place after an abbreviation is part of the base ("ATR Winchester")
                        place = _PLACE_AFTER.match(text, end)
                        if place is None and match.group(0).islower():
                            place = self._lower_place_after(text, end)  # "atr winchester"
                        end = place.end() if place else end
                    if exact is self._regiments:
                        # "first battalion the rifles", "2nd Bn, Royal Irish Regiment"
                        battalion = _BATTALION_BEFORE.search(
                            text, max(0, match.start() - 40), match.start()
                        )
                        start = battalion.start() if battalion else start
                    results.append(self._typed(entity, start, end, 0.8))
        ship_ends = []
        ship_names: set[int] = set()  # where each ship's name ends
        for start, end in self._ships.find(text):
            results.append(self._typed("UNIT", start, end, 0.85))
            ship_ends.append(end)
            ship_names.add(end)
        for start, end in self._ships.find_shore(text):
            results.append(self._typed("BASE", start, end, 0.85))
        passes = [(self._shapes, False), (self._lower_shapes, True)]
        for shapes, lower_only in passes:
            for entity, shape, trigger in shapes:
                for match in self._matches_near(text, shape, trigger):
                    if lower_only and not match.group(0).islower():
                        continue
                    if lower_only and _ARTICLE_COMPANY.fullmatch(match.group(0)):
                        continue  # "a company of friends", "a flight home", "i company"
                    value = self._plausible(entity, match.group(0))
                    if value is not None and entity == "UNIT":
                        value = _before_a_rank(value)
                    if value is not None and lower_only and not self._lower_named(entity, value):
                        continue
                    if value is not None and lower_only and _SHIP_PREFIX_RE.match(value):
                        value = self._without_stop_words_after(value)  # "hms kent as a cook"
                        value = self._ships.through_listed_name(value)  # "hms sultan course"
                    if value is not None and _SHIP_PREFIX_RE.match(value):
                        value = _without_possessive(value)  # "HMS Sultan's galley"
                    if value is not None and lower_only and value[:1].isdigit():
                        # lower case: no capitals mark where a unit's name ends
                        value = _through_unit_words(value)
                    if value is None:
                        continue
                    # where the kept words stand in the text (their spacing as written); a
                    # place never runs over a line break ("the MOD" + "Participant:")
                    place = _spaced_as_written(tuple(value.split())).search(match.group(0))
                    if place is None:
                        continue
                    start = match.start() + place.start()
                    if value[:1].isdigit() and in_an_age_band(text, start, start + 2):
                        continue  # "out of the 18-24 group": an age band, not 24 Group
                    if entity == "UNIT" and not _SHIP_PREFIX_RE.match(value):
                        # "the 3rd Squadron" goes whole, as a listed regiment does
                        article = _THE_BEFORE.search(text, max(0, start - 4), start)
                        start = article.start() if article else start
                    # typed per match: a shore establishment must not make the shape's next
                    # ship a base too ("hms collingwood, then hms raleigh" lost the second)
                    found_as = entity
                    if entity == "UNIT" and _SHIP_PREFIX_RE.match(value):
                        ship_ends.append(match.start() + place.end())
                        ship_names.add(match.start() + place.end())
                        if self._ships.is_shore_establishment(value):
                            found_as = "BASE"  # "HMS Collingwood" is a shore establishment
                    # above the name lists' person score: "Dalton Barracks" is a base
                    results.append(self._typed(found_as, start, match.start() + place.end(), 0.85))
        while ship_ends:  # "aboard Bulwark and Albion", "HMS Kent, then Montrose"
            following = self._ships.following(text, ship_ends.pop())
            if following is not None:
                results.append(self._typed("UNIT", *following, 0.85))
                ship_names.add(following[1])
                ship_ends.append(following[1])
        for result in results:
            if result.entity_type == "BASE":
                self._with_abbreviation_beside(text, result)
            elif (
                result.entity_type == "UNIT"
                and result.end not in ship_names
                and not text[result.start : result.end].isupper()
            ):
                # "the 3rd Squadron", "the Royal Irish": the article goes with the unit's
                # name, as with the listed regiments, so no lone "the" is left before it
                # (a ship's is not: "on the Illustrious"; nor an abbreviation's: "the RMP")
                article = _THE_BEFORE.search(text, max(0, result.start - 4), result.start)
                result.start = article.start() if article else result.start
            if result.entity_type == "UNIT" and result.end not in ship_names:
                _with_its_number_before(text, result)
        for result in results:
            _off_a_persons_line(text, result)
            _off_a_persons_name(text, result)
        results += [base for r in results if (base := _off_a_base_line(text, r)) is not None]
        results = [
            r
            for r in results
            if not _regarding(text, r)
            and not _paragraph(text, r)
            and not _end_of_a_longer_number(text, r)
            and r.start < r.end
        ]
        return [r for r in results if not entities or r.entity_type in entities]

    def _with_abbreviation_beside(self, text: str, result: RecognizerResult) -> None:
        """A base takes the abbreviation written beside it, so none is left next to its
        placeholder: a site letter ("ITC(C)", "ATR (P)") or an abbreviation in brackets
        after it ("RAF Cosford (DCAE)"), and one in capitals before it ("SEAE Cosford")."""
        after = _ABBREVIATION_AFTER.match(text, result.end)
        if after is not None and (
            len(after.group(1)) <= 2 or self._may_name_a_base(after.group(1))
        ):
            result.end = after.end()
        before = _ACRONYM_BEFORE.search(text, max(0, result.start - 8), result.start)
        if before is not None and self._may_name_a_base(before.group(1)):
            result.start = before.start()

    def _may_name_a_base(self, letters: str) -> bool:
        """Capitals that are no ordinary word shouted ("FROM", "AND") or a service-wide
        name (NHS, GP)."""
        words = getattr(self, "_words", None)
        lower = letters.lower()
        ordinary = words is not None and (lower in words.stop_words or lower in words.common_words)
        return letters not in _NOT_BASE_ACRONYMS and not ordinary

    def _without_stop_words_after(self, value: str) -> str:
        """A lower-case ship's name up to its last word that is no stop word."""
        words = getattr(self, "_words", None)
        stop = words.stop_words if words is not None else FILLER
        kept = value.split()
        while len(kept) > 2 and kept[-1] in stop:
            kept.pop()
        return " ".join(kept)

    def _lower_place_after(self, text: str, end: int) -> re.Match[str] | None:
        """A town or listed base in lower case right after a lower-case abbreviation."""
        for place in _LOWER_PLACES_AFTER:
            match = place.match(text, end)
            if match and match.group(1) in self._lower_places:
                return match
        return None

    def _lower_named(self, entity: str, value: str) -> bool:
        """In lower case, "<name> lines|camp|station|base" needs a name word that is no
        number or filler ("ten lines", "the camp"); barracks and the like need nothing."""
        words = value.split()
        if entity != "BASE" or words[0] in _LOWER_PREFIXES or _NAVAL_PREFIX.match(value):
            return True
        if words[0] in _LOWER_PREFIX_WORDS:
            return False
        if words[-1] in ("barracks", "garrison", "airfield", "dockyard", "cantonment"):
            return True
        return not any(w in FILLER or w in _NUMBER_WORDS for w in words[:-1])

    @staticmethod
    def _matches_near(
        text: str, shape: re.Pattern[str], trigger: re.Pattern[str], reach: int = 80
    ) -> list[re.Match[str]]:
        """Matches of ``shape`` within ``reach`` characters of a trigger word, each once."""
        windows: list[list[int]] = []
        for hit in trigger.finditer(text):
            lo, hi = max(0, hit.start() - reach), min(len(text), hit.end() + reach)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        found: dict[tuple[int, int], re.Match[str]] = {}
        for lo, hi in windows:
            for match in shape.finditer(text, lo, hi):
                found.setdefault(match.span(), match)
        return list(found.values())

    def _typed(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        result = self.result(start, end, score)
        result.entity_type = entity
        return result


_PREFIX_WORDS: tuple[str, ...] = (
    "RAF",
    "RNAS",
    "RMB",
    "HMNB",
    "HMS",
    "RFA",
    "HM",
    "Her",
    "His",
    "MOD",
    "DSTL",
    "JSU",
    "RM",
    "British",
    "BF",
    "Camp",
    "Fort",
    "Joint",
    "Royal",
    "FOB",
    "COB",
)


@functools.lru_cache(maxsize=1024)
def _spaced_as_written(words: tuple[str, ...]) -> re.Pattern[str]:
    """``words`` with any spacing between them but a single line break; compiled once per
    value (re's own cache is too small for every value the documents name)."""
    return re.compile(r"[ \t]*\n?[ \t]*".join(re.escape(w) for w in words))


def _without_possessive(value: str) -> str:
    """A ship's or establishment's name without the "'s" after it ("HMS Sultan's" -> "HMS
    Sultan"): the placeholder keeps the possessive outside, and the name is looked up bare."""
    return re.sub(r"['’]s$", "", value)


def _through_unit_words(value: str) -> str:
    """A lower-case unit up to its last unit word in a row ("4 regiment ra", not "... say")."""
    unit_words = list(_UNIT_WORD_RE.finditer(value))
    if not unit_words:
        return value
    end = unit_words[0].end()
    for word in unit_words[1:]:
        if value[end : word.start()].strip() not in ("", "the"):
            break
        end = word.end()
    return value[:end]


_LOWER_PREFIX_WORDS = frozenset(w.lower() for w in _PREFIX_WORDS)
