"""A .docx with text in every part a Word file can hold, for the format round-trip tests.

python-docx writes the body, tables, headers, footers, comments and core properties; the
parts it has no API for (footnotes, endnotes, text boxes, tracked changes, app.xml company
and manager) are added as XML, the way Word writes them.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTES = (
    '<w:{kind}s xmlns:w="' + W_NS + '">'
    '<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    '<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:{kind}>"
    '<w:{kind} w:id="1"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:{kind}>'
    "</w:{kind}s>"
)
TEXT_BOX_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
TEXT_BOX = (
    '<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
    'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t>'
    "</w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
    "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
    "<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>"
    "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)
TRACKED = (
    '<w:p {ns}><w:r><w:t xml:space="preserve">{before} </w:t></w:r>'
    '<w:del w:id="91" w:author="{author}" w:date="2026-01-01T00:00:00Z"><w:r>'
    "<w:delText>{deleted}</w:delText></w:r></w:del>"
    '<w:ins w:id="92" w:author="{author}" w:date="2026-01-01T00:00:00Z"><w:r>'
    "<w:t>{inserted}</w:t></w:r></w:ins></w:p>"
)

SIMPLE_FIELD = (
    '<w:fldSimple {ns} w:instr=" HYPERLINK &quot;mailto:{address}&quot; ">'
    "<w:r><w:t>this address</w:t></w:r></w:fldSimple>"
)
COMPLEX_FIELD = (
    '<w:fldChar w:fldCharType="begin"/>|<w:instrText xml:space="preserve"> HYPERLINK '
    '"mailto:{address}" </w:instrText>|<w:fldChar w:fldCharType="separate"/>|<w:t>or this'
    '</w:t>|<w:fldChar w:fldCharType="end"/>'
)


def _png() -> bytes:
    """A 1x1 grey PNG, built here so the test needs no image file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + chunk(b"IEND", b"")
    )


PEOPLE = (
    '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
    '<w15:person w15:author="{author}"><w15:presenceInfo w15:providerId="AD" '
    'w15:userId="{user_id}"/></w15:person></w15:people>'
)


def _add_people(document: docx.document.Document, author: str, user_id: str) -> None:
    blob = PEOPLE.format(author=author, user_id=user_id).encode()
    part = Part(
        PackURI("/word/people.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
        blob,
        document.part.package,
    )
    document.part.relate_to(part, "http://schemas.microsoft.com/office/2011/relationships/people")


def _add_notes(document: docx.document.Document, kind: str, text: str) -> None:
    content_type = CT.WML_FOOTNOTES if kind == "footnote" else CT.WML_ENDNOTES
    relation = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
    blob = NOTES.format(kind=kind, text=text).encode()
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, blob, document.part.package)
    document.part.relate_to(part, relation)
    paragraph = document.add_paragraph("See the note.")
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:{kind}Reference w:id="1"/></w:r>'))


def write_every_part_docx(path: Path, values: dict[str, str]) -> None:
    """A Word file with one planted sentence in each part; ``values`` name what goes where."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = values["header"]
    section.footer.paragraphs[0].text = values["footer"]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = values["first_header"]
    section.first_page_footer.paragraphs[0].text = values["first_footer"]
    document.settings.odd_and_even_pages_header_footer = True
    section.even_page_header.paragraphs[0].text = values["even_header"]
    section.even_page_footer.paragraphs[0].text = values["even_footer"]

    for speaker, text in values["turns"]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{speaker}:").bold = True
        paragraph.add_run(f" {text}")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).text = values["table"]
    inner = table.cell(1, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = values["nested_table"]
    commented = document.add_paragraph("The visit went well.")
    document.add_comment(
        commented.runs, text=values["comment"], author=values["author"], initials="PS"
    )
    _add_notes(document, "footnote", values["footnote"])
    _add_notes(document, "endnote", values["endnote"])
    box = document.add_paragraph("Box: ")
    box._p.append(parse_xml(TEXT_BOX.format(ns=TEXT_BOX_NS, text=values["text_box"])))
    fields = document.add_paragraph("Write to ")
    fields._p.append(parse_xml(SIMPLE_FIELD.format(ns=nsdecls("w"), address=values["field"])))
    fields._p.extend(
        parse_xml(f"<w:r {nsdecls('w')}>{run}</w:r>")
        for run in COMPLEX_FIELD.format(address=values["field"]).split("|")
    )
    document.part.relate_to(f"mailto:{values['link']}", RT.HYPERLINK, is_external=True)
    picture = document.add_paragraph().add_run().add_picture(io.BytesIO(_png()))
    doc_pr = picture._inline.docPr
    doc_pr.set("descr", values["alt_text"])
    doc_pr.set("title", values["alt_text"])
    _add_people(document, values["author"], values["user_id"])
    before, deleted, inserted = values["tracked"]
    document.element.body.append(
        parse_xml(
            TRACKED.format(
                ns=nsdecls("w"),
                before=before,
                deleted=deleted,
                inserted=inserted,
                author=values["author"],
            )
        )
    )
    # the body's sectPr must stay last
    body = document.element.body
    body.append(body.sectPr)

    properties = document.core_properties
    properties.author = values["author"]
    properties.last_modified_by = values["author"]
    properties.title = values["title"]
    properties.subject = values["subject"]
    properties.keywords = values["keywords"]
    properties.comments = values["description"]
    properties.category = values["category"]
    buffer = io.BytesIO()
    document.save(buffer)
    _add_app_properties(buffer, path, values)


def _add_app_properties(buffer: io.BytesIO, path: Path, values: dict[str, str]) -> None:
    """Company and manager in app.xml, a custom XML item and a chart part, added as members
    (the reader finds parts by name; Word would also list them in [Content_Types].xml)."""
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/app.xml":
                data = data.replace(
                    b"</Properties>",
                    f"<Company>{values['company']}</Company><Manager>{values['manager']}"
                    "</Manager></Properties>".encode(),
                )
            out.writestr(info, data)
        out.writestr(
            "customXml/item9.xml",
            f"<properties><owner>{values['custom_xml']}</owner></properties>",
        )
        out.writestr(
            "word/charts/chart1.xml",
            '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            f"<c:chart><c:strCache><c:pt><c:v>{values['chart']}</c:v></c:pt></c:strCache>"
            "</c:chart></c:chartSpace>",
        )


def package_texts(path: Path) -> dict[str, str]:
    """Every XML member of a package as text, for asserting no planted value is left."""
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        }
