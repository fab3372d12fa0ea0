"""Reviewer names in .docx attributes are read whatever encoding the part is stored in
(parts whose UTF-8 bytes name no such attribute are not walked: docx_format.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from sealflow.scrub.formats import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = (
    '<?xml version="1.0" encoding="{encoding}" standalone="yes"?>'
    f'<w:document xmlns:w="{W}"><w:body><w:p>'
    '<w:ins w:id="1" w:author="Kettleworth" w:date="2026-01-01T00:00:00Z">'
    "<w:r><w:t>added later</w:t></w:r></w:ins>"
    "<w:r><w:t>Plain words.</w:t></w:r>"
    "</w:p></w:body></w:document>"
)
TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


@pytest.mark.parametrize(
    ("encoding", "codec"), [("UTF-8", "utf-8"), ("UTF-16", "utf-16"), ("ASCII", "ascii")]
)
def test_when_a_part_holds_a_reviewer_name_then_it_is_a_segment_in_any_encoding(
    tmp_path: Path, encoding: str, codec: str
):
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", TYPES)
        package.writestr("word/document.xml", BODY.format(encoding=encoding).encode(codec))
    segments = read_document(path).segments
    assert [s.text for s in segments if s.speaker] == ["Kettleworth"]
    assert "Plain words." in "".join(s.text for s in segments)


def test_when_no_part_names_an_attribute_read_then_no_attribute_segment_is_made(tmp_path: Path):
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", TYPES)
        body = BODY.format(encoding="UTF-8").replace(' w:author="Kettleworth"', "")
        package.writestr("word/document.xml", body.encode())
    segments = read_document(path).segments
    assert [s.text for s in segments if s.speaker] == []
    assert "added later" in "".join(s.text for s in segments)
