"""Aggregate outcome tables for the provider, checked as a secure research environment would.

Each configured table is a full cross-tabulation of its dimensions with every margin
("All"), a count per cell and, when a value column is named, its mean. Every cell goes
through the ACRO checks (cell_checks); failing cells are hidden (primary suppression),
cells that differ by a disclosive amount from the same margin in a table released before
(the register) are hidden too (differencing), and secondary suppression then hides enough
other cells that no hidden cell can be recomputed from the published ones. Every check is
recorded (rule, figure, pass or fail) for the report.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from sealflow import fsutil
from sealflow.config import read_yaml
from sealflow.errors import ConfigError, InputSchemaError
from sealflow.sdc.cell_checks import CheckRules, check_cell
from sealflow.sdc.secondary import Entry, secondary_suppression

ALL = "All"
PUBLIC_FILE_MODE = 0o644


@dataclass
class OutcomeTable:
    """One checked table: cells keyed by grid position, with what is published."""

    name: str
    dimensions: list[str]
    categories: list[list[str]]
    value: str | None
    counts: dict[Entry, int]
    sums: dict[Entry, float]
    tops: dict[Entry, list[float]] = field(default_factory=dict)  # largest contributions
    spread: dict[Entry, tuple[int, int]] = field(default_factory=dict)  # values, distinct
    hidden: dict[Entry, str] = field(default_factory=dict)  # entry -> reason
    checks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def shape(self) -> list[int]:
        return [len(c) for c in self.categories]

    def labels(self, entry: Entry) -> dict[str, str]:
        return {
            dim: (cats[p] if p < len(cats) else ALL)
            for dim, cats, p in zip(self.dimensions, self.categories, entry, strict=True)
        }

    def published_counts(self) -> list[dict[str, Any]]:
        """The cells a reader sees: labels and count (hidden cells are left out)."""
        return [
            {"key": self.labels(e), "count": n}
            for e, n in self.counts.items()
            if e not in self.hidden
        ]


def derive_columns(frame: pl.DataFrame, derived: Mapping[str, Sequence[str]]) -> pl.DataFrame:
    """Add each derived column as the row sum of its source columns (null if any is null)."""
    exprs = []
    for name, sources in derived.items():
        missing = [c for c in sources if c not in frame.columns]
        if missing:
            raise ConfigError(
                f"outcome.derived.{name}: column(s) {', '.join(missing)} not in the linked table"
            )
        exprs.append(
            pl.when(pl.any_horizontal([pl.col(c).is_null() for c in sources]))
            .then(None)
            .otherwise(pl.sum_horizontal([pl.col(c) for c in sources]))
            .alias(name)
        )
    return frame.with_columns(exprs) if exprs else frame


def build_table(
    frame: pl.DataFrame, name: str, dimensions: list[str], value: str | None
) -> OutcomeTable:
    """Count (and sum ``value``) over every cell and margin of the cross-tabulation."""
    for column in [*dimensions, *([value] if value else [])]:
        if column not in frame.columns:
            raise ConfigError(
                f"outcome.tables.{name}: column {column!r} is not in the linked table"
            )
    text = frame.with_columns([pl.col(d).cast(pl.String).fill_null("NA") for d in dimensions])
    categories = [sorted(text[d].unique().to_list()) for d in dimensions]
    for dimension, cats in zip(dimensions, categories, strict=True):
        if ALL in cats:
            raise InputSchemaError(
                f"outcome.tables.{name}: column {dimension!r} holds the value {ALL!r}, which "
                "names the margins; recode it before tabulating"
            )
    index = [{c: i for i, c in enumerate(cats)} for cats in categories]
    counts: dict[Entry, int] = {}
    sums: dict[Entry, float] = {}
    tops: dict[Entry, list[float]] = {}
    spread: dict[Entry, tuple[int, int]] = {}  # (non-missing values, distinct values)
    for mask in itertools.product((False, True), repeat=len(dimensions)):
        kept = [d for d, is_all in zip(dimensions, mask, strict=True) if not is_all]
        aggs = [pl.len().alias("__n")]
        if value:
            aggs += [
                pl.col(value).sum().alias("__sum"),
                pl.col(value).count().alias("__values"),
                pl.col(value).drop_nulls().n_unique().alias("__distinct"),
                pl.col(value).drop_nulls().sort(descending=True).head(2).alias("__top"),
            ]
        if kept:
            grouped = text.group_by(kept).agg(aggs)
        else:  # the grand total: one row, with the top values gathered into a list
            grouped = text.select(
                [a.implode() if a.meta.output_name() == "__top" else a for a in aggs]
            )
        for row in grouped.iter_rows(named=True):
            entry = tuple(
                len(cats) if is_all else index[i][row[d]]
                for i, (d, cats, is_all) in enumerate(
                    zip(dimensions, categories, mask, strict=True)
                )
            )
            counts[entry] = int(row["__n"])
            if value:
                sums[entry] = float(row["__sum"] or 0.0)
                tops[entry] = [float(x) for x in row["__top"]]
                spread[entry] = (int(row["__values"]), int(row["__distinct"]))
        # Combinations nobody has are zero cells; they appear and are flagged.
        for combo in itertools.product(
            *[range(len(c)) if not a else [len(c)] for c, a in zip(categories, mask, strict=True)]
        ):
            counts.setdefault(combo, 0)
            if value:
                sums.setdefault(combo, 0.0)
                tops.setdefault(combo, [])
                spread.setdefault(combo, (0, 0))
    return OutcomeTable(name, dimensions, categories, value, counts, sums, tops, spread)


def apply_checks(table: OutcomeTable, rules: CheckRules) -> set[Entry]:
    """Record every rule on every cell; return the cells that must be hidden."""
    primary: set[Entry] = set()
    for entry in sorted(table.counts):
        total = table.sums.get(entry) if table.value else None
        values, distinct = table.spread.get(entry, (None, None)) if table.value else (None, None)
        checks = check_cell(
            table.counts[entry], total, table.tops.get(entry, []), rules, values, distinct
        )
        for record in checks:
            table.checks.append(
                {"table": table.name, "cell": table.labels(entry), **record.as_dict()}
            )
            if record.action == "suppress":
                primary.add(entry)
                table.hidden.setdefault(entry, record.rule)
    return primary


def differencing(
    table: OutcomeTable, register: list[dict[str, Any]], rules: CheckRules
) -> set[Entry]:
    """Cells whose margin differs from a released table's same margin by 1..min-1 records.

    Two releases of the same margin (same common dimensions, the others at "All") that
    differ by a few records disclose those records. Checked against every table in the
    register; differences are recorded as checks, and failing cells are hidden.
    """
    failing: set[Entry] = set()
    for earlier in register:
        common = [d for d in table.dimensions if d in earlier.get("dimensions", [])]
        released = {}
        for cell in earlier.get("cells", []):
            key = cell["key"]
            if all(key.get(d) == ALL for d in earlier["dimensions"] if d not in common):
                released[tuple(key.get(d) for d in common)] = int(cell["count"])
        for entry, count in table.counts.items():
            labels = table.labels(entry)
            if any(labels[d] != ALL for d in table.dimensions if d not in common):
                continue
            before = released.get(tuple(labels[d] for d in common))
            if before is None or entry in table.hidden:
                continue
            difference = abs(count - before)
            passed = not (0 < difference < rules.min_cell_count)
            table.checks.append(
                {
                    "table": table.name,
                    "cell": labels,
                    "rule": f"differencing(vs {earlier.get('name', '?')})",
                    "figure": difference,
                    "threshold": rules.min_cell_count,
                    "pass": passed,
                    "action": "none" if passed else "suppress",
                }
            )
            if not passed:
                failing.add(entry)
                table.hidden.setdefault(entry, "differencing")
    return failing


def check_table(
    table: OutcomeTable, rules: CheckRules, register: list[dict[str, Any]]
) -> OutcomeTable:
    """Primary checks, differencing, then secondary suppression until nothing is recoverable."""
    primary = apply_checks(table, rules) | differencing(table, register, rules)
    for entry in secondary_suppression(table.shape, table.counts, primary):
        table.hidden.setdefault(entry, "secondary")
    table.checks.append(
        {
            "table": table.name,
            "cell": None,
            "rule": "secondary_suppression",
            "figure": sum(1 for r in table.hidden.values() if r == "secondary"),
            "threshold": 0,
            "pass": True,
            "action": "none",
        }
    )
    return table


def table_csv(table: OutcomeTable) -> str:
    """The published table: labels, count, mean (blank where hidden) and a status column."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    value_header = [f"mean_{table.value}"] if table.value else []
    writer.writerow([*table.dimensions, "count", *value_header, "status"])
    for entry in sorted(table.counts):
        labels = table.labels(entry)
        hidden = entry in table.hidden
        count = table.counts[entry]
        row: list[Any] = [labels[d] for d in table.dimensions]
        row.append("" if hidden else count)
        if table.value:
            mean = table.sums[entry] / count if count and not hidden else None
            row.append("" if mean is None else f"{mean:.2f}")
        row.append("suppressed" if hidden else "published")
        writer.writerow(row)
    return out.getvalue()


def read_register(path: str | os.PathLike[str] | None) -> list[dict[str, Any]]:
    """The tables released before (an empty list when there is no register yet)."""
    if path is None or not Path(path).is_file():
        return []
    data = read_yaml(path)  # JSON is YAML
    if not isinstance(data, dict) or not isinstance(data.get("tables"), list):
        raise InputSchemaError(f"{path}: expected a JSON object with a list under 'tables'")
    return list(data["tables"])


def build_outcome_tables(
    linked: pl.DataFrame, outcome: Mapping[str, Any], register: list[dict[str, Any]]
) -> list[OutcomeTable]:
    """Every configured table, checked and suppressed."""
    rules = CheckRules.from_config(outcome)
    frame = derive_columns(linked, outcome.get("derived", {}) or {})
    tables = []
    names = [spec["name"] for spec in outcome.get("tables", []) or []]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ConfigError(f"outcome.tables: table name(s) {', '.join(repeated)} used twice")
    for spec in outcome.get("tables", []) or []:
        table = build_table(frame, spec["name"], list(spec["dimensions"]), spec.get("value"))
        tables.append(check_table(table, rules, register))
    return tables


def write_outcome(
    outcome: Mapping[str, Any],
    linked_path: str | os.PathLike[str],
    tables_dir: str | os.PathLike[str],
    checks_path: str | os.PathLike[str],
    register_path: str | os.PathLike[str] | None = None,
    quotes_note: str | None = None,
) -> list[OutcomeTable]:
    """Build, check and write every table (CSV) and the checks JSON; all or nothing."""
    if not Path(linked_path).is_file():
        raise InputSchemaError(f"{linked_path}: file not found (run the link stage first)")
    linked = pl.read_parquet(Path(linked_path))
    tables = build_outcome_tables(linked, outcome, read_register(register_path))
    rendered = {t.name: table_csv(t) for t in tables}  # render everything before writing
    for name, text in rendered.items():
        fsutil.write_text(Path(tables_dir) / f"{name}.csv", text, mode=PUBLIC_FILE_MODE)
    fsutil.write_json(
        checks_path,
        {
            "rules": CheckRules.from_config(outcome).__dict__,
            "register_tables": len(read_register(register_path)),
            "checks": [c for t in tables for c in t.checks],
            "summary": {
                t.name: {
                    "cells": len(t.counts),
                    "suppressed_primary": sum(
                        1 for r in t.hidden.values() if r not in ("secondary",)
                    ),
                    "suppressed_secondary": sum(1 for r in t.hidden.values() if r == "secondary"),
                }
                for t in tables
            },
            "quotes": quotes_note,
            "limits": "secondary suppression protects against exact linear recovery from "
            "row/column totals; interval bounds from non-negativity are not assessed",
        },
        mode=PUBLIC_FILE_MODE,
    )
    return tables


def register_release(tables: Sequence[OutcomeTable], register_path: str | os.PathLike[str]) -> int:
    """Append the published cells of ``tables`` to the register of released tables."""
    register = read_register(register_path)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    for table in tables:
        register.append(
            {
                "name": table.name,
                "dimensions": table.dimensions,
                "released_at": stamp,
                "cells": table.published_counts(),
            }
        )
    fsutil.write_json(register_path, {"tables": register}, mode=PUBLIC_FILE_MODE)
    return len(tables)
