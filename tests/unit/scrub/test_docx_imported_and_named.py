"""Text a .docx holds outside its paragraphs: an imported part (altChunk) Word shows in the
body, bookmark names, content-control titles and tags, the template's name and path.

Each is scrubbed or written neutral (docx_altchunks.py, docx_names.py), and the residual
scan reads them, so an output that still holds one fails the gate."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from sealflow.errors import DocumentError
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.formats import read_document
from sealflow.scrub.residual import residual_scan
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import default_settings

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
BODY = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
    "<w:p><w:r><w:t>Participant: it was fine on the whole.</w:t></w:r></w:p>"
    '<w:p><w:bookmarkStart w:id="7" w:name="Thaddeus_Wolstenholme"/>'
    '<w:bookmarkStart w:id="8" w:name="_GoBack"/><w:r><w:t>Marked passage.</w:t></w:r>'
    '<w:bookmarkEnd w:id="7"/><w:bookmarkEnd w:id="8"/></w:p>'
    '<w:p><w:hyperlink w:anchor="Thaddeus_Wolstenholme"><w:r><w:t>see above</w:t></w:r>'
    '</w:hyperlink><w:fldSimple w:instr=" REF Thaddeus_Wolstenholme \\h ">'
    "<w:r><w:t>Marked passage.</w:t></w:r></w:fldSimple></w:p>"
    '<w:sdt><w:sdtPr><w:alias w:val="Marigold Featherstone"/><w:tag w:val="Leopold Ainsworth"/>'
    "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Content control text.</w:t></w:r></w:p>"
    "</w:sdtContent></w:sdt>"
    '<w:altChunk r:id="rIdChunk"/><w:sectPr/></w:body></w:document>'
)
CHUNK = (
    "<html><head><title>Drusilla</title><style>p {}</style></head><body>"
    "<!-- typed by Drusilla Mountbatten --><p>Note from <b>Drusilla Mountbatten</b>, welfare."
    '</p><div title="Mountbatten">She rang on 07700 900777.</div></body></html>'
)
TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="{ext}" ContentType="{type}"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    f'.org/package/2006/relationships"><Relationship Id="rIdChunk" Type="{REL}/aFChunk" '
    'Target="{target}"/></Relationships>'
)
APP = (
    '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org'
    '/officeDocument/2006/extended-properties"><Template>Ballantyne-notes.dotm</Template>'
    "</Properties>"
)
LEFT = ("Drusilla", "Mountbatten", "Thaddeus", "Wolstenholme", "Marigold", "Featherstone")
LEFT += ("Leopold", "Ainsworth", "Ballantyne", "900777")


def _docx(path: Path, chunk: bytes = CHUNK.encode(), ext: str = "htm", kind: str = "text/html"):
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", TYPES.format(ext=ext, type=kind))
        package.writestr("word/document.xml", BODY)
        package.writestr("word/_rels/document.xml.rels", RELS.format(target=f"chunk.{ext}"))
        package.writestr(f"word/chunk.{ext}", chunk)
        package.writestr("docProps/app.xml", APP)
    return path


def _scrub(engine: ScrubEngine, source: Path, out: Path) -> dict[str, str]:
    document = read_document(source)
    (scrubbed,) = scrub_segment_lists(engine, [document.segments])
    document.writer(scrubbed.edits, out)
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_when_a_docx_names_people_outside_its_paragraphs_then_none_is_left(
    engine: ScrubEngine, tmp_path: Path
):
    out = tmp_path / "out" / "interview.docx"
    out.parent.mkdir()
    parts = _scrub(engine, _docx(tmp_path / "interview.docx"), out)
    left = [(word, name) for name, text in parts.items() for word in LEFT if word in text]
    assert left == []
    chunk = parts["word/chunk.htm"]
    assert "Note from [PERSON-" in chunk and ", welfare." in chunk and "[PHONE-1]" in chunk
    body = parts["word/document.xml"]
    # the bookmark and what points at it renamed together; Word's own bookmark kept
    assert body.count('"Bookmark1"') == 2 and "REF Bookmark1" in body
    assert 'w:name="_GoBack"' in body
    assert '<w:alias w:val=""/><w:tag w:val=""/>' in body
    assert "<Template></Template>" in parts["docProps/app.xml"]


def test_when_a_docx_is_one_imported_text_part_then_it_is_scrubbed(
    engine: ScrubEngine, tmp_path: Path
):
    chunk = b"Participant: I told Drusilla Mountbatten.\r\nShe rang on 07700 900777.\r\n"
    source = _docx(tmp_path / "plain.docx", chunk, "txt", "text/plain")
    parts = _scrub(engine, source, tmp_path / "plain-out.docx")
    assert parts["word/chunk.txt"].startswith("Participant: I told [PERSON-")
    assert "Mountbatten" not in parts["word/chunk.txt"]


def test_when_an_imported_part_is_in_a_form_not_read_then_it_is_refused_naming_the_fix(
    tmp_path: Path,
):
    source = _docx(tmp_path / "rtf.docx", b"{\\rtf1 Drusilla}", "rtf", "application/rtf")
    with pytest.raises(DocumentError, match=r"rtf\.docx: part word/chunk\.rtf .*save it again"):
        read_document(source)


def test_when_an_output_still_holds_names_outside_its_paragraphs_then_the_residual_scan_fails(
    tmp_path: Path,
):
    folder = tmp_path / "outputs"
    folder.mkdir()
    _docx(folder / "interview-abababababab.docx")
    report = residual_scan(default_settings(), [], documents_dir=folder)
    assert not report["passed"]
    assert report["hits_by_type"].get("PERSON", 0) >= 3
