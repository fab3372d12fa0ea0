"""The vendor-deletion gate: a vendor still holding recordings or transcripts blocks the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealflow.report.collect import ReportData
from sealflow.report.gates import evaluate

NAME = "vendors deleted recordings and transcript copies on time"


def deletion_gates(statuses: list[str]):
    deletions = [
        {"party": "vendor", "batch_id": f"b{i}", "status": s, "deadline": "2026-01-08"}
        for i, s in enumerate(statuses)
    ]
    data = ReportData(results_dir=Path("."), stages={}, deletions=deletions)
    return [g for g in evaluate(data) if g.name == NAME]


@pytest.mark.parametrize(
    "statuses, passed, note",
    [
        (["confirmed", "pending"], True, ""),
        (["confirmed", "overdue"], False, "1 delivery overdue or incomplete"),
        (["incomplete", "overdue"], False, "2 deliveries overdue or incomplete"),
        (["late", "confirmed"], True, "1 confirmed after the deadline"),
    ],
)
def test_when_deliveries_have_these_statuses_then_the_gate_says_so(statuses, passed, note):
    (gate,) = deletion_gates(statuses)
    assert gate.passed is passed
    assert note in gate.note
    assert sum(gate.figure.values()) == len(statuses)


def test_when_no_vendor_delivered_anything_then_there_is_no_deletion_gate():
    assert deletion_gates([]) == []
