"""Disclosure by differencing between two outcome releases (attack17 F1).

Release the tables, withdraw a few people, run the outcome stage again, and play the
provider: subtract the two releases' published count x mean, cell by cell and through each
line's margin. No published difference may come from fewer than min_cell_count people.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import polars as pl
import pytest

from sealflow.sdc.outcome import release_tables, write_outcome
from sealflow.sdc.secondary import lines

from .synthetic import linked_table, outcome_section

THRESHOLD = 10
OUTCOME = {
    "min_cell_count": THRESHOLD,
    "derived": {"wellbeing_score": [f"wb_{i}" for i in range(1, 8)]},
    "tables": [
        {
            "name": "wellbeing",
            "dimensions": ["programme_group", "service_branch"],
            "value": "wellbeing_score",
        },
        {"name": "by_programme", "dimensions": ["programme_group"]},
    ],
}


def published(tables_dir: Path) -> dict[str, dict[tuple[str, ...], tuple[int, float]]]:
    """Each table's published cells as the provider reads them: labels -> (count, sum)."""
    result = {}
    for spec in OUTCOME["tables"]:
        rows = csv.DictReader((tables_dir / f"{spec['name']}.csv").open())
        cells = {}
        for row in rows:
            if row["status"] == "published":
                mean = row.get("mean_wellbeing_score") or "0"
                labels = tuple(row[d] for d in spec["dimensions"])
                cells[labels] = (int(row["count"]), int(row["count"]) * float(mean))
        result[spec["name"]] = cells
    return result


def grid_keys(cells: dict, dimensions: list[str]) -> tuple[list[int], list[tuple[str, ...]]]:
    categories = [sorted({k[i] for k in cells} - {"All"}) for i in range(len(dimensions))]
    return [len(c) for c in categories], categories


def differences(first: dict, second: dict) -> list[tuple[str, object, int]]:
    """Every change of count the provider can work out: (table, cell or line, change)."""
    found = []
    for name, spec in ((s["name"], s) for s in OUTCOME["tables"]):
        a, b = first[name], second[name]
        for cell in set(a) & set(b):
            found.append((name, cell, a[cell][0] - b[cell][0]))
        # Through a line: margin minus the interior cells published in both releases.
        all_cells = set(a) | set(b)
        shape, categories = grid_keys({**dict.fromkeys(all_cells)}, spec["dimensions"])

        def label(entry: tuple[int, ...], categories: list = categories) -> tuple[str, ...]:
            return tuple(
                c[p] if p < len(c) else "All" for c, p in zip(categories, entry, strict=True)
            )

        for interior, margin in lines(shape):
            m = label(margin)
            if m not in a or m not in b:
                continue
            known = [label(e) for e in interior if label(e) in a and label(e) in b]
            rest_a = a[m][0] - sum(a[c][0] for c in known)
            rest_b = b[m][0] - sum(b[c][0] for c in known)
            found.append((name, ("line", m), rest_a - rest_b))
    return found


@pytest.fixture
def study(tmp_path):
    linked = tmp_path / "work/link/linked.parquet"
    linked.parent.mkdir(parents=True)
    return tmp_path, linked, tmp_path / "work/outcome/release_history.json"


def run_outcome(root: Path, linked: Path, history: Path, name: str) -> Path:
    out = root / "results" / name
    write_outcome(outcome_section(OUTCOME), linked, out, out / "checks.json", history)
    return out


def withdraw(frame: pl.DataFrame, who: list[str]) -> pl.DataFrame:
    return frame.filter(~pl.col("pseudonymous_id").is_in(who))


def pick(frame: pl.DataFrame, group: str, branch: str, n: int) -> list[str]:
    chosen = frame.filter(
        (pl.col("programme_group") == group) & (pl.col("service_branch") == branch)
    )
    return chosen["pseudonymous_id"].head(n).to_list()


def test_when_one_person_withdraws_then_no_published_cell_gives_their_score_away(study):
    root, linked, history = study
    before = linked_table(400, 7)
    before.write_parquet(linked)
    first = run_outcome(root, linked, history, "r1")
    release_tables(linked, outcome_section(OUTCOME), history)
    withdrawn = pick(before, "intervention", "Army", 1)
    withdraw(before, withdrawn).write_parquet(linked)
    second = run_outcome(root, linked, history, "r2")

    small = [
        d for d in differences(published(first), published(second)) if 0 < abs(d[2]) < THRESHOLD
    ]
    assert small == []
    checks = json.loads((second / "checks.json").read_text())
    flagged = [c for c in checks["checks"] if c["rule"] == "differencing"]
    assert {"programme_group": "intervention", "service_branch": "Army"} in [
        c["cell"] for c in flagged
    ]
    assert all(c["action"] == "suppress" and not c["pass"] for c in flagged)
    assert all("figure" not in c for c in checks["checks"])  # the change stays in work/
    assert checks["summary"]["wellbeing"]["suppressed_differencing"] == 4
    # Cells the withdrawal did not touch are published again, unchanged.
    a, b = published(first)["wellbeing"], published(second)["wellbeing"]
    assert a[("comparison", "All")] == b[("comparison", "All")]
    # The history compares people by a digest of their ID, never the ID (erasure keeps it).
    assert "members" in history.read_text() and withdrawn[0] not in history.read_text()


def test_when_a_margin_changed_by_many_then_a_small_change_beside_it_is_not_subtracted(study):
    """12 leave intervention: 1 from the Army, 11 from the Navy. intervention x All changed by
    12 and intervention x Navy by 11 (both past the threshold), so either, published, gives
    the Army leaver by subtraction: one of them is hidden as a partner."""
    root, linked, history = study
    before = linked_table(600, 11)
    before.write_parquet(linked)
    first = run_outcome(root, linked, history, "r1")
    release_tables(linked, outcome_section(OUTCOME), history)
    leavers = pick(before, "intervention", "Army", 1) + pick(
        before, "intervention", "Royal Navy", 11
    )
    assert len(leavers) == 12
    withdraw(before, leavers).write_parquet(linked)
    second = run_outcome(root, linked, history, "r2")

    found = differences(published(first), published(second))
    assert [d for d in found if 0 < abs(d[2]) < THRESHOLD] == []
    b = published(second)["wellbeing"]
    assert ("intervention", "Army") not in b
    assert ("intervention", "Royal Navy") not in b or ("intervention", "All") not in b


def test_when_the_history_has_no_members_then_a_change_in_count_is_still_caught(study):
    """A history written before members were recorded: the count change is the fallback."""
    root, linked, history = study
    before = linked_table(400, 7)
    before.write_parquet(linked)
    first = run_outcome(root, linked, history, "r1")
    release_tables(linked, outcome_section(OUTCOME), history)
    data = json.loads(history.read_text())
    for table in data["releases"][0]["tables"]:
        del table["members"]
    history.write_text(json.dumps(data))
    withdraw(before, pick(before, "intervention", "Army", 1)).write_parquet(linked)
    second = run_outcome(root, linked, history, "r2")
    found = differences(published(first), published(second))
    assert [d for d in found if 0 < abs(d[2]) < THRESHOLD] == []


def test_when_nothing_changed_then_the_second_release_publishes_the_same_cells(study):
    root, linked, history = study
    linked_table(400, 7).write_parquet(linked)
    first = run_outcome(root, linked, history, "r1")
    release_tables(linked, outcome_section(OUTCOME), history)
    second = run_outcome(root, linked, history, "r2")
    assert published(first) == published(second)
    checks = json.loads((second / "checks.json").read_text())
    assert not [c for c in checks["checks"] if c["rule"] == "differencing"]


def test_when_one_persons_score_is_corrected_then_the_cells_holding_them_are_hidden(study):
    """Same people, one value changed: the counts agree, the sums' difference is the change."""
    root, linked, history = study
    before = linked_table(400, 7)
    before.write_parquet(linked)
    first = run_outcome(root, linked, history, "r1")
    release_tables(linked, outcome_section(OUTCOME), history)
    corrected = pick(before, "intervention", "Army", 1)[0]
    after = before.with_columns(
        pl.when(pl.col("pseudonymous_id") == corrected)
        .then(6 - pl.col("wb_1"))
        .otherwise(pl.col("wb_1"))
        .alias("wb_1")
    )
    after.write_parquet(linked)
    second = run_outcome(root, linked, history, "r2")
    a, b = published(first)["wellbeing"], published(second)["wellbeing"]
    assert ("intervention", "Army") in a and ("intervention", "Army") not in b
    assert all(a[c] == b[c] for c in set(a) & set(b))
