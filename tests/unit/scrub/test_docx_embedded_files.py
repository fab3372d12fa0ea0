"""A .docx may carry files the scrub cannot read: a workbook or document embedded as an
object, macros. A blind tester's embedded .xlsx kept a name and a phone number through the
scrub and the residual scan; such a document is now refused, naming the part and the fix.
The first page's thumbnail, which Word draws again on saving, is left out of the copy.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from sealflow.errors import DocumentError
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.formats import read_document
from sealflow.scrub.scrubber import scrub_segment_lists


def _word_file(path: Path, extra: dict[str, bytes]) -> Path:
    """A Word file as python-docx writes it (its template holds a first-page thumbnail, as
    Word's own files often do), with ``extra`` members added."""
    document = docx.Document()
    document.add_paragraph("Interviewer: How was it?\nP1: Sgt Dave Smith rang me at home.")
    buffer = io.BytesIO()
    document.save(buffer)
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w") as out,
    ):
        for info in source.infolist():
            out.writestr(info, source.read(info))
        for name, data in extra.items():
            out.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "part",
    ["word/embeddings/Microsoft_Excel_Worksheet.xlsx", "word/embeddings/oleObject1.bin",
     "word/vbaProject.bin"],
)  # fmt: skip
def test_when_a_docx_embeds_a_file_the_scrub_cannot_read_then_it_is_refused_naming_it(
    tmp_path: Path, part: str
):
    source = _word_file(tmp_path / "in.docx", {part: b"Cpl Ngozi Adebayo 07700 900777"})
    with pytest.raises(DocumentError) as refused:
        read_document(source)
    message = str(refused.value)
    assert part in message and "delete the embedded object in Word" in message
    assert "Ngozi" not in message and "07700" not in message  # never an identifier value


def test_when_a_docx_has_a_thumbnail_then_the_scrubbed_copy_has_none_and_still_opens(
    engine: ScrubEngine, tmp_path: Path
):
    source = _word_file(tmp_path / "in.docx", {})
    with zipfile.ZipFile(source) as original:
        assert "docProps/thumbnail.jpeg" in original.namelist()
        assert "thumbnail" in original.read("_rels/.rels").decode()
    document = read_document(source)
    (scrubbed,) = scrub_segment_lists(engine, [document.segments])
    out = tmp_path / "out.docx"
    document.writer(scrubbed.edits, out)
    with zipfile.ZipFile(out) as copy:
        names = copy.namelist()
        relationships = copy.read("_rels/.rels").decode()
        body = copy.read("word/document.xml").decode()
    assert "docProps/thumbnail.jpeg" not in names and "thumbnail" not in relationships
    assert "Smith" not in body and "Interviewer" in body
    assert "Smith" not in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
