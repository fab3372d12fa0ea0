"""The line an offset sits on.

Several rules judge a match by its whole line: a line written in capitals has no surname in
capitals, a markdown table's header row names columns, an addressee's line above a base is no
part of the base. They share this one reading of where that line starts and ends."""

from __future__ import annotations


def line_around(text: str, at: int) -> tuple[int, int]:
    """The start and end of the line holding ``at``: the end is its newline's offset, or
    the text's end on the last line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end
