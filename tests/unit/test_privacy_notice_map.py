"""docs/PRIVACY-NOTICE.md: every clause of the model notice kept by a mechanism with a test.

The map's tests are collected by parsing the test files with ast (no import, no run), so a
clause whose test was renamed or deleted fails here rather than passing unproven.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MAP = REPO / "docs/PRIVACY-NOTICE.md"
KEPT, NOT_KEPT = "## Kept", "## Not kept yet"
TEST_REFERENCE = re.compile(r"`(tests/[\w/.-]+\.py)::(test_\w+)`")
# The clauses of the model notice (issue #13, docs/PRIVACY-NOTICE.md): each must be in
# one of the two tables.
NOTICE_CLAUSES = frozenset(
    {
        "purposes", "record_of_processing", "consent", "recipients", "transfers",
        "retention_fixed_date", "retention_after_final_report", "pseudonymous_id_deletion",
        "vendor_deletion", "right_of_access", "right_to_erasure", "right_to_rectification",
        "right_to_restriction", "right_to_object", "right_to_portability", "withdrawal",
        "interview_contact", "security", "anonymised_deposit", "request_deadlines",
    }
)  # fmt: skip


def table_rows(text: str, heading: str) -> list[list[str]]:
    """The body rows of the first table after ``heading`` (cells stripped)."""
    lines = text.splitlines()
    try:
        start = lines.index(heading)
    except ValueError:
        return []
    rows: list[list[str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("## "):
            break
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows[2:]  # after the header and its separator


def defined_tests(path: Path) -> set[str]:
    """Every test function (module level or in a Test class) in a test file, by ast."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        bodies = node.body if isinstance(node, ast.ClassDef) else [node]
        for item in bodies:
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(item.name)
    return names


def map_problems(text: str, repo: Path) -> list[str]:
    """Everything wrong with a map: missing clauses, clauses without tests, unknown tests."""
    problems = []
    kept = table_rows(text, KEPT)
    not_kept = table_rows(text, NOT_KEPT)
    listed = [row[0] for row in kept + not_kept]
    for clause in sorted(NOTICE_CLAUSES - set(listed)):
        problems.append(f"clause {clause} is in neither table")
    for clause in sorted({c for c in listed if listed.count(c) > 1}):
        problems.append(f"clause {clause} is listed more than once")
    for row in kept:
        references = TEST_REFERENCE.findall(row[-1])
        if not references:
            problems.append(f"clause {row[0]} is kept but names no test")
        for file, name in references:
            path = repo / file
            if not path.is_file():
                problems.append(f"clause {row[0]}: {file} does not exist")
            elif name not in defined_tests(path):
                problems.append(f"clause {row[0]}: {file} has no test {name}")
    for row in not_kept:
        if len(row) < 3 or not row[-1]:
            problems.append(f"clause {row[0]} is not kept and gives no reason")
    return problems


def test_when_the_map_is_read_then_every_clause_is_kept_with_tests_or_listed_with_a_reason():
    assert map_problems(MAP.read_text(encoding="utf-8"), REPO) == []


def test_when_the_map_is_read_then_the_kept_table_names_existing_tests():
    kept = table_rows(MAP.read_text(encoding="utf-8"), KEPT)
    assert len(kept) >= 10
    assert all(TEST_REFERENCE.search(row[-1]) for row in kept)


def _map(kept_rows: list[str], not_kept_rows: list[str]) -> str:
    header = "| Clause | Promise | Mechanism | Tests |\n| --- | --- | --- | --- |\n"
    rest = "| Clause | Promise | Why |\n| --- | --- | --- |\n"
    return (
        f"# x\n\n{KEPT}\n\n{header}"
        + "\n".join(kept_rows)
        + (f"\n\n{NOT_KEPT}\n\n{rest}" + "\n".join(not_kept_rows) + "\n")
    )


def _all_others_not_kept(*except_: str) -> list[str]:
    return [f"| {c} | p | reason |" for c in sorted(NOTICE_CLAUSES - set(except_))]


THIS = "tests/unit/test_privacy_notice_map.py"


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("| purposes | p | m |  |", "clause purposes is kept but names no test"),
        ("| purposes | p | m | `tests/unit/no_such_file.py::test_x` |",
         "clause purposes: tests/unit/no_such_file.py does not exist"),
        (f"| purposes | p | m | `{THIS}::test_when_nothing_exists` |",
         f"clause purposes: {THIS} has no test test_when_nothing_exists"),
    ],
)  # fmt: skip
def test_when_a_kept_clause_has_no_test_or_names_a_missing_one_then_the_check_fails(row, problem):
    text = _map([row], _all_others_not_kept("purposes"))
    assert map_problems(text, REPO) == [problem]


def test_when_a_clause_is_in_neither_table_then_the_check_fails():
    text = _map([], _all_others_not_kept("consent"))
    assert map_problems(text, REPO) == ["clause consent is in neither table"]


def test_when_a_clause_names_an_existing_test_then_the_check_passes():
    existing = "test_when_a_clause_is_in_neither_table_then_the_check_fails"
    row = f"| purposes | p | m | `{THIS}::{existing}` |"
    assert map_problems(_map([row], _all_others_not_kept("purposes")), REPO) == []


def test_when_a_not_kept_clause_gives_no_reason_then_the_check_fails():
    rows = [*_all_others_not_kept("consent"), "| consent | p |  |"]
    assert map_problems(_map([], rows), REPO) == ["clause consent is not kept and gives no reason"]
