"""Word files: every part scrubbed, structure kept, hostile packages refused.

The round trip fills every part a .docx can hold (docx_parts.py) and then reads every XML
member of the scrubbed package: no planted value may be left anywhere, in text or attribute.
"""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx_parts import package_texts, write_every_part_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.errors import DocumentError
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.formats import ooxml_package, read_document
from sealflow.scrub.formats.structure import structure_differences
from sealflow.scrub.scrubber import scrub_segment_lists

PLANTED = {
    "header": "Interview with Sgt Okafor at Tidworth",
    "footer": "Call 07700 900123 for queries",
    "first_header": "Transcript of Cpl Mensah, Catterick",
    "first_footer": "Email j.okafor@example.org",
    "even_header": "Participant Lt Adeyemi",
    "even_footer": "Postcode SP9 7AB",
    "turns": [
        ("Interviewer", "How did Sgt Okafor help?"),
        ("Priya Shah", "He rang me on 07700 900123 every Monday."),
        ("Interviewer", "Thanks, Priya."),
        ("Priya Shah", "Yes, the visit was good."),
    ],
    "table": "Sgt Okafor",
    "nested_table": "Service number 25012345",
    "comment": "Check with WO2 Brannigan",
    "author": "Priya Shah",
    "footnote": "We later spoke to Maj Whitcombe",
    "endnote": "NI number QQ 12 34 56 C",
    "text_box": "Capt Fairweather at Tidworth",
    "tracked": ("I served with", "Cpl Delacroix", "a colleague"),
    "title": "Interview Sgt Okafor",
    "subject": "Okafor at Tidworth",
    "keywords": "Okafor; Tidworth",
    "description": "Interview with Femi Okafor",
    "category": "Okafor",
    "company": "Okafor Transcription Ltd",
    "manager": "Dave Mensah",
    "field": "f.okafor@example.org",
    "link": "priya.shah@example.net",
    "alt_text": "Photo of Cpl Kowalczyk at Tidworth",
    "user_id": "S::priya.shah@example.net::5e1f",
    "custom_xml": "Owner WO1 Pemberton-Ashe",
    "chart": "Maj Oyelaran-Ibekwe",
}
VALUES = [
    "Okafor",
    "Tidworth",
    "07700 900123",
    "Mensah",
    "Catterick",
    "j.okafor",
    "Adeyemi",
    "SP9 7AB",
    "Priya",
    "Shah",
    "Femi",
    "25012345",
    "Brannigan",
    "Whitcombe",
    "QQ 12 34 56 C",
    "Fairweather",
    "Delacroix",
    "example.org",
    "example.net",
    "Kowalczyk",
    "Pemberton",
    "Oyelaran",
]


def scrub_docx(engine: ScrubEngine, source: Path, out: Path) -> dict[str, str]:
    document = read_document(source)
    (scrubbed,) = scrub_segment_lists(engine, [document.segments])
    document.writer(scrubbed.edits, out)
    return package_texts(out)


@pytest.fixture()
def every_part(tmp_path: Path) -> Path:
    path = tmp_path / "every.docx"
    write_every_part_docx(path, PLANTED)
    return path


def test_when_every_part_holds_identifiers_then_none_is_left_anywhere_in_the_package(
    engine: ScrubEngine, every_part: Path, tmp_path: Path
):
    planted = package_texts(every_part)
    for value in VALUES:  # the fixture really put each value somewhere
        assert any(value in text for text in planted.values()), value
    out = tmp_path / "out.docx"
    scrubbed = scrub_docx(engine, every_part, out)
    left = [(v, part) for part, text in scrubbed.items() for v in VALUES if v in text]
    assert left == []
    assert structure_differences(every_part, out) == []
    body = docx.Document(str(out))
    properties = body.core_properties
    assert [
        properties.author,
        properties.last_modified_by,
        properties.title,
        properties.subject,
        properties.keywords,
        properties.comments,
        properties.category,
    ] == [""] * 7
    assert "<Company></Company><Manager></Manager>" in scrubbed["docProps/app.xml"]
    assert [p.text for p in body.paragraphs[:4]] == [
        "Interviewer: How did [PERSON-1] help?",
        "[PERSON-2]: He rang me on [PHONE-1] every Monday.",
        "Interviewer: Thanks, [PERSON-2].",
        "[PERSON-2]: Yes, the visit was good.",
    ]
    assert body.paragraphs[1].runs[0].bold and body.paragraphs[1].runs[0].text == "[PERSON-2]:"


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("word/header1.xml", "Interview with [PERSON-1] at [BASE-1]"),
        ("word/footer1.xml", "Call [PHONE-1] for queries"),
        ("word/comments.xml", "Check with [PERSON-"),
        ("word/footnotes.xml", "We later spoke to [PERSON-"),
        ("word/endnotes.xml", "NI number [NI-1]"),
    ],
)
def test_when_a_value_is_in_several_parts_then_every_part_has_its_one_placeholder(
    engine: ScrubEngine, every_part: Path, tmp_path: Path, part: str, expected: str
):
    scrubbed = scrub_docx(engine, every_part, tmp_path / "out.docx")
    text = re.sub(r"<[^>]+>", "", scrubbed[part])
    assert expected in text


def test_when_text_is_tracked_then_deleted_inserted_and_reviewer_name_are_all_scrubbed(
    engine: ScrubEngine, every_part: Path, tmp_path: Path
):
    scrubbed = scrub_docx(engine, every_part, tmp_path / "out.docx")["word/document.xml"]
    deleted = re.findall(r"<w:delText>([^<]*)</w:delText>", scrubbed)
    assert deleted and all(re.fullmatch(r"\[PERSON-\d+\]", d) for d in deleted)
    assert "<w:t>a colleague</w:t>" in scrubbed
    authors = set(re.findall(r'w:author="([^"]*)"', scrubbed))
    assert authors == {"[PERSON-2]"}  # the speaker Priya Shah in the body is [PERSON-2]
    boxes = re.findall(r"<w:txbxContent>.*?</w:txbxContent>", scrubbed)
    assert len(boxes) == 2 and all("Fairweather" not in b for b in boxes)  # DrawingML + VML


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


DOCUMENT = (
    b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    b'wordprocessingml/2006/main"><w:body>{}</w:body></w:document>'
)


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({f"m{i}.xml": b"x" for i in range(2_001)}, "2001 members"),
        ({"word/document.xml": b"\0" * (8 * 1024 * 1024)}, "compresses"),
        (
            {
                "word/document.xml": DOCUMENT.replace(
                    b"{}", b"<w:p>" * 400 + b"<w:r><w:t>x</w:t></w:r>" + b"</w:p>" * 400
                )
            },
            "nests XML too deeply",
        ),
        (
            {
                "word/document.xml": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
                + DOCUMENT.split(b"?>", 1)[1].replace(
                    b"{}", b"<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>"
                )
            },
            "declares a document type",
        ),
        ({"word/other.xml": b"<a/>"}, "no main document part"),
        (
            {
                "word/document.xml": b'<w:document xmlns:w="http://purl.oclc.org/ooxml/'
                b'wordprocessingml/main"><w:body/></w:document>'
            },
            "Strict Open XML",
        ),
        ({"../../etc/evil.xml": b"<a/>"}, "climbs out of the package"),
        ({"/abs/evil.xml": b"<a/>"}, "is absolute"),
    ],
)
def test_when_package_is_hostile_then_one_clear_error_names_the_file(
    tmp_path: Path, members: dict[str, bytes], message: str
):
    path = _zip(tmp_path / "hostile.docx", members)
    with pytest.raises(DocumentError, match=message) as raised:
        read_document(path)
    assert str(path) in str(raised.value)


def test_when_package_inflates_past_the_total_limit_then_it_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(ooxml_package, "MAX_TOTAL_BYTES", 1000)
    path = _zip(tmp_path / "big.docx", {"word/document.xml": DOCUMENT.replace(b"{}", b" " * 2000)})
    with pytest.raises(DocumentError, match="inflates to") as raised:
        read_document(path)
    assert "big.docx" in str(raised.value)


def test_when_a_paragraph_is_lost_then_the_structure_check_says_which_part(
    every_part: Path, tmp_path: Path
):
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(every_part) as source, zipfile.ZipFile(damaged, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/footnotes.xml":
                data = re.sub(rb"<w:p>(?:(?!<w:p>).)*?Whitcombe.*?</w:p>", b"", data)
            out.writestr(info, data)
    assert structure_differences(every_part, damaged) == [
        "word/footnotes.xml: p count 3 became 2",
        "word/footnotes.xml: r count 3 became 2",
    ]


def test_when_a_value_spans_runs_then_it_goes_to_the_first_run_and_roles_stay(
    engine: ScrubEngine, tmp_path: Path
):
    source = tmp_path / "runs.docx"
    document = docx.Document()
    for runs in (
        [("INT:", True), (" Where were you?", False)],
        [("SPEAKER_01:", True), (" At Catterick with Sgt O", False), ("kafor", False)],
        [("INT:", True), (" And then?", False)],
        [("SPEAKER_01:", True), (" Home.", False)],
    ):
        paragraph = document.add_paragraph()
        for text, bold in runs:
            paragraph.add_run(text).bold = bold
    document.paragraphs[1].runs[2].italic = True
    document.save(str(source))
    out = tmp_path / "out.docx"
    scrub_docx(engine, source, out)
    paragraphs = docx.Document(str(out)).paragraphs
    assert [r.text for r in paragraphs[1].runs] == [
        "SPEAKER_01:",
        " At [BASE-1] with [PERSON-1]",
        "",
    ]
    assert paragraphs[1].runs[2].italic and paragraphs[1].runs[0].bold
    assert [p.text for p in paragraphs[::2]] == ["INT: Where were you?", "INT: And then?"]
    assert paragraphs[3].text == "SPEAKER_01: Home."
    assert structure_differences(source, out) == []


SENTENCE = "Participant: I rang Sgt Okafor on 07700 900123 from Catterick on Monday."


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    cuts=st.lists(st.integers(1, len(SENTENCE) - 1), max_size=8, unique=True).map(sorted),
    bold=st.lists(st.booleans(), min_size=9, max_size=9),
)
def test_when_runs_split_anywhere_then_values_go_and_every_run_keeps_its_formatting(
    engine: ScrubEngine, tmp_path_factory: pytest.TempPathFactory, cuts: list[int], bold
):
    folder = tmp_path_factory.mktemp("runs")
    source = folder / "in.docx"
    document = docx.Document()
    bounds = [0, *cuts, len(SENTENCE)]
    for _ in range(2):  # the label repeats, so it is a speaker label
        paragraph = document.add_paragraph()
        for index, (start, end) in enumerate(itertools.pairwise(bounds)):
            paragraph.add_run(SENTENCE[start:end]).bold = bold[index]
    document.save(str(source))
    out = folder / "out.docx"
    scrub_docx(engine, source, out)
    for paragraph in docx.Document(str(out)).paragraphs:
        assert [bool(r.bold) for r in paragraph.runs] == bold[: len(bounds) - 1]
        assert paragraph.text.startswith("Participant: I rang ")
        assert paragraph.text.endswith(" on Monday.")
        assert all(v not in paragraph.text for v in ("Okafor", "07700", "Catterick"))
    assert structure_differences(source, out) == []


def test_when_the_main_part_has_another_name_then_the_relationships_find_it(
    engine: ScrubEngine, tmp_path: Path
):
    written = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("I rang Sgt Okafor on 07700 900123.")
    document.save(str(written))
    source = tmp_path / "online.docx"  # Word Online names its main part document2.xml
    with zipfile.ZipFile(written) as before, zipfile.ZipFile(source, "w") as after:
        for info in before.infolist():
            data = before.read(info).replace(b"word/document.xml", b"word/document2.xml")
            name = info.filename.replace("word/document.xml", "word/document2.xml")
            name = name.replace("word/_rels/document.xml.rels", "word/_rels/document2.xml.rels")
            after.writestr(name, data)
    out = tmp_path / "out.docx"
    scrubbed = scrub_docx(engine, source, out)
    assert "Okafor" not in scrubbed["word/document2.xml"]
    assert "[PHONE-1]" in scrubbed["word/document2.xml"]
    assert structure_differences(source, out) == []
