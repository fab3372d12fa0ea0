"""From raw recognizer results to the spans that will be replaced in one document.

Steps: drop results under their type's threshold; drop spans that are allowed words (MOD,
Monday, the Army); merge overlapping spans into one (the longest member's type wins, so an
address swallows its postcode and "Sgt Okafor" stays one person); mark speaker labels that
are names; then find every later mention of each found value, and of each name's own words
("Okafor" after "Sgt Okafor"), in any case, so a name found once is replaced everywhere.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from presidio_analyzer import RecognizerResult

from sealflow.scrub.display_name_chains import (
    first_name_cuts,
    in_a_chain,
    is_display_name,
    row_pieces,
)
from sealflow.scrub.formats.base import ROLE_SUFFIX_RE, is_initials_label
from sealflow.scrub.lines import line_around
from sealflow.scrub.name_edges import name_after, name_before, rank_before
from sealflow.scrub.people import SURNAME_PARTICLES, spelled_out
from sealflow.scrub.public_names import NAME_TYPES, PublicNames, outside
from sealflow.scrub.recognizers.base import NAMED_BY_LAYOUT_KEY
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS, rank_goes_on
from sealflow.scrub.recognizers.generic.layout_names import NAME_PART_LABEL
from sealflow.scrub.recognizers.generic.person_cues import AFTER_CUES, NOT_NAMES_LOWER, SPEECH_CUES
from sealflow.scrub.recognizers.generic.word_first_names import word_name_in_a_persons_place
from sealflow.scrub.recognizers.spoken_numbers import NUMBER_WORDS, cardinal_value
from sealflow.scrub.recognizers.uk.uk_town_recognizer import names_a_dish
from sealflow.scrub.settings import ScrubSettings
from sealflow.scrub.table_rows import header_cells, row_cells
from sealflow.scrub.word_search import phrase_matches, word_matches
from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS, WordLists, fold

PROPAGATED = "consistency"
LOWER_CASE_RATIO = 0.015
_WORD_ONLY = re.compile(r"[\w'’]+")
# what follows a speaker's label: "Efua:", "Wai N.  5:35 PM", "Hope Price (13:15):"
_LABEL_AFTER = re.compile(r"\.?(?::|[ \t]{2,}\d|[ \t]+\(\d|,[ \t]*\d{1,2}[:.]\d{2})")
_LETTERS_ONLY = re.compile(r"[^\W\d_]\.?(?:\s+[^\W\d_]\.?)?")
_NEXT_WORD = re.compile(r",?[ \t]+([A-Za-z]+)")
# what may separate two words of one name: a space, or a line break inside a segment
_NAME_GAP = re.compile(r" |[ \t]*\n[ \t]*")
# a lone name word: "lily", "Oyelaran", "O'Neill", "Hargreaves-Bell"
# initials in capitals, as a rota or a log writes them ("DC", "KS", "J.B.")
_BARE_CAPITALS = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
_LONE_NAME = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*")
SPEAKER = "speaker_label"
# recognizers whose person spans carry no cue of their own (spaCy alone). Not the residual
# scan's _READ_BY_SPACY, on purpose: propagate asks whether a full name came with a cue
# before spreading its words in any case, and a span it spread itself ("consistency") is a
# copy of a value already found, so it is not counted as uncued here; "spacy" is keep()'s
# name for a lone ordinary word only spaCy read. residual.py asks of one word whether only
# spaCy's reading stands behind it, spread or not.
_UNCUED = frozenset(["SpacyRecognizer", "spacy"])
# recognizers that read two name words in a row as one person from the words alone
_READ_AS_A_PAIR = frozenset(["SpacyRecognizer", "PersonGazetteerRecognizer"])
JOINED_PLACES = frozenset(["BASE", "UNIT"])
# Values not looked for elsewhere in the document: an age is a small number that identifies
# only beside its cue ("I'm 40"); the same number elsewhere is a time ("15:40") or a count.
NOT_PROPAGATED = frozenset(["AGE"])


@dataclass(frozen=True)
class Detection:
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    # read from the text's layout, not its words (``NAMED_BY_LAYOUT_KEY``)
    by_layout: bool = False
    # a piece of a name that a line's end cut in two ("IFEANYI" + "\nOKAFOR" on a form):
    # the whole name's span, whose value numbers the piece (``split_at_bounds``)
    whole: tuple[int, int] | None = None

    def spanning(self, start: int, end: int) -> Detection:
        """This detection over ``start``..``end``: itself when the span stays (most do, and
        a copy made by dataclasses.replace costs microseconds on a hot path)."""
        if start == self.start and end == self.end:
            return self
        return replace(self, start=start, end=end)


# the recogniser of a table's cells by their column's header ("surname", "user"): the header
# is the cue a word-name ("hunt", "Field") needs
COLUMN_OF_NAMES = "TableColumnRecognizer"


def from_results(results: Iterable[RecognizerResult]) -> list[Detection]:
    detections = []
    for result in results:
        metadata = result.recognition_metadata or {}
        name = str(metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"))
        by_layout = bool(metadata.get(NAMED_BY_LAYOUT_KEY, False))
        detections.append(
            Detection(result.entity_type, result.start, result.end, result.score, name, by_layout)
        )
    return detections


_FIRST_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# initials each with its full stop, the last one's trimmed as a sentence's: "Y.K.M", "K.J"
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding whitespace and trailing sentence punctuation."""
    while start < end and text[start] in " \t\n\"'(“‘":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;:!?\"')”’":
        end -= 1
    if text.startswith(".", end) and _DOTTED_INITIALS.fullmatch(text, start, end):
        end += 1  # "(Y.K.M.)": the last initial's full stop is the initials', too
    return start, end


# A possessive ending after a letter ("Patel's", "WO1 Kettlewell’s"): grammar, not the name.
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s$")


def without_possessive(text: str, start: int, end: int) -> int:
    """The end of a person's span without its possessive 's ("Patel's idea" keeps "'s"
    beside the placeholder: the name is "Patel", and the corpora label it so)."""
    found = _POSSESSIVE.search(text, start, end)
    return found.start() if found and found.start() > start else end


# kisses after a signature's name ("Jane X", "katarzyna xx"), where the message ends
_KISSES_AT_THE_END = re.compile(r"[ \t]+[xX]{1,4}[ \t]*(?=[\n!,]|$)")


def trim_possessives(text: str, detections: Iterable[Detection]) -> list[Detection]:
    """Each person span without a possessive 's, or kisses that close a message ("Jane
    X"), at its end (other types are kept whole)."""
    out = []
    for d in detections:
        end = d.end
        if d.entity_type == "PERSON":
            end = without_possessive(text, d.start, d.end)
            kisses = _KISSES_AT_THE_END.search(text, d.start, end)
            if kisses is not None and kisses.end() == end and kisses.start() > d.start:
                end = kisses.start()
        out.append(d if end == d.end else replace(d, end=end))
    return out


# Characters no identifier holds: markup a recognizer may run across ("<v Fiona>Siobhan",
# "[Fiona] Siobhan"), and in a name "&" ("Joseph Adeyemi & Okafor"); a span is cut there, so
# a voice tag's name and the first word of the cue are two people, not one placeholder.
_MARKUP = re.compile(r"[<>]")
# in a name also a colon after a word (a speaker's label before the turn: "Tevita Okafor:
# JENKINS"; not the colon of a time, "Wai N.  5:12 PM") and a blank line
_MARKUP_IN_NAMES = re.compile(r"[<>\[\]{}|&]|(?<=[^\W\d_]):(?=\s)|\n[ \t]*\n")


# iCalendar's property and parameter names and values (RFC 5545), which a calendar
# invitation pasted into an e-mail or a log holds in capitals: "BEGIN:VEVENT",
# "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=...": syntax, never anyone's name.
_CALENDAR_WORDS = frozenset(
    ["begin", "end", "vcalendar", "vevent", "valarm", "vtimezone", "vtodo", "organizer",
     "attendee", "cn", "role", "rsvp", "partstat", "cutype", "individual", "group", "room",
     "req-participant", "opt-participant", "non-participant", "chair", "needs-action",
     "accepted", "declined", "tentative", "true", "false", "dtstart", "dtend", "dtstamp",
     "uid", "summary", "description", "location", "mailto", "method", "request", "prodid",
     "version", "status", "confirmed", "sequence", "tzid", "class", "public", "private",
     "transp", "opaque", "x-microsoft-cdo-busystatus", "busy", "action", "display",
     "trigger", "sent-by", "language", "categories", "priority", "url", "created",
     "last-modified", "standard", "daylight", "tzoffsetfrom", "tzoffsetto", "rrule"]
)  # fmt: skip
_CALENDAR_SYNTAX = re.compile(r"[;=]|:(?![ \t])")


def _pieces_between(text: str, detection: Detection, cuts: re.Pattern[str]) -> list[Detection]:
    """The detection's pieces between the matches of ``cuts`` inside it, each trimmed; an
    empty piece goes (the detection whole when nothing cuts it)."""
    pieces = []
    start = detection.start
    for match in cuts.finditer(text, detection.start, detection.end):
        lo, hi = _trim(text, start, match.start())
        if lo < hi:
            pieces.append(replace(detection, start=lo, end=hi))
        start = match.end()
    if start == detection.start:
        return [detection]
    lo, hi = _trim(text, start, detection.end)
    if lo < hi:
        pieces.append(replace(detection, start=lo, end=hi))
    return pieces


def _out_of_calendar_syntax(text: str, detection: Detection) -> list[Detection]:
    """A name in a calendar invitation without the syntax around it: "ORGANIZER;CN" and
    "REQ-PARTICIPANT;CN" go, "Grace Hope;RSVP=TRUE" keeps "Grace Hope"."""
    if detection.entity_type != "PERSON":
        return [detection]
    return [
        piece
        for piece in _pieces_between(text, detection, _CALENDAR_SYNTAX)
        if not all(
            w in _CALENDAR_WORDS for w in re.split(r"\s+", text[piece.start : piece.end].lower())
        )
    ]


def cut_at_markup(text: str, detections: Iterable[Detection]) -> list[Detection]:
    """Each detection cut into its pieces between markup characters (empty pieces go)."""
    return [
        piece
        for detection in detections
        for piece in _pieces_between(
            text, detection, _MARKUP_IN_NAMES if detection.entity_type == "PERSON" else _MARKUP
        )
    ]


def cut_public_names(
    text: str, detections: Iterable[Detection], public: PublicNames
) -> list[Detection]:
    """The detections without what names a public thing (public_names.py): a helpline's
    number goes, and a name-like span keeps only its pieces outside a public name ("Dave
    from Combat Stress": "Dave" stays a detection, "Combat Stress" is kept)."""
    spans: list[tuple[int, int]] | None = None
    kept = []
    for detection in detections:
        if public.is_helpline(text[detection.start : detection.end]):
            continue
        if detection.entity_type not in NAME_TYPES:
            kept.append(detection)
            continue
        if spans is None:
            spans = public.spans(text)
        pieces = outside(
            text,
            detection.start,
            detection.end,
            # an employer's site is one place: "Tesco Extra Taunton", "Whitehaven Tesco"
            public.spans_in_a_place(text, detection.start, detection.end)
            if detection.entity_type == "LOCATION" and spans
            else spans,
        )
        if pieces == [(detection.start, detection.end)]:
            kept.append(detection)
            continue
        # (a piece of only function words names nothing: "the" of "the Defence
        # Infrastructure Organisation", which, kept, went on to stand for every "the")
        kept.extend(
            replace(detection, start=s, end=e)
            for s, e in pieces
            if not _FUNCTION_WORDS_ONLY.fullmatch(text, s, e)
        )
    return kept


# a piece of a span that holds only function words
_FUNCTION_WORDS_ONLY = re.compile(
    r"(?i)(?:(?:the|a|an|of|and|&|to|from|with|at|in|on|for|by|our|my|his|her|their|your)"
    r"(?:[\s,.;:'’\-]+|$))+"
)


def _names_around_numbers(text: str, detection: Detection, words: WordLists) -> list[Detection]:
    """A person spaCy read over a number with a name on each side ("Dave Mensah 07700
    900123 Sgt Okafor") is two people: Presidio keeps only spaCy's copy of the rank
    recognizer's "Sgt Okafor" inside it, so keeping one side (``_trim_person``) lost the
    other name. Either side must hold a listed name or a rank."""
    if detection.recognizer != "SpacyRecognizer" or detection.entity_type != "PERSON":
        return [detection]
    tokens = list(_WORD_RE.finditer(text, detection.start, detection.end))
    numbered = [i for i, t in enumerate(tokens) if any(c.isdigit() for c in t.group(0))]
    if not numbered:
        return [detection]
    before, after = tokens[: numbered[0]], tokens[numbered[-1] + 1 :]
    if not before or not after or not (_name_weight(before, words) and _name_weight(after, words)):
        return [detection]
    return [
        replace(detection, start=side[0].start(), end=side[-1].end()) for side in (before, after)
    ]


_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")


def _names_around_dashes(text: str, detection: Detection, words: WordLists) -> list[Detection]:
    """A person spaCy read over a spaced dash is the name before it ("Khan NP - RTW
    interview": a log's entry and its subject); what follows is a second person only if it
    holds a listed name or a rank ("Sgt Okafor - Cpl Bell")."""
    if detection.recognizer != "SpacyRecognizer" or detection.entity_type != "PERSON":
        return [detection]
    dash = _SPACED_DASH.search(text, detection.start, detection.end)
    if dash is None or dash.start() == detection.start or dash.end() == detection.end:
        return [detection]
    pieces = []
    named_before = any(c.isalpha() for c in text[detection.start : dash.start()])
    if named_before:
        pieces.append(replace(detection, end=dash.start()))
    after = list(_WORD_RE.finditer(text, dash.end(), detection.end))
    # a chat line's time before the sender ("08:44 - Spike") names no one: the sender stays
    if after and (not named_before or _name_weight(after, words)):
        pieces.append(replace(detection, start=dash.end()))
    return pieces


def _first_names_in_a_row(text: str, detection: Detection, words: WordLists) -> list[Detection]:
    """A person spaCy read over two first names that no list gives as a surname, each of
    which the text names alone elsewhere, is two people addressed together ("Dai Vicky stop
    arguing" where "Dai" and "Vicky" each write elsewhere), not a first name and surname.
    The name list's reading of two listed names in a row is no stronger a cue than spaCy's."""
    if detection.recognizer not in _READ_AS_A_PAIR or detection.entity_type != "PERSON":
        return [detection]
    tokens = list(_WORD_RE.finditer(text, detection.start, detection.end))
    if len(tokens) != 2 or text[tokens[0].end() : tokens[1].start()] != " ":
        return [detection]
    names = [t.group(0) for t in tokens]
    if not all(
        name[:1].isupper()
        and fold(name.lower()) in words.first_names
        and fold(name.lower()) not in words.surnames
        and _named_alone_elsewhere(text, name, detection)
        for name in names
    ):
        return [detection]
    return [replace(detection, start=t.start(), end=t.end()) for t in tokens]


def _two_first_names(text: str, start: int, end: int, words: WordLists) -> bool:
    """Whether ``text[start:end]`` is two people's first names (``_first_names_in_a_row``)."""
    span = Detection("PERSON", start, end, 1.0, "SpacyRecognizer")
    return len(_first_names_in_a_row(text, span, words)) == 2


def _named_alone_elsewhere(text: str, name: str, detection: Detection) -> bool:
    """Whether ``name`` stands in the text outside ``detection`` as a word of its own."""
    pattern = re.compile(r"(?<![\w'’\-])" + re.escape(name) + r"(?![\w'’\-])")
    return any(not (detection.start <= m.start() < detection.end) for m in pattern.finditer(text))


def _opens_with_a_name(line: str, words: WordLists) -> bool:
    """Whether a line's first word may be a name: no ordinary word, or a listed name that is
    none ("Lukas J", "Owusu", "Pietrzak-Nowicka"; not "ta", "Outcome" or "28/10/2026")."""
    opening = _FIRST_WORD.match(line.lstrip())
    if opening is None:
        return False
    word = opening.group(0).lower()
    return not words.is_common_word(word) or words.is_unambiguous_name(word)


# a chat export's sender line: the name, then ", 20:43", " (13:15):", ":" or Slack's
# "  2:38 PM"
_SENDER_LINE = re.compile(
    r"[^\W\d_][\w'’.\- ]{0,38}?(?:,[ \t]*\d{1,2}[:.]\d{2}|[ \t]*\(\d{1,2}[:.]\d{2}|:[ \t]|:$"
    r"|[ \t]{2,}\d{1,2}[:.]\d{2})"
)


def _opens_a_new_name(text: str, at: int, words: WordLists) -> bool:
    """Whether the line a name ran on to is someone else's: a chat sender's line ("KEISHA
    JONES, 20:43", "Bishnu:") or a first name that is no surname ("Keisha" + "\nBishnu"),
    where a name broken over a line ends in its surname ("Akosua" + "\nOwusu")."""
    line_start, line_end = line_around(text, at)
    line = text[line_start:line_end].strip()
    if _SENDER_LINE.match(line):
        return True
    opening = _FIRST_WORD.match(line)
    if opening is None:
        return False
    word = opening.group(0).lower()
    return word in words.first_names and word not in words.surnames


def _lines_of_a_spacy_name(text: str, detection: Detection, words: WordLists) -> list[Detection]:
    """A person spaCy read over a line break, cut into its lines ("Sanjay P." + "\nLukas J,
    17:41": the end of one chat message and the next sender). Only a lone name word's line
    runs on to a next line opening with a name ("Akosua" + "\nOwusu", "Lt Col Priya" +
    "\nShah"), as join_names joins them; never over two breaks ("kofi\nta\nSunita")."""
    value = text[detection.start : detection.end]
    if detection.recognizer not in _READ_AS_A_PAIR or "\n" not in value.strip():
        return [detection]
    # the name lists read two listed names in a row over a line break, as spaCy does; theirs
    # is cut only where the next line opens with someone else's name ("Stefan" + "\nStefan
    # rang"), since the engine keeps their persons beside spaCy's
    lines = value.strip().split("\n")
    new_name_next = _opens_a_new_name(text, detection.start + len(value.rstrip()) - 1, words)
    if (
        detection.recognizer != "SpacyRecognizer"
        and not new_name_next
        and lines[0].split()[-1:] != lines[-1].split()[:1]
    ):
        return [detection]
    first, last = lines[0].strip(), lines[-1].strip()
    if (
        len(lines) == 2
        and (_one_name_word(first) or _one_name_after_ranks(first))
        and _opens_with_a_name(last, words)
        and not new_name_next
        and not _whole_before_a_line_break(
            text,
            replace(detection, end=detection.start + len(value.split("\n")[0].rstrip())),
            replace(detection, start=detection.end - len(value.split("\n")[-1].lstrip())),
        )
    ):
        return [detection]
    pieces, at = [], detection.start
    for index, line in enumerate(value.split("\n")):
        # a later line's piece only if it opens with a name: "28/10/2026" or "Outcome" of
        # the next line is no one
        if (index == 0 or _opens_with_a_name(line, words)) and any(c.isalpha() for c in line):
            pieces.append(replace(detection, start=at, end=at + len(line)))
        at += len(line) + 1
    return pieces


def keep(
    text: str,
    detections: Iterable[Detection],
    settings: ScrubSettings,
    words: WordLists,
    min_score: float | None = None,
    uncued: list[Detection] | None = None,
) -> list[Detection]:
    """Apply thresholds (``min_score`` overrides them all) and the allow list.

    spaCy's lone ordinary-word names at a sentence start ("Will", "Bill") are dropped here;
    ``uncued`` collects them, since one may yet be the short form of a name found elsewhere
    in the document ("Mike" after "Michael Mensah")."""
    kept = []
    # read whole, before a public name is cut out of it ("Unit Welfare" + "Meeting")
    detections = [
        d for d in detections if not (_spacy_heading(text, d, words) or _names_a_law(text, d))
    ]
    detections = _model_spans_cut_to_the_rules(text, detections, words)
    detections = [piece for d in detections for piece in _lines_of_a_spacy_name(text, d, words)]
    detections = [piece for d in detections for piece in _names_around_numbers(text, d, words)]
    detections = [piece for d in detections for piece in _names_around_dashes(text, d, words)]
    detections = [piece for d in detections for piece in _first_names_in_a_row(text, d, words)]
    if "CN=" in text or "BEGIN:V" in text:
        detections = [piece for d in detections for piece in _out_of_calendar_syntax(text, d)]
    for detection in cut_public_names(text, detections, settings.public_names()):
        threshold = settings.threshold(detection.entity_type) if min_score is None else min_score
        if detection.score < threshold:
            continue
        start, end = _trim(text, detection.start, detection.end)
        if start >= end:
            continue
        if detection.entity_type == "PERSON":
            end = without_possessive(text, start, end)
        value = text[start:end]
        by_layout = _initials_by_layout(detection, value)
        if words.is_allowed(value) and not by_layout:
            continue
        if names_an_operation(text, start, end):
            continue  # "Op HERRICK 12", "Operation Telic": a public operation, no one's name
        if detection.entity_type not in ("EMAIL", "URL") and _inside_a_code(text, start, end):
            # "0507481855" of "interview-0507481855bf": a file's id, not a phone; "eda" of
            # "f1eda1a4a2c9": a code's letters, no one's name
            continue
        if in_a_table_header(text, start) and _a_column_label(value, words):
            continue  # "| Item | Qty | Cost |", "ResponseId,Age,Gender": a column's label
        if detection.entity_type == "PERSON":
            if not any(c.isalpha() for c in value) or _A_NUMBERED_CLAUSE.fullmatch(value):
                continue  # "23/11/2025", "r.16.2": no letters of a name
            if not by_layout and _inside_a_worded_label(text, start, end, words):
                continue  # "Dates to avoid:", "Years served:": a form's label of words
            start, end = _before_the_next_field(text, start, end)
            value = text[start:end]
            if names_a_dish(text, start, end):
                continue  # "Devon cream tea", "arbroath smokie": a place word, no person
            if _A_COMPANY_AFTER.match(text, end) or _A_COMPANY_WORD.search(value):
                continue  # "Scribewell Ltd", "CLEARTYPE LIMITED": a company, not a person
            if said_number(text[start:end]):
                continue  # "thirty-nine", "Eighteen": a number said in words, whoever found it
            room = _A_ROOM.match(text, start)
            if room is not None and room.end() >= end:
                continue  # "Bldg 112", "Building 9", "Block 7": where, not who
            if _A_LETTERED_PLACE.fullmatch(text, start, end):
                continue  # "B Block", "C Company", "A Wing": a letter naming a place or a unit
            if _month_of_a_date(text, start, end):
                continue  # "12 Jan", "June 2026", "the 3rd of May": a date, not Jan or May
            if _FIELD_LABEL.fullmatch(text[start:end]) and _NUMBER_FIELD.match(text, end):
                continue  # "Tel: 94321 5678", "Mob: 07700...": a field's label, not Tel
            if is_role_label(text[start:end], settings.roles()):
                continue  # "SPEAKER_01", "P2", "INT", "R": a role, whoever read it as a name
            if detection.recognizer == "SpacyRecognizer":
                if _LETTERS_ONLY.fullmatch(text[start:end]):
                    continue  # "U S.", "A B": two letters are no name
                start, end = _trim_person(text, start, end, words)
                room = _A_ROOM.match(text, start)
                if room is not None and room.end() >= end:
                    continue  # "SIGN-IN SHEET Rm G.07": the room, once "SHEET" is trimmed
                if _FIELD_LABEL.fullmatch(text, start, end) and _NUMBER_FIELD.match(text, end):
                    continue  # "Tel 01980 675 608": the label, once spaCy's number is trimmed
                if _a_field_label(text, start, end, words):
                    continue  # "Children: 2", "NOTE:", "Female (41)": a form's label
                if _a_field_value_word(text, start, end, words):
                    continue  # "Priority: Normal", "Outcome: Closed": a field's value
                if (
                    _uncued_ordinary_word(text, start, end, words)
                    or _word_read_as_name(text, start, end, words)
                    or _lower_case_ordinary_word(text[start:end], words)
                ):
                    if uncued is not None:
                        uncued.append(Detection("PERSON", start, end, detection.score, "spacy"))
                    continue
            value = text[start:end]
            tokens = [t for t in re.split(r"[\s\-]+", value) if t]
            if by_layout:
                tokens = ["initials"]  # "SR" under a sign-off: initials, though a rank too
            if not tokens or (
                all(words.is_allowed(t) or t.lower().strip(".") in RANK_WORDS for t in tokens)
                # "Field" under a "surname" header: the column says it is a name
                and detection.recognizer != COLUMN_OF_NAMES
                # "Surname: Field": the field's label says so too
                and not NAME_PART_LABEL.search(text, max(0, start - 40), start)
                # "WO1 Field", "Capt Lord": a rank, then a surname that is a rank's word too
                and not _rank_then_a_surname_of_rank_words(tokens, words)
            ):
                continue
            if _only_role_words(tokens, words):
                continue  # "Caller said", "Resettlement Clerk", "Veterans' Welfare": no one
        kept.append(detection.spanning(start, end))
    # after the filters, which read the span whole ("mad.</v>" is no name either way)
    return cut_at_markup(text, kept)


# a column's usual label in a survey, form or register export
_COLUMN_LABEL = re.compile(
    r"(?i)(?<![a-z])(?:id|response|respondent|age|gender|sex|name|surname|date|dob|q\d+|"
    r"email|phone|tel|rank|unit|status|start|end|duration|progress|finished|recorded|score|"
    # a rota's or a leave tracker's columns
    r"day|shift|duty|type|time[ \t]+in|time[ \t]+out)"
    r"(?![a-z])"
)
# a building, a room or a bay and its number: "Bldg 112", "Building 9", "Room 2.14", and a
# room numbered by its floor's letter: "Rm G.07" (ground floor), "Room B12"
_A_ROOM = re.compile(
    r"(?i:building|bldg|blk|block|room|rm|bay|hangar|hanger|floor|wing|hut|office|suite)\.?"
    r"(?=[ \t]+(?:[A-Z]\.?)?\d)(?:[ \t]+(?:[A-Z]\.?)?\d+(?:\.\d+)?[a-z]?\b)?"
)
# a letter naming a block, a wing or a sub-unit: "B Block", "C Coy", "A Flight", "D Ward"
_A_LETTERED_PLACE = re.compile(
    r"[A-Z][ \t]+(?i:block|blk|wing|hangar|bay|lines|company|coy|squadron|sqn|flight|flt|"
    r"troop|tp|platoon|pl|battery|bty|watch|shift|team|deck|ward|side)"
)
_WORD_RE = re.compile(r"[\w'’.\-/]+")
# the rule under a markdown table's header row: "|---|:---:|", "--- | ---"
_TABLE_RULE = re.compile(
    r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*(?:\n|$)"
)


def _initials_by_layout(detection: Detection, value: str) -> bool:
    """Whether a detection is initials in capitals that a letter's layout names a person by
    ("MM, RSM" in a cc list, "SR" under "Kind regards,"): kept though "MM" and "PS" are on
    the allow list and "SR" is a rank's short form, since the layout says initials."""
    return detection.by_layout and 2 <= len(value) <= 3 and value.isalpha() and value.isupper()


def in_a_table_header(text: str, at: int) -> bool:
    """Whether ``at`` lies in a table's header row: a markdown row whose next line is the
    table's rule, or a comma or tab separated header over its rows. Its cells name columns
    ("Name", "Item", "Boots", "Gender"), no one."""
    line_start, line_end = line_around(text, at)
    if line_end == len(text):
        return False
    line = text[line_start:line_end]
    if "|" in line:
        # a markdown header over its rule, or a rota's bars over rows with no rule
        return _TABLE_RULE.match(text, line_end + 1) is not None or _a_header_row(
            line, text[line_end + 1 : line_end + 1 + 2 * len(line) + 200]
        )
    if line_start > 0 and text[max(0, line_start - 2) : line_start] != "\n\n":
        return False  # a header opens the text or follows a blank line
    return _a_header_row(line, text[line_end + 1 : line_end + 1 + 2 * len(line) + 200])


def _a_column_label(value: str, words: WordLists) -> bool:
    """A header cell that labels a column ("Gender", "Item", "Q12"), not a person heading
    one (a rota's "Sarah", "Tom Smith"): one word, an ordinary one, a usual label or no
    listed name ("Qty"); or a rota's duty ("Duty Driver", "Duty NCO", "Duty Officer"): a
    usual label and after it only role words and ordinary words that are no one's name
    alone ("Duty Smith" stays a person)."""
    key = value.strip().lower()
    if " " not in key:
        return (
            words.is_common_word(key)
            or _COLUMN_LABEL.fullmatch(key) is not None
            or not words.is_listed_name(key)
        )
    first, *rest = key.split()
    return _COLUMN_LABEL.fullmatch(first) is not None and all(
        word in RANK_AND_ROLE_WORDS
        or words.is_allowed(word)
        or (words.is_common_word(word) and not words.is_unambiguous_name(word))
        for word in rest
    )


def _a_header_row(line: str, after: str) -> bool:
    """Whether ``line`` heads comma or tab separated rows ("ResponseId,Age,Gender,Q12"):
    every cell a short label, one a column's usual label, and the next line a row of at
    least as many cells holding a number or an id ("R_3kd9,34,Male"), so that a line
    listing people over a sentence ("Sarah Jones, Tom Smith, Ali Khan" / "were there, all
    of them") is no header."""
    first_row = after.split("\n", 1)[0]
    for delimiter in (",", "\t", "|"):
        cells = header_cells(line, delimiter)
        if cells is None:
            continue
        return (
            any(_COLUMN_LABEL.search(c) for c in cells)
            and len(row_cells(first_row, delimiter)) >= len(cells)
            and any(ch.isdigit() for ch in first_row)
        )
    return False


# a month's name or short form, and the day number or year beside it that makes it a date
_MONTH_WORD = re.compile(
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_BEFORE = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+$")
_YEAR_OR_DAY_AFTER = re.compile(
    r"[ \t]+(?:(?:19|20)\d\d|['’]\d\d|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)(?![\w:])"
)
# the label of a phone field ("Tel:", "Mob -"), and the number after it
_FIELD_LABEL = re.compile(r"(?i:tel|mob|fax|ext|mil|ph|cell|phone|mobile)")
# (or, with no colon, a phone number's opening: "Tel 01980 675 608", "Mob +44 7700")
_NUMBER_FIELD = re.compile(r"\.?(?:[ \t]*[:\-][ \t]*[+(0-9]|[ \t]+(?:\+|\(?0))")


def _month_of_a_date(text: str, start: int, end: int) -> bool:
    """Whether a name found is a month with its day or year beside it ("12 Jan", "June
    2026", "the 3rd of May"): "Jan", "May" and "June" are names too, but not there."""
    return _MONTH_WORD.fullmatch(text, start, end) is not None and (
        _DAY_BEFORE.search(text, max(0, start - 12), start) is not None
        or _YEAR_OR_DAY_AFTER.match(text, end) is not None
    )


def _ordinary_heading(value: str, words: WordLists) -> bool:
    """Whether a span of two or more words spaCy alone read as a person holds only ordinary
    English words of three letters or more, none of them a listed name or a name that is
    also a word ("Welfare Meeting", "Resettlement Brief"): a heading's
    capitals, not a name's ("J. Blackwood" has an initial, so it stays a name)."""
    raw = [t.strip(".,'’") for t in re.split(r"[\s\-]+", value) if t.strip(".,'’")]
    if not all(t[:1].isupper() for t in raw):
        return False  # "Aga the Calm": a lower-case word between, so no heading
    tokens = [t.lower() for t in raw]
    return len(tokens) >= 2 and all(
        (t in words.stop_words or (len(t) >= 3 and t.isalpha() and words.is_common_word(t)))
        and not words.is_listed_name(t)
        and t not in words.ambiguous
        and t not in RANK_WORDS
        for t in tokens
    )


def _lower_case_ordinary_word(value: str, words: WordLists) -> bool:
    """Lower-case ordinary words in no name list ("is strugglin", "doin ok", "HIVE info
    given"): spaCy alone reads them as a person, with no capital or cue to go on. Every
    word of the span must be one (a stop word counts): "rose fletcher" keeps its listed
    surname and stays a person."""
    parts = value.split()
    return (
        0 < len(parts) <= 3
        and value.islower()
        and any(words.is_common_word(p) for p in parts)
        and all(_ordinary_lower_word(p, words) for p in parts)
    )


# (named apart from _LABEL_AFTER above, a speaker's or sender's label after a line break,
# which this pattern had shadowed since both had one name)
_COLON_OR_COUNT_AFTER = re.compile(r"[ \t]*(?::|\([ \t]*\d)")


def _a_field_label(text: str, start: int, end: int, words: WordLists) -> bool:
    """A lone ordinary word, in no name list, before a colon or a bracketed number
    ("Children: 2", "NOTE: see below", "Female (41)"): a form's label or a category, which
    the fine-tuned model reads as a person. A listed name there is a speaker ("Mark:")."""
    value = text[start:end]
    if not _WORD_ONLY.fullmatch(value) or _COLON_OR_COUNT_AFTER.match(text, end) is None:
        return False
    key = value.lower()
    return words.is_common_word(key) and not words.is_listed_name(key)


# a line's opening label of words, up to its colon: "Dates to avoid:", "Years served:"
_WORDED_LABEL = re.compile(r"[ \t]*[A-Z][\w'’ /()\-]{0,40}?(?=:)")
# a law named by its short title and year, or a rule's number: "CJ Act 1967", "r.16.2"
_NAMES_A_LAW = re.compile(r"[ \t]+(?:Act|Regulations|Order|Rules)[ \t]+(?:19|20)\d{2}\b")
_A_LAW = re.compile(r"[ \t](?:Act|Regulations|Order|Rules)(?=[ \t]+(?:19|20)\d{2}\b)")
_A_NUMBERED_CLAUSE = re.compile(r"[^\W\d_]?\.?(?=[\d.()]*\d)[\d.()]+[a-z]?")


# a run of spaces, then the next field's label on the same line: "WO2   Service No:"
_NEXT_FIELD = re.compile(r"(?:[ \t]{2,}|[ \t]*\n[ \t]*)(?=[A-Z][\w'’ ()/\-]{0,30}:)")


def _names_a_law(text: str, detection: Detection) -> bool:
    """A person span that is, or stands before, a law's short title and year ("CJ Act 1967",
    "MC Act 1980"): read whole, before any piece of it is cut away and left as a name."""
    if detection.entity_type != "PERSON":
        return False
    # (the year after "Act" is all the pattern reads beyond the span)
    law = _A_LAW.search(text, detection.start, detection.end + 12)
    return _NAMES_A_LAW.match(text, detection.end) is not None or (
        law is not None and law.start() < detection.end
    )


def _before_the_next_field(text: str, start: int, end: int) -> tuple[int, int]:
    """A person span cut where a form's next field opens on its line ("Rank: WO2   Service
    No:" read as one name): what stands after the gap is that field's label."""
    # (the next label is read up to 40 characters past the span, no further)
    gap = _NEXT_FIELD.search(text, start, end + 40)
    if gap is None or not start < gap.start() < end:
        return start, end
    return start, gap.start()


_SPEECH_VERBS = frozenset(["wrote", "said", "says", "asked", "replied", "writes", "added"])


def _inside_a_worded_label(text: str, start: int, end: int, words: WordLists) -> bool:
    """Whether a span of ordinary words (no listed first name) lies inside a line's opening
    label that goes on in lower case after it ("Dates to avoid:", "Years served: 9"): the
    label of a form's field, which the fine-tuned model reads as a person. A label naming a
    person by a first name ("Kasia from HR:", "Mark from stores:") stays a name."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _WORDED_LABEL.match(text, line_start)
    if label is None or end > label.end() or any(c.isdigit() for c in label.group()):
        return False  # (a clock in it: "Text from Spike half 7:" names a message's sender)
    if re.search(r"(?i)\b(?:from|by|to|for|with|cc)[ \t]*\Z", text[line_start:start]):
        return False  # "Message from Moose:", "Sent by Tiny:": a person's slot in the label
    after = text[end : label.end()].split()
    if not after or not any(w[:1].islower() for w in after):
        return False
    if after[-1].lower() in _SPEECH_VERBS or re.search(r"[a-z][A-Z]", text[start:end]):
        return False  # "WillS wrote:", "Moose says:": a person's words, a handle's shape
    tokens = [t.lower() for t in re.split(r"[\s\-]+", text[start:end]) if t]
    return all(
        words.is_common_word(t) and t not in words.first_names and t not in words.ambiguous
        for t in tokens
    )


# a field's label just before its value on the same line: "Priority: ", "Request type: "
_FIELD_BEFORE = re.compile(r"(?:^|[ \t]{2,}|\|[ \t]*)[A-Z][A-Za-z /]{1,24}:[ \t]*\Z", re.MULTILINE)


# a registered company's suffix, after a found "person" or as its last word: the words
# before it are the company's name ("Scribewell Ltd", "Verbatim Direct Limited", "X LLP")
_COMPANY_SUFFIX = r"(?:Ltd|LTD|Limited|LIMITED|PLC|plc|Plc|LLP|Inc|CIC)\b\.?"
_A_COMPANY_AFTER = re.compile(r"[ \t]+" + _COMPANY_SUFFIX)
_A_COMPANY_WORD = re.compile(r"[ \t]" + _COMPANY_SUFFIX + r"\Z")


_HEX_CODE = re.compile(r"(?=[0-9a-f]*\d[0-9a-f]*\d[0-9a-f]*\d)[0-9a-f]{8,}")


def _inside_a_code(text: str, start: int, end: int) -> bool:
    """Whether letters found as a name stand inside a code: between two of its digits, or
    in a token of hexadecimal digits with three or more numbers (a file's or a system's id,
    "interview-f509db0f6bea"); "dave88" and "Jones2" are no such code."""
    if text[start - 1 : start].isdigit() and text[end : end + 1].isdigit():
        return True
    if not (text[start - 1 : start].isalnum() or text[end : end + 1].isalnum()):
        return False
    lo, hi = start, end
    while lo > 0 and text[lo - 1].isalnum():
        lo -= 1
    while hi < len(text) and text[hi].isalnum():
        hi += 1
    return _HEX_CODE.fullmatch(text, lo, hi) is not None


def _rank_then_a_surname_of_rank_words(tokens: Sequence[str], words: WordLists) -> bool:
    """ "WO1 Field", "Capt Lord": ranks, then a listed surname that is also a rank's word and
    with them makes no rank ("Field Marshal", "Sgt Major" do)."""
    bare = [t.lower().strip(".") for t in tokens]
    return (
        len(bare) >= 2
        and all(t in RANK_WORDS for t in bare)
        and not rank_goes_on(" ".join(tokens[:-1]), tokens[-1], words.surnames)
    )


def _a_field_value_word(text: str, start: int, end: int, words: WordLists) -> bool:
    """A lone ordinary word, in no name list and no ambiguous name, as a field's value
    ("Priority: Normal", "Status: Closed", "Request type: Withdrawal"): the model reads a
    capitalised value as a person; a name in that place is listed or ambiguous ("Requester:
    Frank")."""
    value = text[start:end]
    if not _WORD_ONLY.fullmatch(value) or not _FIELD_BEFORE.search(text, max(0, start - 40), start):
        return False
    if len(value) < 3 or not value[1:].islower():
        return False  # "Checked: KA 1805hrs": capitals in a field are someone's initials
    key = value.lower()
    return (
        words.is_common_word(key)
        and not words.is_listed_name(key)
        and key not in words.ambiguous
        and key not in words.table_names
    )


def _ordinary_lower_word(word: str, words: WordLists) -> bool:
    return (
        _WORD_ONLY.fullmatch(word) is not None
        and (words.is_common_word(word) or word in words.stop_words)
        and not words.is_listed_name(word)
        and word not in words.ambiguous
        and word not in words.table_names  # "aga" is Agnieszka's short form
    )


# a title's words in capitals, a spaced dash, and what it is the title of
_TITLE_DASH = re.compile(r"((?:[A-Z]{2,}[ \t]+)*[A-Z]{2,})[ \t]+[-–][ \t]+(.+)", re.DOTALL)
# what may follow a title's dash besides ordinary words: a number or a course's code
# ("Cadre TTT 12", "Ex JNCO Cadre 3", "Course AT 4/26", "CLM 01/25")
_TITLE_CODE = re.compile(r"[\d/.:]+|[A-Z]{2,5}")


def _titled_heading(value: str, words: WordLists) -> bool:
    """Whether a span is a document's title: ordinary words in capitals, a spaced dash and
    then ordinary words, numbers and codes ("NOMINAL ROLL - Ex JNCO Cadre 3"). A name has
    no spaced dash in it, and a code in capitals that is a listed name is no code."""
    title = _TITLE_DASH.fullmatch(value)
    if title is None:
        return False
    if not all(
        words.is_common_word(w.lower()) and not words.is_listed_name(w.lower())
        for w in title.group(1).split()
    ):
        return False
    rest = title.group(2).split()
    return any(words.is_common_word(t.lower()) for t in rest) and all(
        t.lower() in words.stop_words
        or (_TITLE_CODE.fullmatch(t) is not None and not words.is_listed_name(t.lower()))
        or (
            words.is_common_word(t.lower())
            and not words.is_listed_name(t.lower())
            and t.lower() not in words.ambiguous
            and t.lower() not in RANK_WORDS
        )
        for t in rest
    )


_CODE_PARTS = re.compile(r"[\s\-_/]+")


def _code_in_capitals(value: str, words: WordLists) -> bool:
    """Whether a span in capitals is a code or a label, not a name: one ordinary word of
    four letters or more ("WORKLOAD", "BELONGING": a coding frame's codes, a form's
    headings), or parts joined by hyphens, none a listed name, one of them an ordinary
    word ("PEER-SUPP", "MH-LITERACY"). The fine-tuned model reads any word in capitals as
    a person; a surname in capitals is a listed name ("SMITH", "OKAFOR-BROWN") or no
    ordinary word ("OGUNLEYE"), and a name that is also a word ("HOPE") is left to the
    rules for such names."""
    if not value.isupper() or not any(c.isalpha() for c in value):
        return False
    parts = [p.lower() for p in _CODE_PARTS.split(value.strip(".,'’")) if p]
    if any(
        words.is_listed_name(p) or p in words.ambiguous or p in words.table_names or p in RANK_WORDS
        for p in parts
    ):
        return False
    if len(parts) == 1:
        return len(parts[0]) >= 4 and parts[0].isalpha() and words.is_common_word(parts[0])
    return "-" in value and any(len(p) >= 3 and words.is_common_word(p) for p in parts)


def _spacy_heading(text: str, detection: Detection, words: WordLists) -> bool:
    """A person span spaCy alone found that is an ordinary heading (``_ordinary_heading``),
    a document's title (``_titled_heading``) or a code in capitals (``_code_in_capitals``)."""
    if detection.recognizer != "SpacyRecognizer" or detection.entity_type != "PERSON":
        return False
    start, end = _trim(text, detection.start, detection.end)
    value = text[start:end]
    return (
        _ordinary_heading(value, words)
        or _titled_heading(value, words)
        or (_code_in_capitals(value, words) and not _in_a_speakers_place(text, start, end))
    )


# what may stand before a speaker's name on its line: a clock, a voice tag's opening
_SPEAKER_BEFORE = re.compile(r"[ \t]*(?:\[[\d:.,]+\][ \t]*)?(?:<v[ \t.][^>\n]*?)?\Z")
# and after it: the end of the line, or a clock ("BRUMMIE  1:24")
_SPEAKER_AFTER = re.compile(r"[ \t]*(?:\n|\Z)|[ \t]+\(?\d{1,2}:\d\d")


def _in_a_speakers_place(text: str, start: int, end: int) -> bool:
    """Whether a span closes a voice tag or a label ("<v SPUD>", "TAFF:"), or stands alone
    on its line or before a clock there ("BRUMMIE  1:24"): there a word in capitals is how a
    transcript names its speaker, often by a nickname that is also a word."""
    if text[end : end + 1] in (">", ":"):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _SPEAKER_BEFORE.match(text[line_start:start]) is not None
        and _SPEAKER_AFTER.match(text, end) is not None
    )


def _only_role_words(tokens: Sequence[str], words: WordLists) -> bool:
    """Whether a person span holds only role words ("Caller", "Clerk", "Adviser"; the
    shared RANK_AND_ROLE_WORDS) and ordinary words, none of them a listed name: a role or
    a team's heading names no one without a name beside it."""
    bare = [fold(t.strip(".,'’").lower()).removesuffix("'s").removesuffix("’s") for t in tokens]
    bare = [b.removesuffix("s") if b.removesuffix("s") in RANK_AND_ROLE_WORDS else b for b in bare]
    roles = [b in RANK_AND_ROLE_WORDS or b in RANK_WORDS for b in bare]
    if not all(roles) and any(b in RANK_WORDS for b in bare):
        return False  # a rank or title before a word is a name ("Corporal Mac an Tòisich")
    return any(roles) and all(
        b in RANK_AND_ROLE_WORDS
        or b in words.stop_words
        or words.is_allowed(b)
        or (words.is_common_word(b) and not words.is_listed_name(b))
        for b in bare
    )


# "Op HERRICK 12", "Operation Telic", "Ops Shader and Kipion": the codeword of a military
# operation (published, shared by everyone deployed on it) right after its cue.
# "Operation" only capitalised: "after my operation Dave came round" is surgery and a name.
_OPERATION = r"(?:[Oo][Pp][Ss]?|Operations?|OPERATIONS?)\.?\s+"
_OPERATION_CUE = re.compile(r"\b" + _OPERATION + r"(?:and\s+)?$")
_OPERATION_NAME = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{3,})(?:\s+\d{1,2})?")
_OPERATION_WORD = re.compile(_OPERATION)


def names_an_operation(text: str, start: int, end: int) -> bool:
    """Whether the span is an operation's codeword: one capitalised word (and a roulement
    number) right after "Op"/"Operation", or the cue and codeword together. One word only:
    "Operation Sarah Jones" is no codeword."""
    value = text[start:end]
    cued = _OPERATION_WORD.match(value)
    if cued:
        return _OPERATION_NAME.fullmatch(value[cued.end() :]) is not None
    before = text[max(0, start - 16) : start]
    return bool(_OPERATION_CUE.search(before)) and _OPERATION_NAME.fullmatch(value) is not None


# Role labels of transcripts: "SPEAKER_01", "Speaker 2", "P1", "R", "INT", "Participant 3".
_ROLE_LABEL = re.compile(
    r"(?i)(?:speaker|spk|participant|interviewer|interviewee|respondent|moderator|facilitator"
    r"|int|res|fac|mod|p|r|q|a|i)(?:[\s_\-]?\d+)?"
)


def is_role_label(value: str, roles: frozenset[str]) -> bool:
    """Whether ``value`` is a transcript role ("SPEAKER_01", "P2", the study's roles)."""
    base = ROLE_SUFFIX_RE.sub("", value.strip()).lower()
    return bool(_ROLE_LABEL.fullmatch(value.strip())) or (bool(base) and base in roles)


def _not_name_word(token: str, words: WordLists) -> bool:
    bare = token.strip(".,'’").lower()
    if not bare or bare in RANK_WORDS:
        return False
    if words.is_allowed(bare):
        return True
    ordinary = bare in words.stop_words or words.is_common_word(bare) or len(bare) < 2
    return ordinary and not words.is_listed_name(bare)


# A list item's marker at the start of a line ("  * Caller said", "- Agreed", "• Noted",
# "2) Thanks"): what follows opens a sentence as after a full stop. Not a log line's time
# ("[13:49] Rhod T.:" is a speaker) nor an e-mail's quote mark.
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[*•·‣▪◦–—\-+]|\(?[0-9a-z]{1,2}\))[ \t]*$")


def opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a sentence, a turn, a quotation or a list item."""
    i = start
    while i > 0 and text[i - 1] in ' \t"“‘(':
        i -= 1
    if i == 0 or text[i - 1] in ".!?:;\n":
        return True
    return _BULLET_BEFORE.search(text, max(0, start - 12), start) is not None


def _uncued_ordinary_word(text: str, start: int, end: int, words: WordLists) -> bool:
    """A lone name that is also an ordinary word ("Bill", "Will", "Frank") opening a sentence
    or a turn, as spaCy alone reads it: capitals there are no cue for a name."""
    value = text[start:end]
    if not _WORD_ONLY.fullmatch(value):
        return False
    # only the names that are also ordinary words by the ambiguous list: the common-word
    # list holds rare names too (WordNet's proper nouns: Aditi, Inge), which must stay names
    if value.lower() not in words.ambiguous or not opens_sentence(text, start):
        return False
    if text[end : end + 1] == ":" and (start == 0 or text[start - 1] == "\n"):
        return False  # "Mark: yes": a speaker's label
    # "Grace said no", "Bill rang me": a verb of speaking or contact after it is a cue, and
    # so is a person's predicate ("pat was lovely", "Sue in the office")
    if word_name_in_a_persons_place(text, start, end):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1).lower() not in SPEECH_CUES


_DETERMINER_BEFORE = re.compile(r"(?i)(?:^|[\s(])(?:a|an|the|this|that|his|her|their)[ \t]+$")
# a lower-case word or a number after it, or a comma first ("Voicemail, seven seconds",
# "Handover 8/12")
_LOWER_WORD_AFTER = re.compile(r",?[ \t]+[a-z0-9]")


def _word_read_as_name(text: str, start: int, end: int, words: WordLists) -> bool:
    """A lone ordinary word, in no name list, that spaCy alone reads as a person: an
    imperative opening a sentence ("Refer to the leaflet", "Ring the desk") or a demonym or
    regional noun after a determiner and before a noun ("a Geordie accent", "the Scouse
    lad"). A verb of speaking after it ("Precious said") is still a cue for a name."""
    value = text[start:end]
    key = value.lower()
    if not _WORD_ONLY.fullmatch(value) or len(key) < 3:
        return False
    if words.is_listed_name(key) or not words.is_common_word(key) or value.isupper():
        return False
    if text[end : end + 1] == ":" and (start == 0 or text[start - 1] == "\n"):
        return False  # "Precious: yes": a speaker's label
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1).lower() in SPEECH_CUES:
        return False
    if _DETERMINER_BEFORE.search(text[max(0, start - 12) : start]):
        return _LOWER_WORD_AFTER.match(text, end) is not None
    return opens_sentence(text, start) and _LOWER_WORD_AFTER.match(text, end) is not None


# Words that end the name of a place, never a person's: the line after a name holding one is
# an address block's next line ("Miss Haddad" / "Stonehouse Barracks").
_PLACE_WORDS = frozenset(
    ["barracks", "camp", "garrison", "lines", "airfield", "dockyard", "road", "street",
     "avenue", "close", "drive", "lane", "crescent", "gardens", "grove", "terrace", "square"]
)  # fmt: skip


def _next_line_not_the_name(text: str, tokens: Sequence[re.Match[str]]) -> int:
    """How many tokens to keep when spaCy ran a name over a line break into the next line's
    label ("Eleri Llewellyn-Bevan" + "\\nNote-taker:"), an address's next line, or the same
    name again (a chat's next header, "Bryony F" + "\\nBryony F  2:03 PM", "Stefan" + "\\nStefan
    rang"): those before the break. A name broken over lines ("Katarzyna\\nPietrzak-Nowicka")
    is kept whole."""
    for index in range(1, len(tokens)):
        if "\n" not in text[tokens[index - 1].end() : tokens[index].start()]:
            continue
        before = [t.group(0).lower() for t in tokens[:index]]
        after = [t.group(0).lower() for t in tokens[index:]]
        one_line = "\n" not in text[tokens[index].start() : tokens[-1].end()]
        label = one_line and text[tokens[-1].end() : tokens[-1].end() + 1] == ":"
        said_again = after == before[: len(after)] or after[0] in (before[0], before[-1])
        if label or said_again or _PLACE_WORDS.intersection(after):
            return index  # (and "Haddad" + "\nStonehouse Barracks": the next line a place)
        break
    return len(tokens)


def said_number(value: str) -> bool:
    """Whether a span is only a number said in words ("thirty-nine", "Eighteen", "fourty
    two"): spaCy sometimes reads one as a name, and the age rules, not PERSON, own it."""
    words = [w for w in re.split(r"[\s\-‐‑–,.!?'’]+", value.lower()) if w]
    return bool(words) and all(w in NUMBER_WORDS or w == "and" for w in words) and words[0] != "and"


def _name_weight(tokens: Sequence[re.Match[str]], words: WordLists) -> int:
    """How many of ``tokens`` are a listed name or a rank word."""
    bare = (t.group(0).strip(".,'’").lower() for t in tokens)
    return sum(1 for word in bare if word in RANK_WORDS or words.is_listed_name(word))


# Words that open a letter or a greeting, which spaCy runs into the name after them.
_GREETINGS = frozenset(["dear", "hi", "hiya", "hello", "hey", "morning", "afternoon", "evening"])


# who someone is to the writer, in lower case before the name spaCy ran it into ("my lad
# winston"); not "sister" or "brother", which are also titles ("sister daniel", a nurse)
_FAMILY_BEFORE_A_NAME = frozenset(
    ["lad", "son", "daughter", "wife", "husband", "partner", "mate", "missus", "hubby",
     "wifey", "kid", "boy", "girl", "fiance", "fiancee", "friend", "oppo"]
)  # fmt: skip


# what joins two people the model read as one ("cpl mbeki n lcpl jones")
_JOINING_PEOPLE = frozenset(["n", "and", "&", "+", ",", "/", "or", "an'", "an"])


def _model_spans_cut_to_the_rules(
    text: str, detections: list[Detection], words: WordLists
) -> list[Detection]:
    """Two people the rules found apart stay apart when the model read them as one and
    only "n", "and" or a comma stands between them ("cpl mbeki n lcpl jones"). Cutting the
    model's other spans to the rules' (a lower-case word after a first name, "becky split";
    an ordinary word before a surname, "to be frank smith") was measured and cost recall on
    the held-out corpora (survey D PERSON -0.0075), so the model's reading stands there."""
    rules = [
        d for d in detections if d.entity_type == "PERSON" and d.recognizer != "SpacyRecognizer"
    ]
    if not rules:
        return detections
    cut: list[Detection] = []
    for detection in detections:
        if detection.entity_type != "PERSON" or detection.recognizer != "SpacyRecognizer":
            cut.append(detection)
            continue
        inside = sorted(
            (
                r
                for r in rules
                if detection.start <= r.start
                and r.end <= detection.end
                and (r.start, r.end) != (detection.start, detection.end)
            ),
            key=lambda r: r.start,
        )
        if len(inside) >= 2 and _only_joining(text, detection, inside):
            continue  # the rules' own spans stand for each person
        cut.append(detection)
    return cut


def _only_joining(text: str, detection: Detection, inside: list[Detection]) -> bool:
    if inside[0].start != detection.start or inside[-1].end != detection.end:
        return False
    gaps = [text[a.end : b.start].strip() for a, b in itertools.pairwise(inside)]
    return all(gap.lower() in _JOINING_PEOPLE for gap in gaps)


def _trim_person(text: str, start: int, end: int, words: WordLists) -> tuple[int, int]:
    """Drop ordinary words spaCy glued to a name ("Honestly Dr Khan and I" -> "Dr Khan").

    A capitalised word is dropped only at the start of a sentence or when it is a stop word
    or an allowed word, so rare names that are also dictionary words survive mid-sentence.
    """
    letters = re.sub(r"[^\w.]+$", "", text[start:end])
    if spelled_out(letters) is not None:
        return start, start + len(letters)  # "V. A. K. A. C. E. G. U": letters, no words
    tokens = list(_WORD_RE.finditer(text, start, end))
    # names hold no digits: a time or number spaCy ran into ends the name ("Steve R.  4:20 PM")
    numbered = [i for i, t in enumerate(tokens) if any(c.isdigit() for c in t.group(0))]
    if numbered:
        # the side of the numbers that names someone: "Steve R. 4:20 PM" keeps "Steve R.",
        # "Catterick SP9 7AB Sgt Okafor" keeps "Sgt Okafor" (a place and a postcode before it),
        # "SPEAKER_01" / "Dave Mensah" the listed name after a numbered label (but not
        # "MA552436C." / "Outcome")
        before, after = tokens[: numbered[0]], tokens[numbered[-1] + 1 :]
        if before:
            weight_before, weight_after = _name_weight(before, words), _name_weight(after, words)
            tokens = before if weight_before >= weight_after else after
        elif _name_weight(after, words) > 0:
            tokens = after
    tokens = tokens[: _next_line_not_the_name(text, tokens)]

    def droppable(token: re.Match[str], first: bool) -> bool:
        value = token.group(0)
        # a lone capitalised word stays: another recognizer may have found it with a cue
        # and Presidio keeps only spaCy's copy of a duplicate span
        alone = len(tokens) == 1
        if not alone and (
            any(c.isdigit() for c in value) or cardinal_value(value.strip(".,'’")) is not None
        ):
            return True  # a time or number spaCy ran into ("eleri c.  5:28", "Eighteen, and")
        if value in NOT_NAMES_LOWER:
            return True  # text-speak spaCy read as a name ("u shud talk to ...")
        if not _not_name_word(value, words):
            return False
        if first and not alone and re.fullmatch(r"[A-Z]\.|[a-hj-mo-qstv-z]\.", value):
            return False  # an initial, not the article: "A. Mostyn informed ...", "b. mason"
        bare = value.strip(".,'’").lower()
        if (
            first
            and not alone
            and value.istitle()
            and bare in words.table_names
            and bare not in words.ambiguous
            and bare not in words.stop_words
            and tokens[1].group(0).istitle()
        ):
            return False  # "Mo Khan", "Becks Taylor": a listed short form before a surname
        if bare in words.stop_words or words.is_allowed(bare):
            return True
        if first and not alone and value.islower() and bare in _FAMILY_BEFORE_A_NAME:
            return True  # "my lad winston", "her daughter katarzyna": who they are to her
        if first and not alone and value[:1].islower() and value.endswith((".", "!", "?")):
            # a sentence's last word glued before a name ("commander. Dave")
            return True
        if not first and not alone and value[:1].islower() and tokens[0].group(0)[:1].isupper():
            # a verb glued after a capitalised name ("James rang")
            return True
        if not first and not alone and value.islower() and bare in AFTER_CUES:
            # in writing without capitals, a verb spaCy ran into ends the name ("gerald
            # rang", "kowalski was")
            return True
        if (
            not first
            and not alone
            and text.startswith(":", token.end())
            and (_COLUMN_LABEL.fullmatch(bare) is not None)
        ):
            return True  # a form's next label glued after a name ("Kowalczyk  Age: 54")
        if not first and not alone and "\n" in text[tokens[0].start() : token.start()]:
            # the next line's first word glued after a name ("DZIEDZIC, W." + "\nAge:")
            return True
        opening = opens_sentence(text, token.start())
        return first and not alone and value[:1].isupper() and opening

    while len(tokens) > 1 and tokens[0].group(0).lower() in _GREETINGS:
        tokens.pop(0)  # "Dear Marcia", "Hi Priya": the greeting is no part of the name
    while tokens and droppable(tokens[0], True):
        tokens.pop(0)
    while tokens and droppable(tokens[-1], False):
        tokens.pop()
    if not tokens:
        return start, start
    return tokens[0].start(), tokens[-1].end()


_AN_INITIAL = re.compile(r"[ \t.]*[A-Z][ \t.]*")


def cut_shared_initials(
    text: str, detections: Sequence[Detection], words: WordLists | None = None
) -> list[Detection]:
    """A person read from another's initial on ("Salote R. Lukas J": "R. Lukas" beside
    "Salote R" and "Lukas J", which the layout rules named, ``by_layout``) gives that
    initial back, so merging does not chain two people into one placeholder: a capital
    between two names ends the first as often as it opens the second, and the layout
    rules read it the first way on purpose."""
    detections = _rows_apart(text, detections, words)
    rules = [d for d in detections if d.entity_type == "PERSON" and d.by_layout]
    if not rules:
        return detections
    out = []
    for detection in detections:
        start, end = detection.start, detection.end
        if detection.entity_type == "PERSON" and not detection.by_layout:
            for rule in rules:
                if rule.start < start < rule.end < end and _AN_INITIAL.fullmatch(
                    text, start, rule.end
                ):
                    start = rule.end
                elif start < rule.start < end < rule.end and _AN_INITIAL.fullmatch(
                    text, rule.start, end
                ):
                    end = rule.start
            while start < end and text[start] in " \t.":
                start += 1  # ". Lukas" of "R. Lukas" once "R" is given back
            start, end = _trim(text, start, end)
            if start >= end:
                continue
        out.append(
            detection
            if (start, end) == (detection.start, detection.end)
            else replace(detection, start=start, end=end)
        )
    return out


def _rows_apart(
    text: str, detections: Sequence[Detection], words: WordLists | None
) -> list[Detection]:
    """One person span over a row of display names ("Kofi B Bishnu G Emeka N") cut into
    its people (``display_name_chains.row_pieces``), and one run on from a display name
    into the next first name ("Bishnu G. Ciaran": ``first_name_cuts``)."""
    out: list[Detection] = []
    for detection in detections:
        pieces = (
            row_pieces(text, detection.start, detection.end)
            if detection.entity_type == "PERSON"
            else None
        )
        if pieces is None and words is not None and detection.entity_type == "PERSON":
            cuts = first_name_cuts(text, detection.start, detection.end, words)
            pieces = cuts if len(cuts) > 1 else None
        if pieces is None:
            out.append(detection)
        else:
            out.extend(replace(detection, start=start, end=end) for start, end in pieces)
    return out


def merge(detections: Sequence[Detection]) -> list[Detection]:
    """Union overlapping spans; the longest member (then the highest score) gives the type."""
    merged: list[Detection] = []
    group: list[Detection] = []
    group_end = -1
    for detection in sorted(detections, key=lambda d: (d.start, -d.end)):
        if group and detection.start < group_end:
            group.append(detection)
            group_end = max(group_end, detection.end)
            continue
        if group:
            merged.append(_union(group))
        group, group_end = [detection], detection.end
    if group:
        merged.append(_union(group))
    return merged


def _one_name_word(value: str) -> bool:
    return bool(_LONE_NAME.fullmatch(value))


def _one_name_after_ranks(value: str) -> bool:
    """One name word after ranks and titles: "Lt Col Priya" (of "Lt Col Priya\nShah")."""
    words = value.split()
    while len(words) > 1 and words[0].lower().strip(".") in RANK_WORDS:
        words.pop(0)
    return len(words) == 1 and _one_name_word(words[0])


# a surname written first before the first name on its line: "Leung, " of "Leung, Zhiwei"
_SURNAME_COMMA_BEFORE = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]+,[ \t]+\Z")
# a first name after a comma ending the next line's name: ", Zhiwei" of "Leung, Zhiwei"
_FIRST_NAME_AFTER_COMMA = re.compile(r",[ \t]+[^\W\d_][\w'’\-]*[ \t]*(?:\n|\Z)")
# the cue of a post's or a message's author line ("posted by paddysingh" + "\nkofimensah ...")
_A_BYLINE = re.compile(
    r"(?i)\b(?:posted|sent|written|shared|replied|uploaded|edited|submitted|added)[ \t]+by"
    r"[ \t]*:?[ \t]*$"
)
# a user name as a forum or chat shows it: a capital inside a word after a lower-case letter
# ("MattG", "KobbyBoateng"; not "McDonald", "MacKenzie", "DeShawn"), a digit, an underscore
# or a full stop between words ("kasia.wisniewska")
_HANDLE_SHAPED = re.compile(
    r"(?:\b(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz)[A-Za-z][a-z]*[a-z][A-Z])|\w*[\d_]\w*"
    r"|[^\W\d_]{2,}\.[^\W\d_]{2,}"
)


def _two_words_no_particle(value: str) -> bool:
    """Two words or more that are no surname opening with a particle ("Ní Bhriain")."""
    tokens = value.split()
    return len(tokens) > 1 and fold(tokens[0].lower()) not in SURNAME_PARTICLES


def _whole_before_a_line_break(text: str, previous: Detection, detection: Detection) -> bool:
    """Whether two names on adjacent lines are two people, not one name broken over the
    line ("Akosua" + "\nOwusu"): bare initials end theirs ("On call: KS / DC" +
    "\nFrancis living out"); so does the first name of "Leung, Zhiwei" (+ "\nDafydd
    Powell", a chat's next sender); and the next line's name is a name of its own when it
    has two words or is a surname before its comma ("Kojo" + "\nLeung, Zhiwei")."""
    line_start = text.rfind("\n", 0, previous.start) + 1
    return bool(
        _BARE_CAPITALS.fullmatch(text, previous.start, previous.end)
        # a user name on either side is whole: "Posted by MattG" + "\nKobbyBoateng is..."
        or _HANDLE_SHAPED.match(text, previous.start, previous.end)
        or _A_BYLINE.search(text, line_start, previous.start) is not None
        or _HANDLE_SHAPED.match(text, detection.start, detection.end)
        or _SURNAME_COMMA_BEFORE.search(text, line_start, previous.start)
        or _two_words_no_particle(text[detection.start : detection.end])
        or _FIRST_NAME_AFTER_COMMA.match(text, detection.end)
    )


def join_names(
    text: str, detections: Sequence[Detection], words: WordLists | None = None
) -> list[Detection]:
    """Join person spans that only a space or one line break separates ("lily" + "oyelaran"
    -> one full name), so the full name is known for consistency and gets one placeholder;
    and a base's abbreviation with its place ("CTCRM" + "Lympstone" -> one base), so no
    abbreviation is left beside a placeholder. Two names that are whole on their own
    ("D.Pritchard" + "Sgt Pritchard", "O.Adeyemi" + "ADEYEMI, O.") stay two: one of the
    pieces must be a lone word."""
    joined: list[Detection] = []
    for detection in sorted(detections, key=lambda d: d.start):
        previous = joined[-1] if joined else None
        same = previous is not None and previous.entity_type == detection.entity_type
        if (
            previous is not None
            and same
            and (
                (
                    detection.entity_type == "PERSON"
                    and _NAME_GAP.fullmatch(text, previous.end, detection.start)
                    # the same word twice is a name said again, not its two halves ("Cheung,
                    # Zhiwei" + "\nZhiwei came in")
                    and text[previous.start : previous.end].lower()
                    != text[detection.start : detection.end].lower()
                    # a speaker's or a chat sender's label on the next line is a name of its
                    # own ("Efua:", "KEISHA JONES, 20:43")
                    and not (
                        "\n" in text[previous.end : detection.start]
                        and _LABEL_AFTER.match(text, detection.end)
                    )
                    # "Dai D" + "Salote R.": display names in a row are people apart
                    and not (
                        is_display_name(text, previous.start, previous.end)
                        and in_a_chain(text, detection.start, detection.end)
                    )
                    and not (
                        "\n" in text[previous.end : detection.start]
                        and _whole_before_a_line_break(text, previous, detection)
                    )
                    # "Dai" + "Vicky": two first names, each named alone elsewhere
                    and not (
                        words is not None
                        and _two_first_names(text, previous.start, detection.end, words)
                    )
                    and (
                        _one_name_word(text[previous.start : previous.end])
                        # across a line only a first name's line runs on: "akosua owusu" +
                        # "\nchaudhry wrote" is two people, "Akosua" + "\nOwusu" one
                        or (
                            "\n" not in text[previous.end : detection.start]
                            and _one_name_word(text[detection.start : detection.end])
                        )
                        or _one_name_after_ranks(text[previous.start : previous.end])
                    )
                )
                or (
                    detection.entity_type in JOINED_PLACES
                    and text[previous.end : detection.start] == " "
                )
                # a user name in two found halves ("kasia" + "." + "wisniewska") is one
                or (
                    detection.entity_type == "PERSON"
                    and text[previous.end : detection.start] in (".", "_")
                    and text[previous.end - 1].isalpha()
                    and text[detection.start].isalpha()
                )
            )
        ):
            joined[-1] = Detection(
                detection.entity_type,
                previous.start,
                detection.end,
                max(previous.score, detection.score),
                previous.recognizer,
            )
        else:
            joined.append(detection)
    return joined


def _union(group: list[Detection]) -> Detection:
    best = max(group, key=lambda d: (d.end - d.start, d.recognizer != "SpacyRecognizer", d.score))
    return Detection(
        best.entity_type,
        min(d.start for d in group),
        max(d.end for d in group),
        max(d.score for d in group),
        best.recognizer,
    )


def _only_allowed(value: str, words: WordLists) -> bool:
    tokens = [t for t in re.split(r"[\s\-]+", value) if t]
    return all(
        words.is_allowed(t) or t.lower().strip(".") in RANK_WORDS or t.lower() in words.stop_words
        for t in tokens
    )


def split_at_bounds(
    text: str,
    detections: Sequence[Detection],
    bounds: Sequence[tuple[int, int]],
    words: WordLists | None = None,
    speakers: Sequence[bool] | None = None,
) -> list[Detection]:
    """Cut any span that crosses a segment boundary into one span per segment.

    A piece that is only an allowed word ("Participant" cut from a name that spaCy ran
    across a speaker label) is dropped when the span touches a speaker label. A span that
    crosses only from one line of speech to the next keeps every piece: "two five" ending
    a subtitle line is half of a service number, not a stray word.
    """
    flags = list(speakers) if speakers is not None else [True] * len(bounds)
    pieces = []
    for detection in detections:
        inside = any(s <= detection.start and detection.end <= e for s, e in bounds)
        crosses = not inside and any(
            flag and s < detection.end and detection.start < e
            for (s, e), flag in zip(bounds, flags, strict=True)
        )
        # a person's name cut only by a line's end keeps one placeholder for its pieces
        whole = (
            (detection.start, detection.end)
            if not inside and not crosses and detection.entity_type == "PERSON"
            else None
        )
        for seg_start, seg_end in bounds:
            lo, hi = max(detection.start, seg_start), min(detection.end, seg_end)
            if lo >= hi:
                continue
            lo, hi = _trim(text, lo, hi)
            if crosses and words is not None and _only_allowed(text[lo:hi], words):
                continue
            if lo < hi:
                piece = detection.spanning(lo, hi)
                pieces.append(piece if whole is None else replace(piece, whole=whole))
    return pieces


# where one cell of a pasted sheet or a CSV row ends and the next begins: a tab, or a comma
# beside a quoted cell's quote (split keeps the quote with its cell: one character between)
_CELL_EDGE = re.compile(r"\t|(?<=\"),|,(?=\")")


def _without_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] == '"':
        start += 1
    while end > start and text[end - 1] == '"':
        end -= 1
    return start, end


def cut_at_cells(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """Cut any span that crosses a tab, a pasted sheet's cell boundary: a recognizer's
    ``\\s`` runs a rank into the unit in the next cell ("Cpl<tab>II(AC) Sqn") or a base into
    the coder's initials ("RAF Brize Norton<tab>JA"). A person keeps every piece (a surname
    and a first name in two columns are both the person's); anything else keeps its longest
    piece, the one its recognizer read (the rank and the initials are left to their own)."""
    cut = []
    for detection in detections:
        value = text[detection.start : detection.end]
        if "\t" not in value and '",' not in value and ',"' not in value:
            cut.append(detection)
            continue
        # a quoted CSV cell's edge is a cell boundary too: the model's 'fine",RMC' runs a
        # note's last word into the next column's initials
        pieces = []
        offset = detection.start
        for part in _CELL_EDGE.split(value):
            lo, hi = _trim(text, offset, offset + len(part))
            lo, hi = _without_quotes(text, lo, hi)
            if lo < hi:
                pieces.append(detection.spanning(lo, hi))
            offset += len(part) + 1
        if detection.entity_type == "PERSON":
            # a rank alone in its own cell is the rank column's, not the person's
            cut.extend(p for p in pieces if text[p.start : p.end].lower() not in RANK_WORDS)
        elif pieces:
            cut.append(max(pieces, key=lambda piece: piece.end - piece.start))
    return cut


def name_words(value: str, words: WordLists) -> list[str]:
    """The words of a found name that identify on their own (not ranks, titles or stop words)."""
    tokens = [t.strip(".,'’") for t in re.split(r"[\s]+", value)]
    kept = []
    for token in tokens:
        lower = token.lower().removesuffix("'s")
        if (
            len(lower) < 2
            or lower in RANK_WORDS
            or lower in words.stop_words
            or words.is_allowed(lower)
        ):
            continue
        kept.append(token.removesuffix("'s").removesuffix("’s"))
    return kept


def lower_case_writing(text: str, labels: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the speech is written without capitals (speaker labels, which repeat a
    capitalised name or role at every turn, left out)."""
    letters = sum(map(str.isalpha, text))
    capitals = sum(map(str.isupper, text))
    for start, end in labels:
        letters -= sum(map(str.isalpha, text[start:end]))
        capitals -= sum(map(str.isupper, text[start:end]))
    return capitals / (letters or 1) < LOWER_CASE_RATIO


def propagate(
    text: str,
    detections: Sequence[Detection],
    words: WordLists,
    *,
    in_lower_case: bool,
) -> list[Detection]:
    """Add every other mention of each found value (and of each name's words), in any case.

    A name word that is also an ordinary word (Will, Brown, or a word spaCy took for a name)
    is matched only when capitalised; a listed name that is no ambiguous word (Underwood) in
    any case. ``in_lower_case`` is lower_case_writing of the document, computed once per
    document by the caller (the text does not change between the rounds that read it).
    """
    any_case: dict[str, str] = {}
    capitalised: dict[str, str] = {}
    for detection in detections:
        value = text[detection.start : detection.end]
        if len(value.strip()) < 2 or detection.entity_type in NOT_PROPAGATED:
            continue
        if detection.entity_type != "PERSON":
            if _FUNCTION_WORDS_ONLY.fullmatch(value):
                continue  # a function word left of a span names nothing, anywhere
            # an ordinary word found as a place ("Reading", or the residual scan's stand-in
            # "One" after "lives at") is the place only where capitalised like one
            if _WORD_ONLY.fullmatch(value) and words.is_common_word(value.lower()):
                capitalised.setdefault(value, detection.entity_type)
            else:
                any_case.setdefault(value.lower(), detection.entity_type)
            continue
        if len(value.split()) > 1:
            any_case.setdefault(value.lower(), detection.entity_type)
        found_words = name_words(value, words)
        full_name = len(found_words) >= 2
        # a rank or title gave the cue ("wing commander sofia delacroix"): in writing without
        # capitals its words go in any case, even one a dictionary holds (WordNet's proper
        # nouns), since no mention of it will ever be capitalised
        cued_in_lower_case = in_lower_case and full_name and detection.recognizer not in _UNCUED
        for word in found_words:
            lower = word.lower()
            listed = words.is_unambiguous_name(lower)
            # a listed name that is also a word ("lily") goes in any case once it was found
            # in a full name ("lily oyelaran") or in writing without capitals
            # but not a word everyday writing uses as a verb or a function word ("joy",
            # "dawn", "will", "mark"): found alone in lower case it is a person in its slot
            # only ("cheers joy!"), its other uses words ("no joy with the housing")
            everyday = not full_name and (lower in words.verbs or lower in words.stop_words)
            ambiguous_name = lower in words.ambiguous and not (
                ((in_lower_case and not everyday) or full_name) and words.is_listed_name(lower)
            )
            listed = listed or (lower in words.ambiguous and not ambiguous_name)
            common = words.is_common_word(lower) and not (
                cued_in_lower_case and lower not in words.ambiguous
            )
            if ambiguous_name or (common and not listed):
                if word[:1].isupper():
                    capitalised.setdefault(word, "PERSON")
            elif len(lower) >= 3:
                any_case.setdefault(lower, "PERSON")
    added = list(detections)
    single_any = {t: e for t, e in any_case.items() if _WORD_ONLY.fullmatch(t)}
    single_cap = {t: e for t, e in capitalised.items() if _WORD_ONLY.fullmatch(t)}
    for terms, flags in ((single_any, re.IGNORECASE), (single_cap, 0)):
        # the matches of (?<![\w'’])(?:term|...)(?:['’]s)?(?![\w'’]), found without compiling
        # that pattern for every document (word_search.py)
        for start, end, word in word_matches(text, terms, ignore_case=bool(flags)):
            if word.lower().endswith(("'s", "’s")) and word.lower() not in terms:
                word, end = word[:-2], end - 2
            entity = terms.get(word if not flags else word.lower(), "PERSON")
            added.append(Detection(entity, start, end, 1.0, PROPAGATED))
    phrases = {t: e for t, e in any_case.items() if t not in single_any}
    if phrases:
        ordered = sorted(phrases, key=len, reverse=True)
        # the matches of (?<!\w)(?:phrase|...)(?!\w) in any case (word_search.py)
        for start, end, matched in phrase_matches(text, ordered):
            entity = phrases.get(matched.lower(), "PERSON")
            added.append(Detection(entity, start, end, 1.0, PROPAGATED))
    return join_names(text, merge(added), words)


# one letter after a name, the surname's initial: "Frank A from", "tunde b??", "Sam T."
_ONE_LETTER_WORDS = frozenset("aiIunrycxkoe")
# a sub-unit a letter names: "B Coy", "A Sqn", "C Flt"
_SUBUNIT_AFTER = re.compile(
    r"\.? (?:coy|company|sqn|squadron|bty|battery|tp|troop|pl|platoon|flt|flight|sect?|section|"
    r"wing|block|deck|watch|div|division|team|shift)\b",
    re.IGNORECASE,
)
_INITIAL_AFTER = re.compile(r" ([A-Za-z])(\.?)(?=[ \t]*(?:[?!,;:)\n]|$)|\.? [^\W\d_])")


def _initial_after(text: str, end: int, name: str, words: WordLists) -> int:
    """Where a found person's one-word name ends once the surname's initial after it joins
    ("Frank A", "thomas a??", "Sunita A said"): a capital before a word or a mark, or a
    letter in lower case before a mark only (the article of "told sam a story" and the
    pronoun of "Frank I think" stay)."""
    found = _INITIAL_AFTER.match(text, end)
    if found is None or name.lower() in RANK_WORDS or words.is_allowed(name.lower()):
        return end
    letter = found.group(1)
    at_a_mark = re.match(r"\.?[ \t]*(?:[?!,;:)\n]|$)", text[found.end(1) :]) is not None
    # a word of its own before another word: the article, the pronoun, text speak's "u",
    # "n", "r" ("sam n me"); any other letter, or any with a full stop, is an initial
    if letter in _ONE_LETTER_WORDS and not at_a_mark and not found.group(2):
        return end
    if letter in "xX" and not found.group(2):
        return end  # "thanks all, katarzyna x": a kiss, not her initial
    if _SUBUNIT_AFTER.match(text, found.end()):
        return end  # "Kamal B Coy": the company, not his initial
    return found.end(2) if found.group(2) and at_a_mark else found.end(1)


def extend_beside(text: str, detections: Sequence[Detection], words: WordLists) -> list[Detection]:
    """Join to each found person the first name just before it ("Precious" + "Doherty") and,
    after a lone first name, the surname just after it ("Rory" + "Underwood"), by the rule
    the closed loop and the residual scan share (name_edges.py): a first name that is also
    an ordinary word is seldom found alone, and left beside its surname it names the person
    (the person's own words are in the text here, so a month or a word in lower case may
    join a lone surname: "June Ashworth", "joy ashworth").
    """
    extended = []
    for detection in detections:
        start, end = detection.start, detection.end
        if detection.entity_type == "PERSON" and detection.recognizer != SPEAKER:
            value = text[start:end]
            tokens = value.split()
            before = name_before(text, start, words, end)
            if before is not None and tokens and tokens[0].lower().strip(".") not in RANK_WORDS:
                start = before
            lone = value.lower()
            if len(tokens) == 1 and (lone in words.first_names or lone in words.ambiguous):
                after = name_after(text, end, words)
                end = end if after is None else after
            if len(tokens) == 1 and end == detection.end:
                end = _initial_after(text, end, tokens[0], words)
            if (start, end) != (detection.start, detection.end) and _two_first_names(
                text, start, end, words
            ):
                start, end = detection.start, detection.end  # "Dai" + "Vicky"
        if (start, end) == (detection.start, detection.end):
            extended.append(detection)
        else:
            extended.append(replace(detection, start=start, end=end))
    return merge(extended)


def extend_ranks(text: str, detections: Sequence[Detection], words: WordLists) -> list[Detection]:
    """Take into each found person the ranks and titles just before it ("Cpl W Grant", not
    "Cpl [PERSON-1]"). The rank recognizer reads a rank with the name after it, but a name
    found another way (initial and surname, spaCy, the closed loop) left its rank standing;
    which pass found the name must not decide whether its rank is shown (docs/DATA.md)."""
    extended = []
    for detection in detections:
        start: int | None = None
        if detection.entity_type == "PERSON" and detection.recognizer != SPEAKER:
            start = rank_before(text, detection.start, words)
        if start is None:
            extended.append(detection)
        else:
            extended.append(
                Detection(
                    detection.entity_type, start, detection.end, detection.score,
                    detection.recognizer,
                )
            )  # fmt: skip
    return merge(extended)


def speaker_detections(
    text: str,
    bounds: Sequence[tuple[int, int]],
    speaker_flags: Sequence[bool],
    roles: frozenset[str],
    words: WordLists,
) -> list[Detection]:
    """A speaker label that is not a role (Interviewer, Participant 2, P1) is a person's name."""
    found = []
    for (start, end), is_speaker in zip(bounds, speaker_flags, strict=True):
        if not is_speaker:
            continue
        label = text[start:end].strip()
        base = ROLE_SUFFIX_RE.sub("", label).strip().lower()
        if not label or base in roles or not re.search(r"[A-Za-z]", base):
            continue
        # a label in capitals of two or three letters is someone's initials ("MM", "ER"),
        # whatever the allow list says of the word ("mm" and "er" are fillers in speech)
        if words.is_allowed(base) and not is_initials_label(label):
            continue
        s, e = _trim(text, start, end)
        found.append(Detection("PERSON", s, e, 1.0, SPEAKER))
    return found
