"""A .docx's imported parts (altChunk): text Word shows in the body but stores outside it.

``w:altChunk`` in a story points (relationship type ``aFChunk``) at a part that Word
imports where the element stands and renders as body text: HTML or XHTML as converters
write it, plain text, RTF, a web archive (MHT) or a whole other Word document. Its text is
the document's text, so it is scrubbed like any paragraph; only HTML, XHTML and plain text
are read here. Such a part is rewritten as its paragraphs (each block element's text, one
``p`` each), so its comments, attributes, scripts, styles, pictures and links, which no
scrub reads, are dropped with its formatting; the words Word shows stay in their order.
An imported part in any other form is refused with the way out: Word merges imported parts
into ordinary paragraphs when it saves the file again.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from lxml import etree, html

from sealflow.errors import DocumentError
from sealflow.scrub.formats.ooxml_package import Package

RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
ALT_CHUNK_TYPE = "/aFChunk"
XHTML = "http://www.w3.org/1999/xhtml"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
# elements whose text starts a new line when rendered
BLOCKS = (
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    "blockquote", "dt", "dd", "table", "ul", "ol", "section", "article", "hr", "caption",
)  # fmt: skip
NEVER_SHOWN = ("script", "style", "head", "template", "noscript")


def content_type(package: Package, name: str) -> str:
    """The part's content type: its Override in [Content_Types].xml, else its extension's."""
    if "[Content_Types].xml" not in package.data:
        return ""
    root = package.parse("[Content_Types].xml").getroot()
    for override in root.iter(f"{TYPES}Override"):
        if override.get("PartName", "").lstrip("/") == name:
            return override.get("ContentType", "").split(";")[0].strip().lower()
    extension = posixpath.splitext(name)[1].lstrip(".").lower()
    for default in root.iter(f"{TYPES}Default"):
        if default.get("Extension", "").lower() == extension:
            return default.get("ContentType", "").split(";")[0].strip().lower()
    return ""


def alt_chunk_parts(package: Package) -> list[str]:
    """Every part a story imports as an altChunk, as its member name."""
    names = set(package.names())
    parts: list[str] = []
    for rels in package.names():
        if not (rels.startswith("word/") and rels.endswith(".rels")):
            continue
        source_dir = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/x.rels -> word
        for rel in package.parse(rels).getroot().iter(f"{RELS}Relationship"):
            if not rel.get("Type", "").endswith(ALT_CHUNK_TYPE):
                continue
            if rel.get("TargetMode") == "External":
                continue  # Word imports only parts inside the package
            target = rel.get("Target", "")
            name = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(source_dir, target))
            )
            if name in names and name not in parts:
                parts.append(name)
    return parts


def _html_lines(raw: bytes) -> list[str]:
    """The text of an HTML part as Word would show it, one entry per non-blank line."""
    encoding = "utf-8" if _is_utf8(raw) else None
    parser = html.HTMLParser(
        encoding=encoding, no_network=True, remove_comments=True, remove_pis=True
    )
    root = html.document_fromstring(raw, parser=parser) if raw.strip() else None
    if root is None:
        return []
    for hidden in list(root.iter(*NEVER_SHOWN)):
        hidden.drop_tree()
    for block in root.iter(*BLOCKS):
        block.tail = "\n" + (block.tail or "")
        block.text = "\n" + (block.text or "")
    return _lines(root.text_content())


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _lines(text: str) -> list[str]:
    return [line for line in (" ".join(part.split()) for part in text.splitlines()) if line]


def read_alt_chunk(path: Path, package: Package, name: str) -> tuple[etree._ElementTree, bool]:
    """The part rebuilt as an XHTML tree of ``p`` elements, one per line of its text, and
    whether it is written back as plain text. Refused (DocumentError) when not read here."""
    kind = content_type(package, name)
    raw = package.data[name]
    if kind in HTML_TYPES:
        lines = _html_lines(raw)
    elif kind in TEXT_TYPES:
        lines = _lines(raw.decode("utf-8-sig", errors="replace"))
    else:
        raise DocumentError(
            f"{path}: part {name} is imported into the text (altChunk) as "
            f"{kind or 'an unknown type'}, which is not read; open the file in Word and save "
            "it again (Word then writes that text as ordinary paragraphs)"
        )
    root = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML})
    body = etree.SubElement(root, f"{{{XHTML}}}body")
    for line in lines:
        etree.SubElement(body, f"{{{XHTML}}}p").text = line
    return etree.ElementTree(root), kind in TEXT_TYPES


def serialise_alt_chunk(tree: etree._ElementTree, plain: bool) -> bytes:
    """The rebuilt part's bytes: its lines for plain text, else UTF-8 XHTML."""
    if plain:
        return "\n".join(p.text or "" for p in tree.getroot().iter(f"{{{XHTML}}}p")).encode()
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


__all__ = ["alt_chunk_parts", "content_type", "read_alt_chunk", "serialise_alt_chunk"]
