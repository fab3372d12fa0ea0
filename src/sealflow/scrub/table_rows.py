"""Rows and header rows of a table typed into text: one reading for every rule that asks.

Two rules read a table's header: the table recognizer (a header naming an identifier column
makes its cells identifiers: "38" under "Age") and the detection filter (a header row's
cells label columns, so a detection there is no one: "Gender" of "ResponseId,Age,Gender").
They once split cells two ways (a naive split and a quote-aware one) with two near-twin
patterns for a header cell; now both split with ``row_cells`` and judge with ``HEADER_CELL``.

Delimiters: a markdown row's bars, tabs, semicolons, commas, and two spaces or more (a table
typed in columns, as a rota or a duty list is). A quoted CSV cell may hold the delimiter.
"""

from __future__ import annotations

import re

# what a header cell may be: a few words of letters, digits and "_" ("first_name", "Age
# (yrs)", "D.O.B.", "Q12_Age", "Anything else?")
HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z0-9 _\-./()?]{0,40}")
# two spaces or more between cells: a table typed in columns ("Name          Mon   Tue")
SPACED = "  "
DELIMITERS = ("|", "\t", ";", ",", SPACED)
# a cell of a table typed in columns: words one space apart
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")


def row_cells(line: str, delimiter: str, offset: int = 0) -> list[tuple[int, int]]:
    """The (start, end) of each cell of ``line`` (at ``offset`` in the text), trimmed of
    spaces and quotes. A markdown row's outer bars open and close no cell; a quoted CSV
    cell may hold the delimiter."""
    if delimiter == SPACED:
        return [(offset + m.start(), offset + m.end()) for m in _SPACED_CELL.finditer(line)]
    spans: list[tuple[int, int]] = []
    start, index, quoted = 0, 0, False
    while index <= len(line):
        char = line[index] if index < len(line) else delimiter
        if char == '"' and delimiter != "|":
            quoted = not quoted
        elif char == delimiter and not quoted:
            spans.append((start, index))
            start = index + 1
        index += 1
    if delimiter == "|":
        if spans and not line[spans[0][0] : spans[0][1]].strip():
            spans = spans[1:]
        if spans and not line[spans[-1][0] : spans[-1][1]].strip():
            spans = spans[:-1]
    trimmed = []
    for begin, end in spans:
        cell = line[begin:end]
        lead = len(cell) - len(cell.lstrip(' \t"'))
        tail = len(cell) - len(cell.rstrip(' \t"\r'))
        trimmed.append((offset + begin + lead, offset + max(begin + lead, end - tail)))
    return trimmed


def header_cells(line: str, delimiter: str) -> list[str] | None:
    """The cells of ``line`` if it may head a table split by ``delimiter``: the delimiter
    there often enough (two commas or semicolons, one bar, tab or wide gap), two cells or
    more, and every cell a short label (``HEADER_CELL``); else None."""
    if line.count(delimiter) < (1 if delimiter in ("|", "\t", SPACED) else 2):
        return None
    cells = [line[s:e] for s, e in row_cells(line, delimiter)]
    if len(cells) < 2 or not all(HEADER_CELL.fullmatch(c) for c in cells):
        return None
    return cells
