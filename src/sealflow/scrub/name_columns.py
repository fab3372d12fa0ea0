"""A table's column of people: where most cells of a column were found to name someone, the
column's other name-shaped cells name someone too.

Why: rotas, duty lists and leave trackers typed as markdown tables put people in columns
("| Mon 18/10 | JW | WALKER DK | SP |"), one per cell, written every way (a surname alone in
capitals, initials, "A. Williams"). A surname alone that is also a word ("GRAY", "BELL",
"CLARK") or initials with no cue are found nowhere else; the column is the cue, as a reader
sees it. Only columns already mostly people count, so a column of dates, leave codes or
rooms stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection
from sealflow.scrub.name_words import names_no_one
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.spans import SpanIndex
from sealflow.scrub.table_rows import header_cells, row_cells
from sealflow.scrub.wordlists import WordLists

# a cell that may hold a person: words opening with a capital (a rank, initials, a surname,
# "A. Williams", "WALKER DK", "Williams, J"), no digits, no slash ("A/L"), no sentence
_NAME_CELL = re.compile(r"[A-Z][\w'’\-.]*(?:(?:,?[ \t]+|\.)[A-Z][\w'’\-.]*){0,3}")
# a row: two bars or more on one line, with or without the outer bars
_ROW = re.compile(r"(?m)^[^\n|]*\|[^\n|]*\|[^\n]*$")
_NO_ONE = frozenset(["tbc", "tba", "nil", "none", "n/a", "na", "all", "off", "leave", "course"])
# at least this many cells of a column, and this share of its filled cells, found people
MIN_PEOPLE, MIN_SHARE = 2, 0.5


def people_in_columns(
    text: str, detections: Sequence[Detection], words: WordLists, roles: frozenset[str]
) -> list[Detection]:
    """``detections`` and a person for each name-shaped cell of a column of people."""
    if "|" not in text:
        return list(detections)
    people = SpanIndex((d.start, d.end) for d in detections if d.entity_type == "PERSON")
    covered = SpanIndex((d.start, d.end) for d in detections)
    added: list[Detection] = []
    for table in _tables(text):
        for column in _columns(text, table):
            filled = [cell for cell in column if cell[0] < cell[1]]
            found = [cell for cell in filled if _named(cell, people)]
            listed = [cell for cell in filled if _listed(text[cell[0] : cell[1]], words)]
            strong = {*found, *(c for c in listed if _listed(text[c[0] : c[1]], words, True))}
            if len(strong) < MIN_PEOPLE or len({*found, *listed}) < MIN_SHARE * len(filled):
                continue
            for start, end in filled:
                if covered.overlaps(start, end) or not _a_name_cell(text[start:end], words, roles):
                    continue
                added.append(Detection("PERSON", start, end, 0.7, "NameColumn", True))
    return [*detections, *added]


def _tables(text: str) -> list[list[tuple[int, str]]]:
    """Runs of consecutive table rows: (offset, line) each, the header row left out."""
    tables: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    last_end = -2
    for row in _ROW.finditer(text):
        if row.start() != last_end + 1:
            if len(current) >= 2:
                tables.append(current)
            current = []
        current.append((row.start(), row.group(0)))
        last_end = row.end()
    if len(current) >= 2:
        tables.append(current)
    out = []
    for rows in tables:
        rows = [r for r in rows if not set(r[1]) <= set("|-: \t")]  # the "|---|" rule
        if rows and header_cells(rows[0][1], "|") is not None:
            rows = rows[1:]
        out.append(rows)
    return out


def _columns(text: str, rows: list[tuple[int, str]]) -> list[list[tuple[int, int]]]:
    """The cells of each column of rows that have the table's usual number of cells."""
    split = [row_cells(line, "|", offset) for offset, line in rows]
    widths = [len(cells) for cells in split]
    if not widths:
        return []
    width = max(set(widths), key=widths.count)
    kept = [cells for cells in split if len(cells) == width]
    return [[cells[i] for cells in kept] for i in range(width)]


def _named(cell: tuple[int, int], people: SpanIndex) -> bool:
    """Whether a person found covers the cell (of a character or more), or most of it ("Sgt
    Khan" of "Sgt Khan"): one covering it, or one at least half its length that starts or
    ends inside it."""
    start, end = cell
    if people.covers(start, end):
        return True
    inside = people.ending_or_starting_inside(start, end)
    return any(2 * (e - s) >= end - start for s, e in inside)


def _listed(value: str, words: WordLists, unambiguous: bool = False) -> bool:
    """A cell of listed names only ("THAPA", "Sgt Morgan", "GRAY"), one at least no word
    too when ``unambiguous`` ("THAPA", not "GRAY")."""
    if _NAME_CELL.fullmatch(value) is None:
        return False
    parts = [p.lower() for p in re.split(r"[ \t.,]+", value) if len(p) > 1]
    named = [p for p in parts if p not in RANK_WORDS]
    if not named or not all(words.is_listed_name(p) for p in named):
        return False
    return not unambiguous or any(words.is_unambiguous_name(p) for p in named)


def _a_name_cell(value: str, words: WordLists, roles: frozenset[str]) -> bool:
    """A cell a person could fill: name-shaped (``_NAME_CELL``) and not only ranks, roles,
    function or allowed words ("Duty Officer", "TBC", "Course")."""
    if _NAME_CELL.fullmatch(value) is None:
        return False
    parts = [p.strip(".,").lower() for p in re.split(r"[ \t.,]+", value) if p.strip(".,")]
    if not parts or value.lower() in _NO_ONE or parts[0] in _NO_ONE:
        return False
    named = [p for p in parts if p not in RANK_WORDS]
    return bool(named) and not all(names_no_one(p, words, roles, RANK_WORDS) for p in named)
