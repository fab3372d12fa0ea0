"""WebVTT, SRT and plain-text transcripts: only text changes; markup, timings and roles stay.

Table-driven cases run the real engine; the property tests check the readers and writers
alone: writing back unchanged segments reproduces the file byte for byte, and replacing
every segment keeps its structure.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.formats import read_document
from sealflow.scrub.formats.base import is_role
from sealflow.scrub.formats.structure import structure_counts, structure_differences
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import default_settings

HEAD = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000 align:start line:90%\n"


def scrub_file(engine: ScrubEngine, path: Path, out: Path, roles: frozenset[str] | None = None):
    document = read_document(path, roles)
    (scrubbed,) = scrub_segment_lists(engine, [document.segments])
    document.writer(scrubbed.edits, out)
    return out.read_bytes().decode("utf-8")


@pytest.mark.parametrize(
    ("name", "text", "kept", "gone"),
    [
        (
            "voice_role.vtt",
            HEAD + "<v P1>Stonehouse Barracks, credit to him\n",
            ["<v P1>", ", credit to him", "align:start line:90%"],
            ["Stonehouse"],
        ),
        (
            "voice_role_closed.vtt",
            HEAD + "<v.loud SPEAKER_01>I was at Catterick with Sgt Okafor.</v>\n",
            ["<v.loud SPEAKER_01>", "I was at ", "</v>"],
            ["Catterick", "Okafor"],
        ),
        (
            "voice_name.vtt",
            HEAD + "<v Dave Mensah>Hello</v>\n\n2\n00:00:05.000 --> 00:00:06.000\n"
            "<v INT>So, Mr Mensah, tell me.</v>\n",
            ["<v INT>", "Hello</v>"],
            ["Mensah", "Dave"],
        ),
        (
            "note.vtt",
            "WEBVTT - interview with Sgt Okafor\n\nNOTE spoke to Sgt Okafor at Tidworth\n"
            "and rang 07700 900123\n\nSTYLE\n::cue { color: lime }\n\n"
            "REGION\nid:fred width:40%\n\n" + HEAD[8:] + "<c.loud>Sgt Okafor</c> &amp; me\n",
            [
                "WEBVTT - interview with ",
                "NOTE spoke to ",
                "STYLE\n::cue { color: lime }\n\nREGION\nid:fred width:40%\n",
                "<c.loud>",
                "</c> &amp; me",
            ],
            ["Okafor", "Tidworth", "07700"],
        ),
        (
            "tags.vtt",
            HEAD + "<lang en-GB>Ring <b>07700 900123</b></lang> <00:00:02.000>at <i>noon</i>\n",
            ["<lang en-GB>Ring <b>", "</b></lang> <00:00:02.000>at <i>noon</i>"],
            ["07700"],
        ),
        (
            "roles.txt",
            "INT: Where were you?\nSPEAKER_01: At Catterick, with Cpl Jones.\n"
            "IV: And then?\nP1: Nothing.\nPARTICIPANT 3: Same.\nSpeaker 2: Yes.\n"
            "MOD: Thanks.\nR: ok\nFACILITATOR: Next.\nRESPONDENT: no\nMODERATOR: Done.\n",
            [
                "INT: Where were you?\nSPEAKER_01: At ",
                "IV: And then?\nP1: Nothing.\nPARTICIPANT 3: Same.\nSpeaker 2: Yes.\n",
                "MOD: Thanks.\nR: ok\nFACILITATOR: Next.\nRESPONDENT: no\nMODERATOR: Done.\n",
            ],
            ["Catterick", "Jones"],
        ),
        (
            "names.txt",
            "Interviewer: Hello.\nDave Mensah: Hi, I'm Dave Mensah.\nInterviewer: Right.\n"
            "Dave Mensah: Yes.\n",
            ["Interviewer: Hello.\n", "Interviewer: Right.\n"],
            ["Mensah", "Dave"],
        ),
        (
            "crlf.srt",
            "1\r\n00:00:01,000 --> 00:00:02,500\r\nINT: were you at Catterick?\r\n\r\n"
            "2\r\n00:00:03,000 --> 00:00:04,000\r\nSPEAKER_01: <i>yes</i>, with Sgt Okafor\r\n",
            [
                "1\r\n00:00:01,000 --> 00:00:02,500\r\nINT: were you at ",
                "2\r\n00:00:03,000 --> 00:00:04,000\r\nSPEAKER_01: <i>yes</i>, with ",
            ],
            ["Catterick", "Okafor"],
        ),
    ],
)
def test_when_transcript_is_scrubbed_then_markup_and_roles_stay_and_values_go(
    engine: ScrubEngine, tmp_path: Path, name: str, text: str, kept: list[str], gone: list[str]
):
    source = tmp_path / name
    source.write_bytes(text.encode("utf-8"))
    out = tmp_path / f"out{source.suffix}"
    scrubbed = scrub_file(engine, source, out)
    for piece in kept:
        assert piece in scrubbed
    for value in gone:
        assert value not in scrubbed
    assert structure_differences(source, out) == []


def test_when_a_name_is_a_voice_tag_and_in_the_text_then_both_share_one_placeholder(
    engine: ScrubEngine, tmp_path: Path
):
    source = tmp_path / "a.vtt"
    source.write_text(
        HEAD + "<v Dave Mensah>Hello</v>\n\n2\n00:00:05.000 --> 00:00:06.000\n"
        "<v Interviewer>So, Dave Mensah, tell me.</v>\n",
        encoding="utf-8",
    )
    scrubbed = scrub_file(engine, source, tmp_path / "b.vtt")
    assert "<v [PERSON-1]>Hello</v>" in scrubbed
    assert "<v Interviewer>So, [PERSON-1], tell me.</v>" in scrubbed


def test_when_study_lists_its_own_roles_then_those_labels_stay(engine: ScrubEngine, tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text("CHAIR: Welcome.\nCHAIR: Next, Cpl Jones.\n", encoding="utf-8")
    study = replace(engine.settings, speaker_roles=("Chair",))
    scrubbed = scrub_file(
        replace(engine, settings=study), source, tmp_path / "b.txt", study.roles()
    )
    assert scrubbed.startswith("CHAIR: Welcome.\nCHAIR: Next, ")
    assert "Jones" not in scrubbed


BROKEN = [
    ("a.vtt", HEAD + "<v P1>Hello</v>\n", HEAD + "<v P2>Hello</v>\n", "voice tags"),
    (
        "a.vtt",
        HEAD + "Hi\n",
        HEAD.replace("04.000", "05.000") + "Hi\n",
        "identifier or timing",
    ),
    (
        "a.srt",
        "1\n00:00:01,000 --> 00:00:02,000\nINT: hi\n",
        "1\n00:00:01,000 --> 00:00:02,000\n[PERSON-1]: hi\n",
        "speaker label",
    ),
    ("a.txt", "INT: a\nR: b\n", "INT: a\nR: b\nextra\n", "line count"),
    ("a.txt", "Dave: a\nDave: b\n", "Dave: a\nb\n", "speaker label"),
]


@pytest.mark.parametrize(("name", "before", "after", "problem"), BROKEN)
def test_when_scrubbed_file_lost_structure_then_the_check_says_what(
    tmp_path: Path, name: str, before: str, after: str, problem: str
):
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "in" / name).write_text(before, encoding="utf-8")
    (tmp_path / "out" / name).write_text(after, encoding="utf-8")
    differences = structure_differences(tmp_path / "in" / name, tmp_path / "out" / name)
    assert any(problem in d for d in differences), differences


_WORDS = st.sampled_from(
    [
        "Dave",
        "Mensah:",
        "P1:",
        "INT:",
        "<i>",
        "</i>",
        "&amp;",
        "<v Sgt Okafor>",
        "</v>",
        "hello",
        "07700",
        "NOTE",
        "-->",
        " ",
        "  ",
        "\t",
        "<c.x>",
        "ok,",
        "<00:00:01.000>",
    ]
)
_LINES = st.lists(st.lists(_WORDS, min_size=1, max_size=8).map("".join), min_size=1, max_size=3)
_CUES = st.lists(_LINES, min_size=1, max_size=4)


def _vtt(cues: list[list[str]], end: str) -> str:
    out = f"WEBVTT{end}{end}"
    for index, lines in enumerate(cues, start=1):
        payload = end.join(line if line.strip() else "x" for line in lines)
        out += f"{index}{end}00:00:0{index}.000 --> 00:00:0{index}.500 align:start{end}"
        out += payload + end + end
    return out


def _srt(cues: list[list[str]], end: str) -> str:
    return "".join(
        f"{i}{end}00:00:0{i},000 --> 00:00:0{i},500{end}"
        + end.join(line if line.strip() else "x" for line in lines).replace("-->", "->")
        + end
        + end
        for i, lines in enumerate(cues, start=1)
    )


def _txt(cues: list[list[str]], end: str) -> str:
    return end.join(line for lines in cues for line in lines)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cues=_CUES, end=st.sampled_from(["\n", "\r\n"]), kind=st.sampled_from(["vtt", "srt", "txt"]))
def test_when_segments_are_written_back_then_file_is_byte_identical_and_replacing_keeps_structure(
    tmp_path_factory: pytest.TempPathFactory, cues: list[list[str]], end: str, kind: str
):
    folder = tmp_path_factory.mktemp("cues")
    text = {"vtt": _vtt, "srt": _srt, "txt": _txt}[kind](cues, end)
    source = folder / f"in.{kind}"
    source.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    roles = default_settings().roles()
    document = read_document(source, roles)
    same = folder / f"same.{kind}"
    document.writer([[] for _ in document.segments], same)
    assert same.read_bytes() == source.read_bytes()
    every = folder / f"every.{kind}"
    edits = [
        [] if s.speaker and is_role(s.text, roles) else [(0, len(s.text), "[X-1]")]
        for s in document.segments
    ]
    document.writer(edits, every)
    assert structure_differences(source, every) == []


def test_when_a_folder_is_checked_then_counts_say_how_many_kept_their_structure(tmp_path: Path):
    originals, scrubbed = tmp_path / "in", tmp_path / "out"
    originals.mkdir()
    scrubbed.mkdir()
    files = {
        "kept.vtt": (HEAD + "<v P1>Hi Dave</v>\n", HEAD + "<v P1>Hi [PERSON-1]</v>\n"),
        "broken.txt": ("INT: a\nR: b\n", "INT: a\n"),
        "missing.srt": ("1\n00:00:01,000 --> 00:00:02,000\nhi\n", None),
    }
    for name, (before, after) in files.items():
        (originals / name).write_text(before, encoding="utf-8")
        if after is not None:
            (scrubbed / name).write_text(after, encoding="utf-8")
    counts = structure_counts(originals, scrubbed)
    assert (counts["documents"], counts["intact"]) == (3, 1)
    assert counts["by_format"][".vtt"] == {"documents": 1, "intact": 1}
    assert [b["document"] for b in counts["broken"]] == ["broken.txt", "missing.srt"]
    assert "Dave" not in repr(counts)


_SPOKEN = st.sampled_from(
    [
        "Sgt Okafor",
        "Dave Mensah",
        "at Catterick",
        "07700 900123",
        "Stonehouse Barracks,",
        "credit to him",
        "SP9 7AB",
        "on Monday",
        "14 Acacia Road",
        "and then",
    ]
)
_MARKUP = st.sampled_from(
    ["<i>", "</i>", "<b>", "</b>", "<c.loud>", "</c>", "&amp;", "<00:00:01.500>", "<lang en>"]
)
_VOICES = st.sampled_from(["P1", "INT", "SPEAKER_01", "Dave Mensah", "Sgt Okafor", "Interviewer"])


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    cues=st.lists(
        st.tuples(_VOICES, st.lists(st.one_of(_SPOKEN, _MARKUP), min_size=1, max_size=8)),
        min_size=1,
        max_size=4,
    )
)
# Found by this test in CI: spaCy's one PERSON over a place, a postcode and a rank + name
# was cut at the postcode and lost the name (detect._trim_person now keeps the named side).
@example(cues=[("P1", ["at Catterick", "SP9 7AB", "Sgt Okafor"])])
# ... and spaCy's one PERSON over a name, a phone number and a rank + name was cut to the
# first name only: Presidio had dropped the rank recognizer's copy inside it
@example(cues=[("P1", ["Dave Mensah", "07700 900123", "Sgt Okafor"])])
# ... and spaCy's one PERSON from a numbered voice label over the whole cue ("SPEAKER_01" /
# "Dave Mensah <i> Sgt Okafor ...") was cut to the label and lost both names
@example(
    cues=[
        (
            "SPEAKER_01",
            ["Dave Mensah", "<i>", "Sgt Okafor", "Sgt Okafor", "Stonehouse Barracks,"],
        )
    ]
)
def test_when_cues_mix_markup_and_identifiers_then_every_tag_and_role_survives_scrubbing(
    engine: ScrubEngine, tmp_path_factory: pytest.TempPathFactory, cues
):
    folder = tmp_path_factory.mktemp("markup")
    text = "WEBVTT\n\n"
    for index, (voice, pieces) in enumerate(cues, start=1):
        text += f"{index}\n00:00:0{index}.000 --> 00:00:0{index}.900 line:0\n"
        text += f"<v {voice}>" + " ".join(pieces) + "</v>\n\n"
    source = folder / "in.vtt"
    source.write_text(text, encoding="utf-8")
    out = folder / "out.vtt"
    scrubbed = scrub_file(engine, source, out)
    assert structure_differences(source, out) == []
    for voice, _ in cues:
        if voice in ("P1", "INT", "SPEAKER_01", "Interviewer"):
            assert f"<v {voice}>" in scrubbed
    assert "Okafor" not in scrubbed and "07700" not in scrubbed


@pytest.mark.parametrize(
    ("text", "segments"),
    [
        ("WEBVTT\n00:00:01.000 --> 00:00:02.000\nhello\n", ["hello"]),
        (
            "WEBVTT\nKind: captions\n7\n00:00:01.000 --> 00:00:02.000\nhello\n",
            ["Kind: captions", "hello"],
        ),
        ("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nhello\n", ["hello"]),
        ("WEBVTT\r\n\r\n00:01.000 --> 00:02.000 position:10%\r\nhello\r\n", ["hello"]),
    ],
)
def test_when_webvtt_bends_the_rules_then_it_is_still_read_and_written_back_as_it_was(
    tmp_path: Path, text: str, segments: list[str]
):
    source = tmp_path / "a.vtt"
    source.write_bytes(text.encode("utf-8"))
    document = read_document(source)
    assert [s.text for s in document.segments] == segments
    document.writer([[] for _ in document.segments], tmp_path / "b.vtt")
    assert (tmp_path / "b.vtt").read_bytes() == source.read_bytes()


SRT_HEAD = "1\n00:00:01,000 --> 00:00:06,000\n"


@pytest.mark.parametrize(
    ("name", "text", "kept", "gone"),
    [
        (  # a phone number spoken over a wrapped subtitle line
            "wrapped_phone.srt",
            SRT_HEAD + "P1: ring me on oh seven seven\nnine double oh one two three four five\n",
            ["P1: ring me on ", "1\n00:00:01,000 --> 00:00:06,000\n"],
            ["oh seven", "double oh", "four five"],
        ),
        (  # a service number's first words end one cue line, the rest opens the next
            "wrapped_service.vtt",
            HEAD + "<v P1>my service number is two five\nzero four one eight eight three</v>\n",
            ["<v P1>", "my service number is ", "</v>"],
            ["two five", "eight three"],
        ),
        (  # a name broken over two lines of a plain transcript, the role label kept
            "wrapped_name.txt",
            "INT: Who rang?\nP2: My sergeant, Gareth\nPritchard, rang me at home.\n",
            ["INT: Who rang?", "P2: My sergeant, ", ", rang me at home."],
            ["Gareth", "Pritchard"],
        ),
        (  # inline markup inside a number: the detectors read the words as spoken
            "markup_number.srt",
            SRT_HEAD + "P1: it's oh seven seven <i>nine double oh</i> one two three four five\n",
            ["<i>", "</i>", "P1: it's "],
            ["oh seven", "double oh", "four five"],
        ),
    ],
)
def test_when_an_identifier_runs_over_a_line_or_markup_then_it_is_gone_and_the_layout_stays(
    engine: ScrubEngine, tmp_path: Path, name: str, text: str, kept: list[str], gone: list[str]
):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = scrub_file(engine, path, tmp_path / f"out-{name}")
    for piece in kept:
        assert piece in out
    for piece in gone:
        assert piece not in out
    assert out.count("\n") == text.count("\n")  # every line break of the layout kept
