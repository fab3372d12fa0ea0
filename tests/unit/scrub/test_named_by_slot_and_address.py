"""People named by where they stand rather than by a name's shape: a speaker's initials as a
label however often they speak, someone spoken to or thanked by name, an action's owner, a
calendar invitation's organiser, a rank before a surname that is also a rank's word, a
first name before the address that spells it, and an age a call note's field reports.

Each case holds what must go and what must stay beside it, so a rule that takes too much
fails as surely as one that takes too little.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.formats import read_document
from sealflow.scrub.formats.base import is_initials_label, speaker_labels
from sealflow.scrub.formats.structure import structure_differences
from sealflow.scrub.scrubber import scrub_segment_lists, scrub_texts

FOCUS_GROUP = (
    "Focus group 3, HMNB Clyde\n\n"
    "Facilitator: Thanks all. Who wants to start?\n\n"
    "[00:00:12] AH: Can I say something? The bit about money hit home.\n\n"
    "YS: We came up in the minibus this morning.\n\n"
    "[00:01:40] GC: I only came for the bacon rolls. [laughter]\n\n"
    "AH: Same for me.\n\n"
    "MM: The app's blocked on MODNET.\n\n"
    "[00:03:02] YS: Honestly, it was alright.\n\n"
    "MM: Just, thanks for listening.\n"
)


def scrub_file(engine: ScrubEngine, path: Path, out: Path) -> str:
    document = read_document(path)
    (scrubbed,) = scrub_segment_lists(engine, [document.segments])
    document.writer(scrubbed.edits, out)
    return out.read_text(encoding="utf-8")


def test_when_speakers_are_labelled_by_initials_then_one_who_speaks_once_is_a_speaker_too():
    lines = FOCUS_GROUP.splitlines()
    labels = speaker_labels(lines, frozenset(["facilitator"]))
    assert {"AH", "YS", "MM", "GC"} <= labels
    # one initials label alone is not yet a transcript's way of naming its speakers
    assert "GC" not in speaker_labels(["GC: hello", "Facilitator: hi", "Facilitator: ok"])
    # capitals that open a letter's or a note's line are never taken by their shape
    assert not any(is_initials_label(x) for x in ("RE", "NB", "PS", "FYI", "Ab", "ABCD"))
    assert all(is_initials_label(x) for x in ("MM", "GC", "EÓ", "SÓ"))


def test_when_a_focus_group_is_scrubbed_then_every_initials_label_goes_and_roles_stay(
    engine: ScrubEngine, tmp_path: Path
):
    source = tmp_path / "group.txt"
    source.write_text(FOCUS_GROUP, encoding="utf-8")
    scrubbed = scrub_file(engine, source, tmp_path / "out.txt")
    for initials in ("AH", "YS", "GC", "MM"):
        assert f"{initials}:" not in scrubbed
    # "MM" is also a filler the allow list keeps in speech; as a label it is someone
    assert scrubbed.count("Facilitator: ") == 1
    assert "[00:01:40] [PERSON-" in scrubbed
    assert structure_differences(source, tmp_path / "out.txt") == []


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Facilitator: Grace, you were nodding there?", ["Grace"], ["Facilitator", "nodding"]),
        ("P2: Hope, you said exactly that in the mess.", ["Hope"], ["said exactly"]),
        ("GM: Shiner, you said that last week.", ["Shiner"], ["last week"]),
        ("Just, thanks for listening, Joy. That's all.", ["Joy"], ["thanks for listening"]),
        # a word's own turn of phrase, not someone spoken to
        ("I hope, you know, it works. Faith, you know, matters.", [], ["hope", "Faith"]),
        ("Thanks for the grace period.", [], ["grace period"]),
    ],
)
def test_when_someone_is_spoken_to_by_a_name_that_is_a_word_then_it_goes(
    engine: ScrubEngine, text: str, gone: list[str], kept: list[str]
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed
    for value in kept:
        assert value in scrubbed


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "Actions: returned unopened. Action: Bill to confirm addresses by phone.\n"
            "Action: Faith to spot-check the next 10 transcripts.",
            ["Bill", "Faith"],
            ["to confirm addresses", "to spot-check"],
        ),
        ("Present: S.I. and K Limbu. Apols: Nil", ["S.I.", "Limbu"], ["Apols: Nil"]),
        (
            "ORGANIZER;CN=Bill Birch:mailto:bill.birch@kestrel-research.co.uk\n"
            "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Grace Hope;RSVP=TRUE:mailto:g.hope@mod.gov.uk",
            ["Bill Birch", "Grace Hope", "g.hope"],
            ["ORGANIZER;CN=", "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=", ";RSVP=TRUE:"],
        ),
        (
            "Rearranged by WO1 Field. Nominee: Flight Lieutenant Field.\n"
            "Warrant Officer Class 1 Mac an t-Saoir rang; Capt Lord agreed.",
            ["Field", "Saoir", "Lord"],
            ["Rearranged by", "rang;", "agreed"],
        ),
        ("Field Marshal and the Sgt Major came.", [], ["Field Marshal", "Sgt Major"]),
        ("Q14_Contact (optional): dawn - dawn.murphy556@mod.gov.uk", ["dawn"], ["Q14_Contact"]),
        ("Q14_Contact (optional): Dawn @dawn_white91 on insta", ["Dawn", "white91"], ["insta"]),
        ("I hope - hope.x@x.uk is fine", ["hope.x"], ["I hope"]),
        (
            "Transcriber: PW   QA: MT\nScanned 11/04/2026 by SR batch 52",
            ["PW", "MT", "SR"],
            ["Transcriber:", "QA:", "batch 52"],
        ),
        (
            "- Age: said fifty-two, consistent with DOB.\n- Age given as forty-four.",
            ["fifty-two", "forty-four"],
            ["consistent with DOB"],
        ),
        ("On exercise with the Army Medical Services.", ["Medical Services"], ["On exercise"]),
        # what a data export, a ticket, a vendor and the law name is no one
        (
            "ResponseId: R_9x\nRecordedDate: 2026-05-10\nQ3_AgeGroup: 25-34\nBlueFox88: hi",
            ["BlueFox88"],
            ["ResponseId:", "RecordedDate:", "Q3_AgeGroup:"],
        ),
        ("Status: Pending   Priority: Normal\nRequester: Frank Gray", ["Frank Gray"], ["Normal"]),
        ("Scribewell Ltd - Job notes\nSent by ClearType Transcription Limited", [], ["Scribewell"]),
        ("Under GDPR I am asking; the DPO replied, per the ICO.", [], ["GDPR", "DPO", "ICO"]),
        ("Call the Military Mental Health Helpline on 0800 323 4444.", [], ["0800 323 4444"]),
        # a file's id in a transcript's title is no service number and holds no name (the
        # residual scan's five hits at 100,000 staff were four of these)
        (
            "Interview interview-f17c34660525\nNOTE interview-f1eda1a4a2c9\nService no 30012345"
            "\nInterview interview-f509db0f6bea; ask Bea Smith",
            ["30012345", "Bea Smith"],
            ["interview-f17c34660525", "interview-f1eda1a4a2c9", "interview-f509db0f6bea"],
        ),
    ],
)
def test_when_a_slot_names_someone_then_the_name_goes_and_the_slot_stays(
    engine: ScrubEngine, text: str, gone: list[str], kept: list[str]
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed
    for value in kept:
        assert value in scrubbed


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("If yes: Name JOA-\nNNA NOWAK\n   Signed: yes", ["JOA", "NNA", "NOWAK"], ["Signed: yes"]),
        ("Name (BLOCK CAPITALS): IM-\nRAN GILL\nSigned: x", ["IM-", "RAN", "GILL"], ["Signed"]),
        ("Witness: Faith Hargr-\neaves, Sgt", ["Faith", "Hargr", "eaves"], ["Witness:", "Sgt"]),
        ("Name of participant: CHRISTOPHER\nBEST\nSigned: x", ["CHRISTOPHER", "BEST"], ["Signed"]),
        # a word hyphenated over a line is no name; a name's line may end a field
        ("The well-\nbeing team and the self-\nreferral route", [], ["well-\nbeing", "self-"]),
        ("Name: Kate Jones\nTHE END", ["Kate Jones"], ["THE END"]),
    ],
)
def test_when_a_name_is_broken_over_a_line_end_then_both_halves_go(
    engine: ScrubEngine, text: str, gone: list[str], kept: list[str]
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed
    for value in kept:
        assert value in scrubbed


def test_when_a_broken_name_is_named_again_whole_then_both_share_one_placeholder(
    engine: ScrubEngine,
):
    (scrubbed,) = scrub_texts(engine, ["Name JOA-\nNNA NOWAK signed. Joanna Nowak rang."])
    assert scrubbed == "Name [PERSON-1] signed. [PERSON-1] rang."


def test_when_a_form_breaks_a_name_over_lines_then_its_pieces_keep_one_placeholder(
    engine: ScrubEngine, tmp_path: Path
):
    source = tmp_path / "form.txt"
    source.write_text(
        "Name of participant (BLOCK CAPITALS): IFEANYI\nOKAFOR\nSigned: I Okafor\n"
        "Rank: Pte Okafor\nIf yes: Name JOA-\nNNA NOWAK\nJoanna rang.\n",
        encoding="utf-8",
    )
    scrubbed = scrub_file(engine, source, tmp_path / "out.txt")
    # each line is a segment of its own, so each piece is replaced in its line, under the
    # one placeholder of the whole name; the lines themselves stay
    assert scrubbed == (
        "Name of participant (BLOCK CAPITALS): [PERSON-1]\n[PERSON-1]\nSigned: [PERSON-1]\n"
        "Rank: [PERSON-1]\nIf yes: Name [PERSON-2]\n[PERSON-2]\n[PERSON-2] rang.\n"
    )
    assert structure_differences(source, tmp_path / "out.txt") == []


def test_when_the_next_voice_finishes_a_name_then_the_surname_goes_and_words_stay(
    engine: ScrubEngine, tmp_path: Path
):
    source = tmp_path / "group.srt"
    source.write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nP3: The physio, what's her name, Kathryn\n\n"
        "2\n00:00:05,000 --> 00:00:07,000\nP1: Baker. Yeah. She'd do anything.\n\n"
        "3\n00:00:08,000 --> 00:00:09,000\nP3: I asked Sarah\n\n"
        "4\n00:00:10,000 --> 00:00:11,000\nP1: Right. Fine.\n",
        encoding="utf-8",
    )
    scrubbed = scrub_file(engine, source, tmp_path / "out.srt")
    assert "Kathryn" not in scrubbed and "Baker" not in scrubbed and "Sarah" not in scrubbed
    assert "P1: Right. Fine." in scrubbed
    assert "Yeah. She'd do anything." in scrubbed
    assert structure_differences(source, tmp_path / "out.srt") == []


def test_when_a_name_is_typed_in_lower_case_then_its_first_name_alone_is_the_person(
    engine: ScrubEngine,
):
    (scrubbed,) = scrub_texts(
        engine,
        [
            "Interviewer: Were there times it was hard?\n\nP1: lily did the school runs. the "
            "welfare officer, ssgt lily johal, was good. i'd tell lily to do it. the lily "
            "pond is nice. i will go, i hope."
        ],
    )
    assert "lily" not in scrubbed and "johal" not in scrubbed
    # the person's other words stay words: a verb or a function word is never spread
    assert "i will go, i hope." in scrubbed
