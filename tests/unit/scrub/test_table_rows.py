"""One reading of a typed table's rows and header rows (scrub/table_rows.py), shared by the
table recognizer and the detection filter: quoted CSV cells that hold the delimiter, markdown
rows' outer bars, tables typed in columns, and which lines may head a table."""

from __future__ import annotations

import pytest

from sealflow.scrub.table_rows import SPACED, header_cells, row_cells


@pytest.mark.parametrize(
    ("line", "delimiter", "cells"),
    [
        ('R_1,"Smith, Jo",34', ",", ["R_1", "Smith, Jo", "34"]),
        ("| Name | Age |", "|", ["Name", "Age"]),
        ("a\tb\t\tc", "\t", ["a", "b", "", "c"]),
        ("CAMPBELL S    E     N  ", SPACED, ["CAMPBELL S", "E", "N"]),
        ("x;y; z", ";", ["x", "y", "z"]),
    ],
)
def test_when_a_row_is_split_then_its_cells_are_what_a_reader_sees(line, delimiter, cells):
    assert [line[s:e] for s, e in row_cells(line, delimiter)] == cells


def test_when_a_row_sits_in_a_text_then_its_cells_are_offsets_in_the_text():
    text = "intro\nKM\t38\n"
    assert [text[s:e] for s, e in row_cells("KM\t38", "\t", offset=6)] == ["KM", "38"]


@pytest.mark.parametrize(
    ("line", "delimiter", "cells"),
    [
        ("ResponseId,Q1_Age,Anything else?", ",", ["ResponseId", "Q1_Age", "Anything else?"]),
        ('"Full name","Age",Unit', ",", ["Full name", "Age", "Unit"]),
        ("Name          Mon   Tue", SPACED, ["Name", "Mon", "Tue"]),
        ("Name\tDOB", "\t", ["Name", "DOB"]),
        # one comma is no header; a sentence's cells are no labels; a number is no label
        ("Name, Age", ",", None),
        ("we were there, all of us, honestly it was a long long day for everyone", ",", None),
        ("R_1,34,fine", ",", None),
    ],
)
def test_when_a_line_may_head_a_table_then_its_cells_are_labels(line, delimiter, cells):
    assert header_cells(line, delimiter) == cells
