"""Scrub many documents at once: one spaCy batch, then per-document detection and replacement."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from sealflow.scrub.ages_beside_people import ages_beside_people
from sealflow.scrub.capitals_surnames import capitals_surnames_before
from sealflow.scrub.declared_initials import declared_initials, named_writers
from sealflow.scrub.detect import (
    Detection,
    cut_at_cells,
    cut_public_names,
    cut_shared_initials,
    extend_beside,
    extend_ranks,
    from_results,
    join_names,
    keep,
    lower_case_writing,
    merge,
    propagate,
    speaker_detections,
    split_at_bounds,
    trim_possessives,
)
from sealflow.scrub.directory_names import DIRECTORY_ENTRY, directory_entries
from sealflow.scrub.districts_after_places import districts_after_places
from sealflow.scrub.document import Segment, edits_per_segment, joined
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.findings import Finding
from sealflow.scrub.formats.base import Edit
from sealflow.scrub.initials_in_slots import initials_in_slots
from sealflow.scrub.initials_keys import initials_beside_names, spread_declared_initials
from sealflow.scrub.line_broken_names import names_over_line_breaks
from sealflow.scrub.name_columns import people_in_columns
from sealflow.scrub.neighbour_names import (
    names_before_ages,
    names_before_their_addresses,
    nicknames_before_brackets,
    surnames_finishing_a_turn,
)
from sealflow.scrub.numbers_after_people import numbers_after_people
from sealflow.scrub.pet_names import without_pets
from sealflow.scrub.recognizers.generic.person_cues import names_by_address
from sealflow.scrub.replace import PlaceholderBook
from sealflow.scrub.salutations import aliases, salutation_names
from sealflow.scrub.speech_slots import names_in_speech_slots
from sealflow.scrub.split_surnames import split_surnames
from sealflow.scrub.variants import (
    extend_initials,
    extend_particles,
    join_split_names,
    keep_word_names,
    name_variants,
)
from sealflow.scrub.wordlists import NOT_INITIALS


@dataclass
class ScrubbedDocument:
    """Edits per segment, findings (no values) and the values replaced with their entity
    type (workspace only: the closed loop and the residual scan search for them again)."""

    edits: list[list[Edit]]
    findings: list[Finding]
    replaced_values: dict[str, str] = field(default_factory=dict)

    def texts(self, segments: Sequence[Segment]) -> list[str]:
        from sealflow.scrub.formats.base import apply_edits

        return [apply_edits(s.text, e) for s, e in zip(segments, self.edits, strict=True)]


def detect_all(
    engine: ScrubEngine, documents: Sequence[Sequence[Segment]], min_score: float | None = None
) -> list[tuple[str, list[tuple[int, int]], list[Detection]]]:
    """Joined text, segment bounds and final detections of each document."""
    settings = engine.settings
    words = settings.wordlists()
    roles = settings.roles()
    diminutives = settings.diminutives()
    nicknames = settings.service_nicknames()
    after_the = settings.slang_after_the()
    addressed = names_by_address(settings)
    joined_docs = [joined(list(doc)) for doc in documents]
    floor = (
        min_score
        if min_score is not None
        else min([settings.default_threshold, *settings.thresholds.values()])
    )
    all_results = engine.analyze_many([text for text, _ in joined_docs], min_score=floor)
    out = []
    for doc, (text, bounds), results in zip(documents, joined_docs, all_results, strict=True):
        uncued: list[Detection] = []
        detections = keep(text, from_results(results), settings, words, min_score, uncued)
        # a span across a pasted sheet's tab keeps the piece its recognizer read
        detections = cut_at_cells(text, detections)
        # "the dog, Biscuit": a pet's name is no person
        detections = without_pets(text, detections)
        # "FRASER, Morag Lt Col (ARMY-42CDO)": a directory entry is one person and a unit
        entries = list(directory_entries(text))
        codes = [(start, end) for kind, start, end in entries if kind == "CODE"]
        detections = [
            d for d in detections if not any(s <= d.start and d.end <= e for s, e in codes)
        ] + [
            Detection(kind, start, end, 1.0, DIRECTORY_ENTRY)
            for kind, start, end in entries
            if kind != "CODE"
        ]
        flags = [s.speaker for s in doc]
        detections = off_labels(detections, bounds, flags)
        named = speaker_detections(text, bounds, flags, roles, words)
        detections += named
        # "Afternoon Bubbles,", "the lads call him Bungle": a name the layout gives
        detections = salutation_names(text, detections, words)
        pieces = split_at_bounds(text, detections, bounds, words, flags)
        detections = join_names(text, merge(cut_shared_initials(text, pieces, words)), words)
        # "Occupant: TANG, Wei Jie": a field's surname in capitals before the given names
        detections = capitals_surnames_before(text, detections, words, roles)
        # "NF (Nathan)", "LCa = Litia Campbell": a team's key gives initials their person
        detections = spread_declared_initials(
            text, initials_beside_names(text, detections, NOT_INITIALS)
        )
        # "[09:10] JN:", "Escalate to ZC.", "LC & me": initials where a team puts a person
        detections = initials_in_slots(text, detections, words)
        labels = [b for b, speaker in zip(bounds, flags, strict=True) if speaker]
        # read three times below on the same text: computed once per document
        in_lower_case = lower_case_writing(text, labels)
        detections = propagate(text, detections, words, in_lower_case=in_lower_case)
        # a first name beside a found surname joins it ("Precious" + "Doherty"), so the
        # second round spreads the full name's words
        detections = extend_beside(text, detections, words)
        # "spike (samira el-sayed)": the nickname before a found person in brackets
        detections = nicknames_before_brackets(text, detections, words, addressed, roles)
        # "Lily  age 9", "Ruby (13)": a first name that is also a word, named by its age
        detections = names_before_ages(text, detections, words, roles)
        # "JOA-\nNNA NOWAK", "Faith Hargr-\neaves": a name hyphenated over a line end, whole
        # (again before the ranks: the rounds between may find its halves anew)
        detections = names_over_line_breaks(text, detections, words)
        # "what's her name, Kathryn" / "P1: Baker. Yeah.": the next voice finishing a name
        detections = surnames_finishing_a_turn(text, detections, words, roles)
        # "dawn - dawn.murphy556@mod.gov.uk", "Dawn @dawn_white91": named by its own address
        detections = names_before_their_addresses(text, detections, words, addressed, roles)
        # a rota's column of people: its other name-shaped cells ("| GRAY |", "| JW |")
        detections = people_in_columns(text, detections, words, roles)
        # a surname a recogniser heard as words ("mac kenzie", "harry butter worth")
        detections = split_surnames(text, detections, words)
        # a second round: names joined in the first ("lily" + "oyelaran") are now full names
        detections = propagate(text, detections, words, in_lower_case=in_lower_case)
        # "so i told sue to go": a word-name in a person's slot of lower-case speech, after
        # the rounds that would spread it to the word's other uses ("going to sue")
        detections = names_in_speech_slots(text, detections, words, in_lower_case=in_lower_case)
        # initials again once particles are in: "A." of "A. ap Gwilym"
        detections = extend_initials(
            text, extend_particles(text, extend_initials(text, detections))
        )
        detections = join_names(
            text,
            merge(
                name_variants(
                    text,
                    detections,
                    words,
                    diminutives,
                    uncued,
                    nicknames,
                    in_lower_case=in_lower_case,
                )
            ),
            words,
        )
        detections = keep_word_names(
            text,
            join_split_names(text, detections),
            words,
            after_the,
            in_lower_case=in_lower_case,
            nicknames=nicknames,
        )
        # "JOA-\nNNA NOWAK", "Faith Hargr-\neaves": a name hyphenated over a line end, whole
        detections = names_over_line_breaks(text, detections, words)
        # the rank before a name found without it goes under the same placeholder
        detections = extend_ranks(text, detections, words)
        detections = off_labels(
            split_at_bounds(text, detections, bounds, speakers=flags), bounds, flags, True
        )
        # what names or numbers spread to is checked again: a public name stays whole
        detections = cut_public_names(text, detections, settings.public_names())
        # a possessive the later rounds ran a name into ("dziedzic's") stays beside it
        detections = trim_possessives(text, detections)
        # "Carlisle CF47", "larkhill sp4": a postcode district right after a found place
        detections = districts_after_places(text, detections)
        # "Sgt Barrett here (564433)": an officer's personal number right after the person
        detections = numbers_after_people(text, detections)
        # "Kacper (3)", "nevaeh is 14": a number beside a person now found is their age
        if not settings.keep_exact_ages:
            detections = ages_beside_people(text, detections)
        detections += named
        out.append((text, bounds, detections))
    return out


def off_labels(
    detections: Sequence[Detection],
    bounds: Sequence[tuple[int, int]],
    speakers: Sequence[bool],
    inside_too: bool = False,
) -> list[Detection]:
    """Drop spans that reach into a speaker label from outside or out of one (and, with
    ``inside_too``, every span inside one).

    A label is a role or a name as a whole: speaker_detections decides from the label alone
    and its span is added back whole, so "P1" or "SPEAKER_01" survive byte for byte and a
    name label is one person. A pattern that runs from a label into the turn ("P1" +
    "Stonehouse Barracks, credit" read as a street address) was built from the label and
    would eat a word of the speech, so it goes; the other recognizers' spans inside the
    turn still stand. A name that runs across ("Participant" + "Jarrett") keeps its piece
    in the turn (split_at_bounds cuts it; the piece in the label is dropped at the end).
    """
    labels = [b for b, speaker in zip(bounds, speakers, strict=True) if speaker]
    starts = [s for s, _ in labels]
    kept = []
    for detection in detections:
        # the labels it overlaps: from the last one starting at or before its start
        index = max(bisect.bisect_right(starts, detection.start) - 1, 0)
        crosses = False
        while index < len(labels) and labels[index][0] < detection.end:
            start, end = labels[index]
            if start < detection.end and detection.start < end:
                inside = start <= detection.start and detection.end <= end
                crosses = crosses or inside_too or not (inside or detection.entity_type == "PERSON")
            index += 1
        if not crosses:
            kept.append(detection)
    return kept


def scrub_segment_lists(
    engine: ScrubEngine, documents: Sequence[Sequence[Segment]]
) -> list[ScrubbedDocument]:
    """Scrub each document (a list of segments); placeholders are consistent within it."""
    settings = engine.settings
    words = settings.wordlists()
    scrubbed = []
    for text, bounds, detections in detect_all(engine, documents):
        book = PlaceholderBook(settings, words)
        # "asante, yaw" is one person where the document names Yaw Asante
        detections = book.join_surname_first(text, detections)
        people = [d for d in sorted(detections, key=lambda d: d.start) if d.entity_type == "PERSON"]
        # every person mention is read before any is numbered, so that a first name met
        # before the full name still joins its person
        book.people.learn(
            [_numbered_value(text, d) for d in people],
            [d.start for d in people],
            # initials a key declares, then nicknames a salutation or "call him" ties
            aliases(text, [(d.start, d.end) for d in people], words)
            | declared_initials(text, [(d.start, d.end) for d in people]),
            named_writers(text, [(d.start, d.end) for d in people]),
        )
        # a surname that is also a place is the person's wherever it stands alone
        detections = book.surnames_as_places(text, detections)
        replacements = []
        findings = []
        values: dict[str, str] = {}
        for detection in sorted(detections, key=lambda d: d.start):
            value = text[detection.start : detection.end]
            placeholder = book.placeholder(detection.entity_type, _numbered_value(text, detection))
            values.setdefault(value, detection.entity_type)
            findings.append(
                Finding(
                    detection.start,
                    detection.end,
                    detection.entity_type,
                    detection.score,
                    detection.recognizer,
                )
            )
            replacements.append((detection.start, detection.end, placeholder))
        edits = edits_per_segment(bounds, replacements)
        scrubbed.append(ScrubbedDocument(edits, findings, values))
    return scrubbed


def _numbered_value(text: str, detection: Detection) -> str:
    """The value a detection's placeholder is numbered by: a piece of a name a line's end
    cut ("IFEANYI" of "IFEANYI\nOKAFOR") is numbered as the whole name, so both pieces,
    and the name's other mentions ("Pte Okafor"), share one placeholder."""
    if detection.whole is not None:
        return text[detection.whole[0] : detection.whole[1]]
    return text[detection.start : detection.end]


def scrub_texts(engine: ScrubEngine, texts: Sequence[str]) -> list[str]:
    """Scrub plain strings, each its own document."""
    documents = [[Segment(t)] for t in texts]
    return [
        r.texts(d)[0]
        for r, d in zip(scrub_segment_lists(engine, documents), documents, strict=True)
    ]
