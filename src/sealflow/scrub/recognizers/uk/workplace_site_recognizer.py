"""Workplaces named by their site (LOCATION): an employer's branch in a town, a named
hospital, a prison.

"I got a job at the Amazon Swindon fulfilment centre", "she's a nurse at Derriford
Hospital", "he did six months in HMP Dartmoor": a site narrows a veteran or a partner down
as a home town does, and with an employer beside it further (a town has many employers, an
employer one site there). Left to the other recognizers the town alone went and the rest
stood ("the Asda [LOCATION-1] distribution centre"), or the site was read as a person
("[PERSON-1] Hospital", "[PERSON-1]" for "HMP Dartmoor"), which gave it a person's
placeholder and a place in the people index. So a site is one LOCATION, whole:

- an employer from the gazetteer's ``employers`` beside a listed town, either way round, with
  a store format ("Extra", "Superstore") and a facility word after it ("distribution centre",
  "depot", "store"): "Tesco Extra Taunton", "Whitehaven Tesco", "the Asda Lutterworth
  distribution centre";
- capitalised words before "Hospital", "Infirmary" or "Hospice", one of them no generic
  hospital word ("Derriford Hospital", "Salisbury District Hospital", "the Royal Cornwall
  Hospital"; not "the General Hospital" or "22 Field Hospital", a unit);
- a prison by its Prison Service prefix: "HMP Dartmoor", "HMP & YOI Doncaster", "HMYOI
  Polmont".

An employer alone ("works nights at Tesco") stays: the allow list's public names keep it,
and it identifies no one. detect.cut_public_names does not cut an employer out of a place
that holds more than the employer (public_names.PublicNames.spans_in_a_place).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.recognizers.uk.uk_town_recognizer import shipped_town_keys, town_key

SITE_SCORE = 0.85
# a store's format between the employer and the town, or after the town
_FORMAT = re.compile(
    r"(?:[ \t]+(?:Extra|Superstore|Express|Metro|Local|Megastore|Homestore|Direct))?"
)
# what a site is called after its town: "Swindon fulfilment centre", "Derby depot"
_FACILITY = re.compile(
    r"[ \t]+(?:(?:fulfil?ment|distribution|sortation|delivery|mail|call|contact|customer"
    r"[ \t]+service|logistics|service|parcel|data|processing|retail|shopping)[ \t]+centre"
    r"|superstore|megastore|store|branch|depot|warehouse|hub|plant|factory|works|site|yard"
    r"|dockyard|office|offices|campus|facility|shop)\b",
    re.IGNORECASE,
)
# up to four words of a town after the employer, capitalised, one space or hyphen apart
_TOWN_AFTER = re.compile(
    r"[ \t]+(?P<town>[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|upon|on|in|under|le|by)){0,3})"
)
# capitalised words right before an employer ("Whitehaven " of "Whitehaven Tesco")
_WORDS_BEFORE = re.compile(r"(?<![\w'’\-])(?:[A-Z][\w'’\-]*[ \t]+){1,4}\Z")
_HOSPITAL = re.compile(
    r"(?<![\w'’])(?P<site>(?:(?:[A-Z][\w'’.\-]*|and|of|&)[ \t]+){1,5}(?:Hospital|Infirmary"
    r"|Hospice)s?"
    # the other public places a person is seen, treated, taught or heard at, and so found
    # at: a GP practice, a clinic, a school or nursery, a library or community hub where an
    # interview is held, a court or police station where a statement is taken
    r"|(?:(?:[A-Z][\w'’.\-]*|and|of|&)[ \t]+){1,4}(?:Surgery|Medical[ \t]+(?:Practice|Centre"
    r"|Center|Group)|Health[ \t]+Centre|Family[ \t]+Practice|Clinic|(?:Primary|Infant|Junior"
    r"|Secondary|High|Grammar|Community|C[ \t]*of[ \t]*E|Catholic|Free)[ \t]+School|Academy"
    r"|Nursery|Pre-?[Ss]chool|Library|Community[ \t]+(?:Hub|Centre)|Leisure[ \t]+Centre"
    # a school called by its stage alone ("Ashgrove Community Primary"), a college, a
    # families' or children's centre where a focus group meets
    r"|Primary|College|Famil(?:y|ies)[ \t]+Centre|Children['’]?s[ \t]+Centre"
    r"|(?:Magistrates['’]?|Crown|County|Family)[ \t]+Court|Police[ \t]+Station"
    r"|Rehabilitation[ \t]+(?:Unit|Centre|Facility)|Centre[ \t]+for[ \t]+Health)"
    r")(?![\w'’])"
)
# the Prison Service's prefixes, then the prison's name (one or two capitalised words)
_PRISON = re.compile(
    r"\bHM(?:P(?:[ \t]*(?:&|and|/)[ \t]*YOI)?|YOI)[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?"
)
# words that name no particular hospital: the site needs one word besides these
_GENERIC = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "&",
        "at",
        "in",
        "to",
        "our",
        "my",
        "his",
        "her",
        "their",
        "your",
        "this",
        "that",
        "general",
        "district",
        "community",
        "university",
        "royal",
        "teaching",
        "memorial",
        "military",
        "field",
        "mental",
        "children's",
        "childrens",
        "women's",
        "womens",
        "private",
        "nhs",
        "local",
        "county",
        "city",
        "cottage",
        "maternity",
        "psychiatric",
        "st",
        "st.",
        "saint",
        "new",
        "old",
        "main",
        "hospital",
        "infirmary",
        "hospice",
        "hospitals",
        "big",
        "nearest",
        "same",
        "other",
        "civilian",
        "army",
        "naval",
        "navy",
        "raf",
        "veterinary",
        "dental",
        "eye",
        # words of the other sites' kinds: "the Medical Centre", "Primary School" name no one
        "medical",
        "health",
        "family",
        "primary",
        "infant",
        "junior",
        "secondary",
        "high",
        "grammar",
        "central",
        "catholic",
        "free",
        "regional",
        "unit",
        "station",
        "garrison",
        "camp",
        "base",
        "practice",
        "surgery",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "driving",
        "business",
        "forest",
        "dance",
        "language",
        "boarding",
        "day",
        "special",
        "independent",
        "state",
        "gp",
        "gp's",
        "doctor's",
        "doctors",
        "doctors'",
        "magistrates'",
        "magistrates",
        "crown",
        "police",
        "public",
        "mod",
        "defence",
        "service",
        "services",
        "wellbeing",
        "welfare",
        # words of colleges and centres that name no one: "the Staff College", "Families
        # Centre", "Sixth Form College", "Further Education College"
        "families",
        "staff",
        "sixth",
        "form",
        "further",
        "higher",
        "education",
        "technical",
        "training",
        "foundation",
        "college",
        "centre",
        "center",
        "hub",
        "nursery",
        "library",
        "academy",
        "clinic",
        "court",
        "art",
        "music",
        "national",
    ]
)
# a site's opening words that belong to the sentence, not the name ("Yesterday Derriford
# Hospital rang"): dropped when they are ordinary words and no part of hospitals' names
# where a sentence or a line starts (not after a field's label: "Practice: Kingfisher
# Medical Practice" is the value whole)
_SENTENCE_START = re.compile(r"(?:^|[.!?;\n][ \t\"'“‘(]*)\Z")
_NAME_OPENERS = frozenset(
    [
        "royal",
        "queen",
        "king",
        "princess",
        "prince",
        "st",
        "st.",
        "saint",
        "great",
        "new",
        "north",
        "south",
        "east",
        "west",
        "old",  # "Old School Surgery", "the Old Surgery"
    ]
)


class WorkplaceSiteRecognizer(WordListRecognizer):
    ENTITY = "LOCATION"
    EXAMPLES = (
        ("a job at the Amazon Swindon fulfilment centre", ["Amazon Swindon fulfilment centre"]),
        ("She works at Tesco Extra Taunton now", ["Tesco Extra Taunton"]),
        ("my wife is at Whitehaven Tesco on tills", ["Whitehaven Tesco"]),
        ("the Asda Lutterworth distribution centre", ["Asda Lutterworth distribution centre"]),
        ("a nurse at Salisbury District Hospital.", ["Salisbury District Hospital"]),
        ("moved him to Derriford Hospital then", ["Derriford Hospital"]),
        ("on the wards at the Royal Cornwall Hospital in Truro", ["Royal Cornwall Hospital"]),
        ("six months in HMP Dartmoor before", ["HMP Dartmoor"]),
        ("a place at HMP & YOI Doncaster", ["HMP & YOI Doncaster"]),
        ("works nights at Tesco, loves it", []),
        ("the General Hospital and the Military Hospital", []),
        ("posted to 22 Field Hospital in 2019", []),
        ("Amazon Prime and Tesco Clubcard points", []),
        ("the Hospital Trust wrote", []),
        ("Yesterday Derriford Hospital rang", ["Derriford Hospital"]),
        ("at the Queen Elizabeth Hospital Birmingham", ["Queen Elizabeth Hospital Birmingham"]),
        ("Her GP is Dr Vickers at Wellspring Surgery.", ["Wellspring Surgery"]),
        ("seen by Dr Hopkins at Old School Surgery and", ["Old School Surgery"]),
        ("Practice: Kingfisher Medical Practice, Andover", ["Kingfisher Medical Practice"]),
        ("an appointment at Bulford Medical Centre on", ["Bulford Medical Centre"]),
        ("Venue: Plymouth Central Library\nDate:", ["Plymouth Central Library"]),
        (
            "taken by Sgt L Reid at Salisbury Magistrates' Court on",
            ["Salisbury Magistrates' Court"],
        ),
        ("Year 4 at St Mary's Primary School, and", ["St Mary's Primary School"]),
        ("seen at the Medical Centre by the duty GP", []),
        ("the Primary School and the Sunday School", []),
        ("a place at Driving School", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        self._towns = shipped_town_keys()
        self._employers = _employer_pattern(EXAMPLE_EMPLOYERS)

    def configure(self, settings: Any) -> None:
        super().configure(settings)
        extra = settings.gazetteer_list("towns")
        self._towns = shipped_town_keys() | {town_key(town) for town in extra}
        self._employers = _employer_pattern(settings.gazetteer_list("employers"))

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        found = [*self._branches(text), *self._hospitals(text), *self._prisons(text)]
        return [self.result(start, end, SITE_SCORE) for start, end in found]

    def _branches(self, text: str) -> Iterable[tuple[int, int]]:
        if self._employers is None:
            return
        for match in self._employers.finditer(text):
            start, end = match.start(), match.end()
            store = _FORMAT.match(text, end)
            town_end = self._town_after(text, store.end() if store else end)
            if town_end is not None:
                after = _FORMAT.match(text, town_end)
                end = after.end() if after else town_end
            else:
                town_start = self._town_before(text, start)
                if town_start is None:
                    continue
                start = town_start
            facility = _FACILITY.match(text, end)
            yield start, facility.end() if facility else end

    def _town_after(self, text: str, end: int) -> int | None:
        """Where a listed town right after an employer ends (the longest that is one)."""
        match = _TOWN_AFTER.match(text, end)
        if match is None:
            return None
        words = list(re.finditer(r"\S+", match.group("town")))
        for n in range(len(words), 0, -1):
            value = match.group("town")[: words[n - 1].end()]
            if town_key(value) in self._towns:
                return match.start("town") + len(value)
        return None

    def _town_before(self, text: str, start: int) -> int | None:
        """Where a listed town right before an employer starts ("Whitehaven Tesco")."""
        run = _WORDS_BEFORE.search(text, max(0, start - 60), start)
        if run is None:
            return None
        words = list(re.finditer(r"\S+", run.group(0)))
        for word in words:  # longest first
            value = run.group(0)[word.start() :].rstrip()
            if town_key(value) in self._towns:
                return run.start() + word.start()
        return None

    def _hospitals(self, text: str) -> Iterable[tuple[int, int]]:
        yield from self._sites_in(text, text)
        # a line typed in capitals ("A GP AT ASHMEAD MEDICAL PRACTICE") is read as if in
        # title case; a lower-case one only after a GP's or a registration's cue
        runs = list(_CAPITALS_RUN.finditer(text))
        if runs:
            recased = _title_cased_capitals(text, runs)
            for run in runs:
                yield from self._sites_in(text, recased, run.start(), run.end())
        for match in _LOWER_CASE_PRACTICE.finditer(text):
            names = [w for w in match.group("name").split() if w.lower() not in _GENERIC]
            if names:
                yield match.span("site")

    def _sites_in(
        self, text: str, read: str, lo: int = 0, hi: int | None = None
    ) -> Iterable[tuple[int, int]]:
        """The sites the pattern finds in ``read`` between ``lo`` and ``hi``: ``text`` itself,
        or a copy of it of the same length with its runs of capitals recased (read only
        there: the pattern is costly, and most of a text has no capitals run)."""
        words = self.wordlists
        for match in _HOSPITAL.finditer(read, lo, len(read) if hi is None else hi):
            start, end = match.span("site")
            parts = list(re.finditer(r"\S+", match.group("site")))
            line_start = read.rfind("\n", 0, start) + 1
            line_end = read.find("\n", end)
            # a site alone on its line is a heading, whole ("Saxon Down Primary School")
            alone = not read[line_start:start].strip(" \t") and not read[
                end : len(read) if line_end < 0 else line_end
            ].strip(" \t.,")
            while len(parts) > 1:
                first = parts[0].group().lower()
                opens_sentence = _SENTENCE_START.search(
                    read[max(0, start - 3) : start + parts[0].start()]
                )
                if first == "the" and parts[0].group() == "The" and not opens_sentence:
                    break  # "at The James Cook University Hospital": its name's own "The"
                if first in _GENERIC - _NAME_OPENERS:
                    parts.pop(0)  # "the", "at", "General" alone open no hospital's name
                elif (
                    not alone
                    and first not in _NAME_OPENERS
                    and opens_sentence
                    and words.is_common_word(first)
                    and town_key(first) not in self._towns
                ):
                    parts.pop(0)  # "Yesterday Derriford Hospital rang": the sentence's word
                else:
                    break
            names = [p.group() for p in parts[:-1] if p.group().lower() not in _GENERIC]
            if not names or re.search(r"\d[ \t]*$", read[max(0, start - 6) : start]):
                continue  # "the General Hospital"; "22 Field Hospital" is a unit
            # "the Queen Elizabeth Hospital Birmingham": its town after it is the site's
            yield start + parts[0].start(), self._town_after(read, end) or end

    @staticmethod
    def _prisons(text: str) -> Iterable[tuple[int, int]]:
        for match in _PRISON.finditer(text):
            yield match.span()


# a GP practice named in lower case, after a cue that a practice follows: "waited eleven weeks
# for a gp at heronsgate practice", "registered with kestrel house surgery" (never "bad
# practice" or "knee surgery" alone)
_LOWER_CASE_PRACTICE = re.compile(
    r"\b(?:gp|doctors?|doctor['’]s|registered|appointments?|seen)[ \t]+(?:\w+[ \t]+){0,2}?"
    r"(?:at|with)[ \t]+(?:the[ \t]+)?"
    r"(?P<site>(?P<name>(?:[a-z][\w'’\-]*[ \t]+){1,3})(?:surgery|practice|medical[ \t]+"
    r"(?:practice|centre|center)|health[ \t]+centre))(?![\w'’])"
)
# a run of at least two words in capitals (a line of an all-capitals answer)
_CAPITALS_RUN = re.compile(r"[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-&]*)+")


def _title_cased_capitals(text: str, runs: list[re.Match[str]]) -> str:
    """``text`` with each of its ``runs`` of words in capitals recased to title case, the
    same length."""
    chars = list(text)
    for run in runs:
        for i in range(run.start() + 1, run.end()):
            lower = chars[i].lower()
            if chars[i - 1].isalpha() and len(lower) == 1:
                chars[i] = lower
    return "".join(chars)


def _employer_pattern(employers: Iterable[str]) -> re.Pattern[str] | None:
    """One alternation of the employers, longest first, as written (case matters: "next"
    and "boots" are words)."""
    names = sorted({e for e in employers if e.strip()}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w&'’])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w&])")


# Used until configure() gives the gazetteer's employers (the examples).
EXAMPLE_EMPLOYERS = ("Amazon", "Tesco", "Asda")
