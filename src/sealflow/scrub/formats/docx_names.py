"""Names a .docx gives its parts of text: bookmarks and content controls.

A bookmark's name (``w:bookmarkStart w:name``) and a content control's title and tag
(``w:sdtPr/w:alias``, ``w:sdtPr/w:tag``) are chosen by whoever made the file and are shown
by Word (Insert > Bookmark, the control's title bar), so a typist's "Thaddeus_Wolstenholme"
is an identifier like any text. Their values are read as segments, so the scrub and the
residual scan both search them; and whatever the scrub finds, they are written neutral: a content
control's title and tag blanked, each bookmark renamed ``Bookmark1``, ``Bookmark2`` ... in
order of appearance, with the hyperlinks (``w:anchor``) and field codes (``REF name``) that
point at it, so cross-references still work. Word's own hidden bookmarks (``_GoBack``,
``_Toc123``, ``_Ref123``, ``_Hlk123``) hold no name and keep theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORD_MADE = re.compile(r"_(?:GoBack|(?:Toc|Ref|Hlk|Ink|Int)\d+)")
CONTROL_NAMES = (f"{W}alias", f"{W}tag")
FIELD_CODES = (f"{W}instrText", f"{W}delInstrText")


@dataclass
class NamedPlaces:
    """Where the document names its bookmarks and content controls, and their new names."""

    # (part, element, name) of each content-control title or tag (w:alias, w:tag)
    controls: list[tuple[str, etree._Element, str]] = field(default_factory=list)
    # (part, element, name) of each bookmark named by a person (w:bookmarkStart)
    bookmarks: list[tuple[str, etree._Element, str]] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # old bookmark name -> new

    def values(self) -> Iterator[tuple[str, str]]:
        """The part and the chosen name of each place (the segments to read)."""
        for part, _, name in (*self.controls, *self.bookmarks):
            yield part, name


def find_named_places(trees: Mapping[str, etree._ElementTree]) -> NamedPlaces:
    """The content-control titles and tags and the bookmarks of every story."""
    places = NamedPlaces()
    for part, tree in trees.items():
        for element in tree.getroot().iter(*CONTROL_NAMES, f"{W}bookmarkStart"):
            if element.tag == f"{W}bookmarkStart":
                name = element.get(f"{W}name", "")
                if name and not WORD_MADE.fullmatch(name):
                    places.bookmarks.append((part, element, name))
                    places.renamed.setdefault(name, f"Bookmark{len(places.renamed) + 1}")
            elif element.getparent() is not None and element.getparent().tag == f"{W}sdtPr":
                value = element.get(f"{W}val", "")
                if value.strip():
                    places.controls.append((part, element, value))
    return places


def neutralise(places: NamedPlaces, trees: Mapping[str, etree._ElementTree]) -> set[str]:
    """Blank the controls' names, rename the bookmarks and what points at them; returns the
    parts changed. Run before the field codes are read (a field code is a segment)."""
    changed = set()
    for part, element, _ in places.controls:
        element.set(f"{W}val", "")
        changed.add(part)
    for part, element, name in places.bookmarks:
        element.set(f"{W}name", places.renamed[name])
        changed.add(part)
    if not places.renamed:
        return changed
    names = "|".join(map(re.escape, sorted(places.renamed, key=len, reverse=True)))
    pattern = re.compile(rf"(?<![\w])({names})(?![\w])")

    def rename(text: str) -> str:
        return pattern.sub(lambda match: places.renamed[match.group(1)], text)

    for part, tree in trees.items():
        for element in tree.getroot().iter(f"{W}hyperlink", f"{W}fldSimple", *FIELD_CODES):
            if element.tag == f"{W}hyperlink":
                anchor = element.get(f"{W}anchor", "")
                if anchor in places.renamed:
                    element.set(f"{W}anchor", places.renamed[anchor])
                    changed.add(part)
            elif element.tag == f"{W}fldSimple":
                instr = element.get(f"{W}instr", "")
                if rename(instr) != instr:
                    element.set(f"{W}instr", rename(instr))
                    changed.add(part)
            elif element.text and rename(element.text) != element.text:
                element.text = rename(element.text)
                changed.add(part)
    return changed
