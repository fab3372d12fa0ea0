"""A .docx refused as a possible zip bomb or as unreadable says what to do next (D9d of the
blind new-user report): the data manager asks the sender to re-save it and send it again."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from sealflow.errors import DocumentError
from sealflow.scrub.formats.ooxml_package import open_package

FIX = "ask the sender to re-save it from Word"


def _package(document: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", document, zipfile.ZIP_STORED)
    return buffer.getvalue()


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", b"\0" * (8 << 20), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _bad_crc() -> bytes:
    data = bytearray(_package(b"<w:document/>" * 100))
    data[60] ^= 0xFF  # inside the deflated part: its CRC-32 no longer matches
    return bytes(data)


@pytest.mark.parametrize(
    "content, refusal",
    [
        (_bomb(), "refused as a possible zip bomb"),
        (b"PK\x03\x04 not a zip at all", "not a readable .docx file"),
        (_bad_crc(), "not a readable .docx file"),
    ],
)
def test_when_a_docx_is_refused_then_the_message_says_what_to_do(
    tmp_path: Path, content: bytes, refusal: str
) -> None:
    path = tmp_path / "INT-001.docx"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as refused:
        open_package(path)
    assert refusal in str(refused.value) and FIX in str(refused.value)
