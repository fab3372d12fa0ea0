"""Transcript formats keep their structure; speaker labels that are names are replaced."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import srt
import webvtt

from sealflow.errors import DocumentError
from sealflow.scrub.batch import scrub_documents
from sealflow.scrub.formats import read_document
from sealflow.scrub.settings import default_settings

VTT = """WEBVTT

NOTE recorded on Monday

1
00:00:01.000 --> 00:00:04.000 align:start
<v Sgt Okafor>Hello, I'm at Tidworth, ring 07700 900123.</v>

2
00:00:05.000 --> 00:00:07.500
Interviewer: And then, Okafor?

3
00:00:08.000 --> 00:00:09.000
<v Interviewer>It was 12 days in March.</v>
"""
SRT = """1
00:00:01,000 --> 00:00:02,500
Dave Mensah: hi, I was at Catterick

2
00:00:03,000 --> 00:00:04,000
Interviewer: on Monday?

3
00:00:05,000 --> 00:00:06,000
Dave Mensah: yes, DOB 03/04/1981
"""
TXT = """[00:00:01] Interviewer: How was it?
[00:00:05] Sgt Okafor: Fine. Call me on 07700 900123. It took 12 days.
[00:00:09] Interviewer: And Okafor, on Monday?
[00:00:12] Sgt Okafor: yes
"""


def _write_docx(path: Path) -> None:
    document = docx.Document()
    for speaker, text in (
        ("Interviewer:", " How did Sgt Okafor help?"),
        ("Priya Shah:", " He rang me on 07700 900123 every Monday."),
        ("Interviewer:", " Thanks, Priya."),
    ):
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(speaker).bold = True
        paragraph.add_run(text)
    document.save(str(path))


@pytest.fixture()
def transcripts(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.vtt").write_text(VTT, encoding="utf-8")
    (folder / "b.srt").write_text(SRT, encoding="utf-8")
    (folder / "c.txt").write_text(TXT, encoding="utf-8")
    _write_docx(folder / "d.docx")
    return folder


def test_when_transcripts_are_scrubbed_then_structure_and_roles_stay(
    transcripts: Path, tmp_path: Path
):
    out = tmp_path / "out"
    outcome = scrub_documents(transcripts, out, default_settings())
    assert outcome.failed == []
    assert sorted(outcome.written) == ["a.vtt", "b.srt", "c.txt", "d.docx"]

    before, after = webvtt.read(str(transcripts / "a.vtt")), webvtt.read(str(out / "a.vtt"))
    assert [(c.identifier, c.start, c.end) for c in before] == [
        (c.identifier, c.start, c.end) for c in after
    ]
    assert after.captions[0].voice == "[PERSON-1]"
    assert (
        "Okafor" not in after.content
        and "07700" not in after.content
        and "Tidworth" not in after.content
    )
    assert "align:start" in after.content and "NOTE recorded on Monday" in after.content
    assert after.captions[1].text == "Interviewer: And then, [PERSON-1]?"
    assert after.captions[2].voice == "Interviewer" and "12 days in March" in after.captions[2].text

    cues_before = list(srt.parse((transcripts / "b.srt").read_text()))
    cues_after = list(srt.parse((out / "b.srt").read_text()))
    assert [(c.index, c.start, c.end) for c in cues_before] == [
        (c.index, c.start, c.end) for c in cues_after
    ]
    assert cues_after[0].content.startswith("[PERSON-1]: hi")
    assert cues_after[2].content.startswith("[PERSON-1]: yes, DOB [DOB-1]")
    assert cues_after[1].content == "Interviewer: on Monday?"

    lines = (out / "c.txt").read_text().splitlines()
    assert lines[0] == "[00:00:01] Interviewer: How was it?"
    assert lines[1] == "[00:00:05] [PERSON-1]: Fine. Call me on [PHONE-1]. It took 12 days."
    assert lines[2] == "[00:00:09] Interviewer: And [PERSON-1], on Monday?"

    document = docx.Document(str(out / "d.docx"))
    paragraphs = document.paragraphs
    assert [p.style.name for p in paragraphs] == ["List Bullet"] * 3
    assert paragraphs[1].runs[0].bold and paragraphs[1].runs[0].text == "[PERSON-2]:"
    assert paragraphs[1].runs[1].text == " He rang me on [PHONE-1] every Monday."
    assert paragraphs[0].runs[0].text == "Interviewer:"
    assert paragraphs[2].text == "Interviewer: Thanks, [PERSON-2]."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("latin1.txt", "caf\u00e9 na\u00efve".encode("latin-1"), "not UTF-8"),
        ("bad.vtt", b"not a webvtt file\n00:01 --> nonsense\n", "malformed WebVTT"),
        ("bad.srt", b"1\nnonsense\n\nmore nonsense\n", "malformed SRT"),
        ("bad.docx", b"PK\x03\x04 this is not really a zip", ".docx"),
    ],
)
def test_when_document_is_bad_then_error_names_it_and_others_complete(
    transcripts: Path, tmp_path: Path, name, content, message
):
    (transcripts / name).write_bytes(content)
    with pytest.raises(DocumentError, match=message) as raised:
        read_document(transcripts / name)
    assert name in str(raised.value)
    out = tmp_path / "out"
    outcome = scrub_documents(transcripts, out, default_settings())
    assert [f["document"] for f in outcome.failed] == [name]
    assert name in outcome.failed[0]["error"]
    assert sorted(outcome.written) == ["a.vtt", "b.srt", "c.txt", "d.docx"]
    assert not (out / name).exists()
