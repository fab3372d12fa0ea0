"""Word documents: every text of every part scrubbed, everything else kept as it was.

The package is read as XML (lxml), not through python-docx objects, so no part can be
missed: every paragraph (``w:p``, and DrawingML ``a:p`` in charts and diagrams) of every
part under ``word/`` — body, nested tables, headers and footers of every section and kind,
footnotes, endnotes, comments, text boxes (DrawingML and their VML fallbacks) — is one
segment, split at a speaker label as in the text formats. Text deleted by a tracked change
(``w:delText``) and field instructions (``w:instrText``, e.g. a mailto: link) are segments
of their own. Reviewer names (``w:author``, people.xml) are speaker segments: replaced as a
person unless they are roles; reviewer initials are blanked. Document properties (author,
last modified by, title, subject, keywords, description, category, company, manager, the
titles of parts, the template's name, custom properties) are blanked; external link
targets (a web address, a file:// link, the attached template's path) are scrubbed; custom
XML items (SharePoint metadata) are scrubbed, element text and attribute values; a digital
signature's parts are blanked. Every attribute ECMA-376 and MS-DOCX give a person (see
PERSON_ATTRIBUTES, PERSON_PLACES) or free text (TEXT_ATTRIBUTES) is read. A part
the body imports (altChunk: HTML or plain text) is scrubbed as paragraphs and rewritten
(docx_altchunks.py); bookmark names and content-control titles and tags are read and then
written neutral (docx_names.py). A
replacement spanning several runs is written into the first and the covered characters are
removed from the others, so the formatting of everything around it is untouched. Members
not changed are copied as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from sealflow.errors import DocumentError
from sealflow.fsutil import atomic_path
from sealflow.scrub.document import Segment
from sealflow.scrub.formats.base import (
    LABEL_RE,
    Edit,
    ParsedDocument,
    default_roles,
    speaker_labels,
)
from sealflow.scrub.formats.docx_altchunks import (
    alt_chunk_parts,
    read_alt_chunk,
    serialise_alt_chunk,
)
from sealflow.scrub.formats.docx_names import find_named_places, neutralise
from sealflow.scrub.formats.ooxml_package import Package, open_package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
DC = "{http://purl.org/dc/elements/1.1/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
EXT = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

PARAGRAPHS = (f"{W}p", f"{A}p")
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
# a chart's cached labels and values (c:v) are text too; each is a segment of its own
VISIBLE = {f"{W}t": "t", f"{A}t": "t", f"{C}v": "t"}
HIDDEN = {f"{W}delText": "deleted", f"{W}instrText": "field", f"{W}delInstrText": "field"}
VIRTUAL = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
# Where WordprocessingML (ECMA-376 Part 1, MS-DOCX) keeps a person in an attribute. On any
# element: the author of a comment, of every tracked change (w:ins, w:del, w:moveFrom/To and
# their ranges, w:rPrChange, w:pPrChange, w:tblPrChange, w:tcPrChange, w:trPrChange,
# w:sectPrChange, w:numberingChange, w:cellIns/Del/Merge) and of people.xml's w15:person;
# people.xml's w15:presenceInfo userId (an e-mail or a SID).
PERSON_ATTRIBUTES = ("author", "userId")
# On one element, as (element, attribute) local names: the editor a permission range lets
# in (w:permStart w:ed, "DOMAIN\user" or an e-mail; w:edGrp is a fixed group, none of
# whose values names anyone), a signature line's suggested signer (o:signatureline), the
# person who reacted to a comment (cr:user in commentsExtensible, beside its userId).
PERSON_PLACES = frozenset(
    {("permStart", "ed"), ("signatureline", "suggestedsigner"), ("user", "userName")}
)
BLANKED_ATTRIBUTES = ("initials",)  # too short to be found, enough to be recognised
# attributes holding free text, as (element, attribute) local names ("*": any element), or
# (parent/element, attribute) where the element's name alone says too little: a simple
# field's instruction (HYPERLINK "mailto:..."); a picture's or shape's alternative text,
# title and name (Word names a picture after its file, "F_Brackenbury.jpg"); a hyperlink's
# tooltip; a document variable's value; a smart tag's or custom XML element's properties
# (Word's PersonName smart tag keeps the name it recognised); a legacy form field's default
# text, help, status text and drop-down entries; a content control's list items; WordArt
# and watermark text (v:textpath); a signature line's signer title, e-mail and
# instructions; a glossary (Quick Parts) entry's name and description; a mail merge's data
# source, query and connection (a path into the typist's folder)
TEXT_ATTRIBUTES = frozenset(
    {
        ("*", "instr"),
        ("docPr", "descr"),
        ("docPr", "title"),
        ("docPr", "name"),
        ("cNvPr", "descr"),
        ("cNvPr", "title"),
        ("cNvPr", "name"),
        ("shape", "alt"),
        ("imagedata", "title"),
        ("hyperlink", "tooltip"),
        ("hlinkClick", "tooltip"),
        ("docVar", "val"),
        ("attr", "val"),
        ("textInput/default", "val"),
        ("helpText", "val"),
        ("statusText", "val"),
        ("listEntry", "val"),
        ("listItem", "displayText"),
        ("listItem", "value"),
        ("textpath", "string"),
        ("signatureline", "suggestedsigner2"),
        ("signatureline", "suggestedsigneremail"),
        ("signatureline", "signinginstructions"),
        ("docPartPr/name", "val"),
        ("docPartPr/description", "val"),
        ("connectString", "val"),
        ("query", "val"),
        ("udl", "val"),
    }
)
# the elements read by their parent's name too (see TEXT_ATTRIBUTES)
_READ_WITH_PARENT = frozenset(e.split("/")[1] for e, _ in TEXT_ATTRIBUTES if "/" in e)
# the attribute local names _attribute_segments reads or blanks (every other one is skipped)
_ATTRIBUTES_READ = frozenset(
    {
        *PERSON_ATTRIBUTES,
        *BLANKED_ATTRIBUTES,
        *(local for _, local in TEXT_ATTRIBUTES),
        *(local for _, local in PERSON_PLACES),
    }
)
# A part whose bytes name none of the attributes read on any element, and none of the
# elements whose own attributes are read (docPr, docVar ...), has nothing for
# _attribute_segments, which then skips walking every element of it (a tenth of reading a
# .docx). Names cannot be written as character references, so in a part stored as UTF-8
# (what Word writes; a part in any other encoding is walked) the bytes show every one.
_NAMES_IN_BYTES = tuple(
    name.encode()
    for name in sorted(
        {*PERSON_ATTRIBUTES, *BLANKED_ATTRIBUTES}
        | {local for element, local in TEXT_ATTRIBUTES if element == "*"}
        | {element.split("/")[0] for element, _ in TEXT_ATTRIBUTES if element != "*"}
        | {element for element, _ in PERSON_PLACES}
    )
)
_BYTE_COMPATIBLE = {"UTF-8", "UTF8", "ASCII", "US-ASCII"}
# Document properties are blanked, not scrubbed: a short title with no context ("Interview
# INT-032") is where recognizers guess wrong, and a wrong guess is then searched for in
# every transcript by the residual scan; none of them is needed to read a transcript.
BLANKED = (
    f"{DC}creator",
    f"{CP}lastModifiedBy",
    f"{DC}title",
    f"{DC}subject",
    f"{CP}keywords",
    f"{DC}description",
    f"{CP}category",
    f"{CP}contentStatus",
    f"{DC}identifier",
    f"{EXT}Company",
    f"{EXT}Manager",
    f"{EXT}HyperlinkBase",
    f"{EXT}Template",  # the attached template's file name ("Ballantyne-notes.dotm")
)
VALUES = (f"{VT}lpwstr", f"{VT}lpstr", f"{VT}bstr")
PROPERTY_PARTS = ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml")
STORY_PART = re.compile(r"^word/(?!_rels/).+\.xml$")
CUSTOM_XML_PART = re.compile(r"^customXml/item\d+\.xml$")
SIGNATURE_PART = re.compile(r"^_xmlsignatures/[^/]+\.xml$")
# Parts the scrub cannot read that hold people as often as the text does: a file embedded in
# the document (a workbook, another document, an OLE package: a blind tester's embedded
# .xlsx kept a name and a phone number through the scrub and the residual scan) and macros.
UNREADABLE_PART = re.compile(r"^word/(?:embeddings/.+|vbaProject\.bin)$", re.IGNORECASE)
# The first page's picture, which Word draws again when it saves: left out of the copy.
THUMBNAIL_PART = re.compile(r"^docProps/thumbnail\.[A-Za-z]+$")
_PACKAGE_RELS = "_rels/.rels"


@dataclass
class Piece:
    """A stretch of a segment's text: an element's text, or a fixed character (tab, break)."""

    node: etree._Element | None
    text: str
    attribute: str = ""


@dataclass
class Slot:
    """Where one segment's text lives in the package, and the part that holds it."""

    part: str
    pieces: list[Piece]
    offset: int = 0  # the segment starts this far into the pieces' joined text
    copies: bool = False  # every piece holds the whole text (one author on many revisions)


@dataclass
class _Reader:
    path: Path
    package: Package
    trees: dict[str, etree._ElementTree] = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)
    blanked: set[str] = field(default_factory=set)
    # imported parts (altChunk) rebuilt as paragraphs: part -> written back as plain text
    alt_chunks: dict[str, bool] = field(default_factory=dict)

    def add(
        self,
        part: str,
        pieces: list[Piece],
        text: str,
        offset: int = 0,
        speaker: bool = False,
        copies: bool = False,
    ) -> None:
        if text.strip():
            self.segments.append(Segment(text, speaker))
            self.slots.append(Slot(part, pieces, offset, copies))


def _paragraph_runs(
    root: etree._Element,
) -> Iterator[tuple[etree._Element | None, list[etree._Element]]]:
    """Each paragraph and its own text nodes in order (a text box's paragraphs are their own)."""
    tags = [*VISIBLE, *HIDDEN, *VIRTUAL]
    groups: dict[int, tuple[etree._Element | None, list[etree._Element]]] = {}
    for node in root.iter(*tags):
        if node.tag in VIRTUAL and node.getparent() is not None and node.getparent().tag != f"{W}r":
            continue  # w:tab inside w:tabs is a tab stop, not text
        paragraph = next(node.iterancestors(*PARAGRAPHS), None)
        key = id(paragraph) if paragraph is not None else id(node)
        groups.setdefault(key, (paragraph, []))[1].append(node)
    yield from groups.values()


def _split(nodes: list[etree._Element]) -> Iterator[tuple[str, list[Piece]]]:
    """The visible text as one piece list, then each run of deleted or field text."""
    visible = [
        Piece(n, n.text or "") if n.tag in VISIBLE else Piece(None, VIRTUAL[n.tag])
        for n in nodes
        if n.tag in VISIBLE or n.tag in VIRTUAL
    ]
    yield "t", visible
    group: list[Piece] = []
    kind = ""
    for node in nodes:
        node_kind = HIDDEN.get(node.tag, "")
        if node_kind != kind and group:
            yield kind, group
            group = []
        kind = node_kind
        if node_kind:
            group.append(Piece(node, node.text or ""))
    if group:
        yield kind, group


def _story_segments(reader: _Reader, part: str, labels: set[str] | None) -> list[str]:
    """Segments of every paragraph of a story part; returns the visible paragraph texts."""
    tree = reader.trees[part]
    texts = []
    for _, nodes in _paragraph_runs(tree.getroot()):
        for kind, pieces in _split(nodes):
            text = "".join(p.text for p in pieces)
            if kind != "t" or labels is None:
                if kind == "t":
                    texts.append(text)
                reader.add(part, pieces, text)
                continue
            match = LABEL_RE.match(text)
            if match and match.group("label") in labels:
                reader.add(part, pieces, match.group("label"), match.start("label"), speaker=True)
                reader.add(part, pieces, text[match.end() :], match.end())
            else:
                reader.add(part, pieces, text)
    return texts


def _attribute_segments(reader: _Reader, part: str) -> None:
    """Reviewer and comment author names (one speaker segment per distinct value) and the
    free-text attributes (TEXT_ATTRIBUTES); reviewer initials are blanked."""
    raw = reader.package.data[part]
    encoding = (reader.trees[part].docinfo.encoding or "").upper()
    if (
        encoding in _BYTE_COMPATIBLE
        and b"\x00" not in raw
        and not any(name in raw for name in _NAMES_IN_BYTES)
    ):
        return
    by_value: dict[tuple[bool, str], list[Piece]] = {}
    for element in reader.trees[part].getroot().iter():
        if not isinstance(element.tag, str) or not element.attrib:
            continue
        for name, value in element.attrib.items():
            # "{namespace}local" -> "local" (etree.QName per attribute was a tenth of a run)
            local = name.rpartition("}")[2]
            if local not in _ATTRIBUTES_READ:
                continue
            element_name = element.tag.rpartition("}")[2]
            if element_name in _READ_WITH_PARENT and element.getparent() is not None:
                parent = element.getparent().tag
                if isinstance(parent, str):
                    element_name = f"{parent.rpartition('}')[2]}/{element_name}"
            person = local in PERSON_ATTRIBUTES or (element_name, local) in PERSON_PLACES
            text = ("*", local) in TEXT_ATTRIBUTES or (element_name, local) in TEXT_ATTRIBUTES
            if local in BLANKED_ATTRIBUTES and value:
                element.set(name, "")
                reader.blanked.add(part)
            elif (person or text) and value.strip():
                key = (person, value)
                by_value.setdefault(key, []).append(Piece(element, value, name))
    for (speaker, value), pieces in by_value.items():
        reader.add(part, pieces, value, speaker=speaker, copies=True)


def _alt_chunk_segments(reader: _Reader, part: str) -> None:
    """An imported part's lines, each a segment; the part is always rewritten (its markup,
    comments and attributes are dropped)."""
    tree, plain = read_alt_chunk(reader.path, reader.package, part)
    reader.trees[part] = tree
    reader.alt_chunks[part] = plain
    reader.blanked.add(part)
    for paragraph in tree.getroot().iter():
        if paragraph.text and paragraph.text.strip():
            reader.add(part, [Piece(paragraph, paragraph.text)], paragraph.text)


def _blank_properties(reader: _Reader, part: str) -> None:
    """Blank the text properties: core ones, the titles of parts, every custom value."""
    root = reader.trees[part].getroot()
    blanked = [*root.iter(*BLANKED)]
    for titles in root.iter(f"{EXT}TitlesOfParts"):
        blanked += titles.iter(*VALUES)
    if part.endswith("custom.xml"):
        blanked += root.iter(*VALUES)
    for element in blanked:
        if element.text:
            element.text = ""
            reader.blanked.add(part)


def _custom_xml_segments(reader: _Reader, part: str) -> None:
    """Custom XML data (SharePoint or form metadata: owners, reviewers) is arbitrary XML:
    every element's own text is a segment, and every attribute's value (a schema of its
    own may keep a person's e-mail or account in one)."""
    for element in reader.trees[part].getroot().iter():
        if not isinstance(element.tag, str):
            continue
        if element.text and element.text.strip():
            reader.add(part, [Piece(element, element.text)], element.text)
        for name, value in element.attrib.items():
            if value.strip():
                reader.add(part, [Piece(element, value, name)], value)


def _blank_signature(reader: _Reader, part: str) -> None:
    """A digital signature (``_xmlsignatures/sig1.xml``) names its signer in the
    certificate's subject, the certificate itself (base64) and the signer's comments. No
    signature survives a scrub (the parts it signed change), so its text is blanked."""
    for element in reader.trees[part].getroot().iter():
        if isinstance(element.tag, str) and element.text and element.text.strip():
            element.text = ""
            reader.blanked.add(part)


def _relationship_segments(reader: _Reader, part: str) -> None:
    """External link targets (mailto:, web addresses) can name a person."""
    for rel in reader.trees[part].getroot().iter(f"{RELS}Relationship"):
        if rel.get("TargetMode") == "External" and rel.get("Target"):
            target = rel.get("Target", "")
            reader.add(part, [Piece(rel, target, "Target")], target)


def _apply(pieces: Sequence[Piece], offset: int, edits: Sequence[Edit]) -> None:
    """Apply a segment's edits to its pieces, last first; fixed characters stay."""
    for start, end, replacement in sorted(edits, reverse=True):
        start, end = start + offset, end + offset
        position = 0
        placed = False
        for piece in pieces:
            text = _current(piece)
            piece_start, piece_end = position, position + len(text)
            position = piece_end
            outside = piece_end <= start or piece_start >= end
            if outside and not (piece_start == piece_end == start and not placed):
                continue
            if piece.node is None:
                continue
            lo, hi = max(start, piece_start) - piece_start, min(end, piece_end) - piece_start
            _set(piece, text[:lo] + ("" if placed else replacement) + text[hi:])
            placed = True


def _current(piece: Piece) -> str:
    if piece.node is None:
        return piece.text
    if piece.attribute:
        return piece.node.get(piece.attribute, "")
    return piece.node.text or ""


def _set(piece: Piece, text: str) -> None:
    assert piece.node is not None
    if piece.attribute:
        piece.node.set(piece.attribute, text)
        return
    piece.node.text = text
    if str(piece.node.tag).startswith(W) and text != text.strip():
        piece.node.set(XML_SPACE, "preserve")


def _serialise(tree: etree._ElementTree) -> bytes:
    return etree.tostring(
        tree, xml_declaration=True, encoding="UTF-8", standalone=tree.docinfo.standalone
    )


def _main_part(package: Package) -> str:
    """The main document part, as the package relationships name it (Word Online writes
    word/document2.xml); word/document.xml when the package does not say."""
    names = package.names()
    target = ""
    if "_rels/.rels" in names:
        for rel in package.parse("_rels/.rels").getroot().iter(f"{RELS}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
    main = target if target in names else "word/document.xml"
    if main not in names or not STORY_PART.match(main):
        raise DocumentError(f"{package.path}: not a Word document (no main document part)")
    return main


def _without_thumbnail(package: Package) -> tuple[frozenset[str], dict[str, bytes]]:
    """The thumbnail's parts to leave out, and the package relationships without the link to
    it (so the copy names no part it does not hold)."""
    thumbnails = frozenset(n for n in package.names() if THUMBNAIL_PART.match(n))
    if not thumbnails or _PACKAGE_RELS not in package.data:
        return thumbnails, {}
    tree = package.parse(_PACKAGE_RELS)
    for rel in list(tree.getroot()):
        if str(rel.get("Target", "")).lstrip("/") in thumbnails:
            tree.getroot().remove(rel)
    return thumbnails, {_PACKAGE_RELS: _serialise(tree)}


def read_docx(path: Path, roles: frozenset[str] | None = None) -> ParsedDocument:
    package = open_package(path)
    names = package.names()
    unreadable = [n for n in names if UNREADABLE_PART.match(n)]
    if unreadable:
        raise DocumentError(
            f"{path}: holds {unreadable[0]} (a file embedded in the document, or macros), "
            "which the scrub cannot read and would pass on unchanged; delete the embedded "
            "object in Word (paste what it shows as text if it is needed) and save again"
        )
    main = _main_part(package)
    reader = _Reader(path, package)
    imported = alt_chunk_parts(package)
    stories = [
        main,
        *(n for n in names if STORY_PART.match(n) and n != main and n not in imported),
    ]
    for name in stories:
        reader.trees[name] = package.parse(name)
    if str(reader.trees[main].getroot().tag).startswith("{http://purl.oclc.org/ooxml/"):
        raise DocumentError(
            f"{path}: saved as Strict Open XML, which is not read; re-save it as a Word "
            "Document (.docx)"
        )
    body = [
        "".join(p.text for p in pieces)
        for _, nodes in _paragraph_runs(reader.trees[main].getroot())
        for kind, pieces in _split(nodes)
        if kind == "t"
    ]
    labels = speaker_labels(body, default_roles() if roles is None else roles)
    # neutral before the field codes are read, so "REF Bookmark1" is read as it is written
    places = find_named_places({name: reader.trees[name] for name in stories})
    reader.blanked |= neutralise(places, {name: reader.trees[name] for name in stories})
    for name in stories:
        _story_segments(reader, name, labels)
        _attribute_segments(reader, name)
    for name in imported:
        _alt_chunk_segments(reader, name)
    for name in names:
        if name in PROPERTY_PARTS:
            reader.trees[name] = package.parse(name)
            _blank_properties(reader, name)
        elif CUSTOM_XML_PART.match(name):
            reader.trees[name] = package.parse(name)
            _custom_xml_segments(reader, name)
        elif SIGNATURE_PART.match(name):
            reader.trees[name] = package.parse(name)
            _blank_signature(reader, name)
        elif name.endswith(".rels") and name.startswith("word/"):
            reader.trees[name] = package.parse(name)
            _relationship_segments(reader, name)
    if not any(s.text.strip() for s in reader.segments if not s.speaker):
        raise DocumentError(f"{path}: the document has no text")
    for part, name in places.values():
        reader.add(part, [], name)  # read and searched; written neutral whatever is found

    def write(edits: Sequence[Sequence[Edit]], out: Path) -> None:
        changed = set(reader.blanked)
        # last first: a label and the turn after it share one paragraph's pieces
        for slot, segment_edits in reversed(list(zip(reader.slots, edits, strict=True))):
            if segment_edits:
                for pieces in [[p] for p in slot.pieces] if slot.copies else [slot.pieces]:
                    _apply(pieces, slot.offset, segment_edits)
                changed.add(slot.part)
        replaced = {
            name: serialise_alt_chunk(reader.trees[name], reader.alt_chunks[name])
            if name in reader.alt_chunks
            else _serialise(reader.trees[name])
            for name in changed
        }
        thumbnails, relationships = _without_thumbnail(package)
        with atomic_path(out) as tmp:
            package.save(tmp, {**replaced, **relationships}, dropped=thumbnails)

    return ParsedDocument(path, reader.segments, write)
