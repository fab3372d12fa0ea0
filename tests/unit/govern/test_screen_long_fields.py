"""A survey answer longer than the csv module's default field limit (131,072 characters) is
read like any other: the withdrawal screen keeps it and drops the withdrawn rows (a blind
tester's 145,599-character answer was a traceback after the batch had been accepted)."""

from __future__ import annotations

import csv
from pathlib import Path

from sealflow.govern.screen import Layout, screen_table


def test_when_an_answer_is_longer_than_the_csv_default_then_the_screen_reads_and_keeps_it(
    tmp_path: Path,
):
    long_answer = "word " * 40_000  # 200,000 characters
    table = tmp_path / "survey_export.csv"
    with open(table, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["survey_token", "consent", "ft_experience"])
        writer.writerow(["TOKENKEPT", "yes", long_answer])
        writer.writerow(["TOKENGONE", "yes", "short"])
    before = csv.field_size_limit(131_072)  # the default, whatever ran before in this process
    try:
        screen_table(table, {"TOKENGONE"}, Layout())
    finally:
        csv.field_size_limit(max(before, csv.field_size_limit()))
    with open(table, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert [r[0] for r in rows] == ["survey_token", "TOKENKEPT"]
    assert rows[1][2] == long_answer
