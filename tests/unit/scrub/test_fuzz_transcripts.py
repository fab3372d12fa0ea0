"""Fuzzing the transcript readers (.txt, .vtt, .srt, .docx): what a vendor sends, signed by
its own key and so authentic but untrusted. Each input reads to a document or one
DocumentError, never another exception, in bounded memory (tracemalloc, never a clock).

The .docx inputs: random bytes; a real Word file with one member replaced by random bytes,
random XML, XML nested thousands deep, a "billion laughs" DTD or an external entity; zip
bombs, honest (a member that inflates hugely) and lying (a central directory that
declares a small size for a member that inflates hugely), too many members, and names that
climb out of the package.
"""

from __future__ import annotations

import io
import struct
import tempfile
import zipfile
from pathlib import Path

import pytest
from bounded import result_or_sealflow_error
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.errors import DocumentError
from sealflow.scrub.formats import ParsedDocument, read_document

# Examples sized so the file runs in well under 60 s; hypothesis replays any failure found.
FUZZ = settings(max_examples=60, deadline=None)
BOMB = settings(max_examples=12, deadline=None)

CUE_PIECES = st.sampled_from(
    [
        "WEBVTT", "WEBVTT - title", "\ufeff", "NOTE a note", "STYLE", "REGION", "::cue {}",
        "00:00:01.000 --> 00:00:02.500", "00:01.000 --> 00:02.000 align:start",
        "00:00:01,000 --> 00:00:02,000", "99:99:99,999 --> 00:00:00,000", "-->", "1", "0",
        "-1", "<v Interviewer>Hello", "<v.loud Jo Bloggs>", "</v>", "<c.x>", "<b>", "&amp;",
        "Interviewer: tell me", "Participant:", "Jo Bloggs: yes", "", " ", "\t", "\r",
        "\u202e", "\x00", "é’–",
    ]
)  # fmt: skip
CUE_TEXT = st.lists(CUE_PIECES | st.text(max_size=20), max_size=30).map("\n".join)
TEXT_BYTES = (
    st.binary(max_size=600)
    | CUE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
)


def _read(name: str, data: bytes) -> object:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        outcome = result_or_sealflow_error(lambda: read_document(path))
    assert isinstance(outcome, ParsedDocument | DocumentError), type(outcome)
    return outcome


@FUZZ
@given(suffix=st.sampled_from([".txt", ".vtt", ".srt"]), data=TEXT_BYTES)
def test_when_a_text_transcript_is_anything_then_a_document_or_one_document_error(suffix, data):
    _read(f"INT-001{suffix}", data)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    ),
    "word/document.xml": (
        f'<w:document xmlns:w="{W_NS}"><w:body>'
        "<w:p><w:r><w:t>Interviewer: how long have you served?</w:t></w:r></w:p>"
        '<w:p><w:r><w:t xml:space="preserve">Participant: twelve years, </w:t></w:r>'
        "<w:r><w:t>at Catterick.</w:t></w:r></w:p></w:body></w:document>"
    ),
    "word/header1.xml": f'<w:hdr xmlns:w="{W_NS}"><w:p><w:r><w:t>INT-001</w:t></w:r></w:p></w:hdr>',
    "docProps/core.xml": (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:creator>Jo Bloggs</dc:creator></cp:coreProperties>"
    ),
}


def _word_file() -> bytes:
    """A minimal Word package (what Word needs to open it), so each example reads fast."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in PACKAGE.items():
            package.writestr(name, xml)
    return buffer.getvalue()


WORD = _word_file()


@pytest.fixture(scope="module", autouse=True)
def _imports_done() -> None:
    """The readers' first call imports the scrub's word lists (spaCy's): done untraced, so
    tracemalloc measures reading, not importing."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "warm.docx").write_bytes(WORD)
        read_document(Path(folder) / "warm.docx")


MEMBERS = zipfile.ZipFile(io.BytesIO(WORD)).namelist()


def _with_member(name: str, data: bytes) -> bytes:
    """The Word file with member ``name`` (new or replaced) holding ``data``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(WORD)) as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            if info.filename != name:
                out.writestr(info, source.read(info))
        out.writestr(name, data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def laughs(levels: int, width: int) -> bytes:
    entities = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{f"&l{i - 1};" * width}">' for i in range(1, levels + 1)
    ]
    return (
        f"<?xml version='1.0'?><!DOCTYPE w:document [{''.join(entities)}]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>&l{levels};</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def nested(depth: int) -> bytes:
    return (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + b"<w:p>" * depth
        + b"</w:p>" * depth
        + b"</w:document>"
    )


EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)
XML_PIECES = st.sampled_from(
    ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tab/>", "<w:br/>",
     "<w:delText>", "</w:delText>", 'w:author="Jo"', "<!--", "-->", "<![CDATA[", "]]>",
     "&amp;", "&#0;", "&#xD800;", "<?pi?>", "<", ">", "Interviewer:", "text"]
)  # fmt: skip
RANDOM_XML = st.lists(XML_PIECES | st.text(max_size=10), max_size=40).map(
    lambda parts: (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(parts)
        + "</w:document>"
    ).encode("utf-8", "surrogatepass")
)
MEMBER_DATA = (
    st.binary(max_size=300)
    | RANDOM_XML
    | st.builds(nested, st.integers(min_value=100, max_value=5000))
    | st.builds(laughs, st.integers(min_value=2, max_value=10), st.integers(2, 10))
    | st.just(EXTERNAL)
)


@FUZZ
@given(data=st.binary(max_size=600))
def test_when_a_docx_is_random_bytes_then_one_document_error(data):
    assert isinstance(_read("INT-001.docx", data), DocumentError)


@FUZZ
@given(member=st.sampled_from(MEMBERS), data=MEMBER_DATA)
def test_when_a_docx_member_holds_anything_then_a_document_or_one_document_error(member, data):
    outcome = _read("INT-001.docx", _with_member(member, data))
    if isinstance(outcome, ParsedDocument):
        text = " ".join(segment.text for segment in outcome.segments)
        assert "root:" not in text and "lollol" not in text  # no entity was expanded


@BOMB
@given(megabytes=st.integers(min_value=2, max_value=64), member=st.sampled_from(MEMBERS))
def test_when_a_docx_member_inflates_hugely_then_it_is_refused_unread(megabytes, member):
    outcome = _read("INT-001.docx", _with_member(member, b"\0" * (megabytes << 20)))
    assert isinstance(outcome, DocumentError) and "zip bomb" in str(outcome)


def _lying(megabytes: int) -> bytes:
    """A package whose document part inflates to ``megabytes`` while both of the zip's
    headers declare 100 bytes (the sizes a reader would trust to bound it)."""
    data = bytearray(_with_member("word/document.xml", b"\0" * (megabytes << 20)))
    real = (megabytes << 20).to_bytes(4, "little")
    name = b"word/document.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if (
                data[name_at : name_at + len(name)] == name
                and data[at + size_at : at + size_at + 4] == real
            ):
                data[at + size_at : at + size_at + 4] = struct.pack("<I", 100)
            at += 4
    return bytes(data)


@BOMB
@given(megabytes=st.integers(min_value=2, max_value=64))
def test_when_a_docx_lies_about_a_members_size_then_memory_stays_bounded(megabytes):
    assert isinstance(_read("INT-001.docx", _lying(megabytes)), DocumentError)


@BOMB
@given(
    extra=st.integers(min_value=1, max_value=50),
    name=st.sampled_from(["../evil.xml", "/etc/x.xml", "word\\..\\x.xml", "C:/x.xml", None]),
)
def test_when_a_docx_has_too_many_members_or_a_name_that_climbs_out_then_it_is_refused(extra, name):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(WORD)) as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        if name is None:
            for i in range(2_000 + extra):
                out.writestr(f"word/media/x{i}.bin", b"")
        else:
            out.writestr(name, b"<x/>")
    assert isinstance(_read("INT-001.docx", buffer.getvalue()), DocumentError)
