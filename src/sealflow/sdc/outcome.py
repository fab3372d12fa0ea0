"""Aggregate outcome tables for the provider, checked as a secure research environment would.

Each configured table is a full cross-tabulation of its dimensions with every margin
("All"), a count per cell and, when a value column is named, its rounded mean. Every cell
goes through the ACRO checks (cell_checks); failing cells are hidden (primary
suppression), cells any earlier release hid stay hidden, and secondary suppression then
hides enough other cells that no hidden cell of this or any earlier release can be pinned
or narrowed below the threshold from all published cells together (interval_protection).
Before that, a cell an earlier release published whose people changed by fewer than the
threshold since is hidden too, with what would give the change away (differencing).
Every check is recorded: rule, cell and pass/fail leave the workspace, the figures
behind them (counts, shares, intervals) stay in it.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from sealflow import fsutil
from sealflow.errors import ConfigError, InputSchemaError
from sealflow.sdc.cell_checks import CheckRules, check_cell
from sealflow.sdc.differencing import Members, member_rows, protect_differences
from sealflow.sdc.interval_protection import Protection, protect
from sealflow.sdc.release_history import (
    append_release,
    people_changed,
    read_history,
    require_recorded_releases,
)
from sealflow.sdc.secondary import Entry, secondary_suppression
from sealflow.sdc.table_bounds import Release, ReleasedTable
from sealflow.settings import OutcomeSettings
from sealflow.workspace import StudyAudit

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
    members: Members = field(default_factory=dict)  # who each cell counts (differencing)

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
    frame: pl.DataFrame,
    name: str,
    dimensions: list[str],
    value: str | None,
    earlier_categories: Sequence[Sequence[str]] | None = None,
    largest: int = 2,
) -> OutcomeTable:
    """Count (and sum ``value``) over every cell and margin of the cross-tabulation.

    ``earlier_categories`` (per dimension, from earlier releases of the table) are kept as
    rows even when nobody has them any more: a category vanishing after a withdrawal would
    tell who withdrew. ``largest``: how many of each cell's largest values to keep (the
    p% rule needs two, the (n, k) dominance rule n).
    """
    for column in [*dimensions, *([value] if value else [])]:
        if column not in frame.columns:
            raise ConfigError(
                f"outcome.tables.{name}: column {column!r} is not in the linked table"
            )
    text = frame.with_columns([pl.col(d).cast(pl.String).fill_null("NA") for d in dimensions])
    categories = [sorted(text[d].unique().to_list()) for d in dimensions]
    if earlier_categories is not None:
        categories = [
            sorted(set(now) | set(before))
            for now, before in zip(categories, earlier_categories, strict=True)
        ]
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
                pl.col(value)
                .drop_nulls()
                .sort(descending=True)
                .head(max(2, largest))
                .alias("__top"),
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
        # Combinations nobody has are zero cells; they appear and are checked (suppressed).
        for combo in itertools.product(
            *[range(len(c)) if not a else [len(c)] for c, a in zip(categories, mask, strict=True)]
        ):
            counts.setdefault(combo, 0)
            if value:
                sums.setdefault(combo, 0.0)
                tops.setdefault(combo, [])
                spread.setdefault(combo, (0, 0))
    members = member_rows(frame, dimensions, value)
    return OutcomeTable(
        name, dimensions, categories, value, counts, sums, tops, spread, members=members
    )


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


def released_table(table: OutcomeTable) -> ReleasedTable:
    """The table as the release history and the bounds model see it (true counts, hidden)."""
    return ReleasedTable(
        table.name,
        table.dimensions,
        table.categories,
        table.counts,
        set(table.hidden),
        table.members or None,
    )


def hide_earlier_hidden(table: OutcomeTable, history: Sequence[Release]) -> set[Entry]:
    """Cells a release before hid stay hidden: publishing one now would give it away."""
    before = set().union(*(release.hidden() for release in history)) if history else set()
    grid = released_table(table)
    kept = set()
    for entry in table.counts:
        if entry not in table.hidden and grid.key(entry) in before:
            table.hidden[entry] = "hidden_before"
            kept.add(entry)
    return kept


def protect_release(
    tables: list[OutcomeTable], rules: CheckRules, history: Sequence[Release]
) -> Protection:
    """Differencing, then secondary suppression over this release and every earlier one.

    Cells whose people changed by fewer than the threshold since an earlier release first
    (differencing.py), then a cheap exact-recovery pass per table (secondary.py), then the
    interval rule over all releases together (interval_protection.py). One check per
    hidden cell records whether its interval is wide enough; the interval itself stays in
    the workspace.
    """
    if history:
        differencing = protect_differences(
            history, [released_table(t) for t in tables], rules.min_cell_count
        )
        by_table = {t.name: t for t in tables}
        for name, hidden in differencing.hidden.items():
            for entry, reason in hidden.items():
                by_table[name].hidden.setdefault(entry, reason)
        for check in differencing.checks:
            by_table[check["table"]].checks.append(check)
    for table in tables:
        for entry in secondary_suppression(table.shape, table.counts, set(table.hidden)):
            table.hidden.setdefault(entry, "secondary")
    current = Release([released_table(t) for t in tables])
    current.removed, current.added = people_changed(
        history[-1] if history else None, current.tables
    )
    result = protect(history, current, rules.min_cell_count)
    by_name = {t.name: t for t in tables}
    for name, entries in result.added.items():
        for entry in entries:
            by_name[name].hidden.setdefault(entry, "secondary")
    now = len(history)
    for table, released in zip(tables, current.tables, strict=True):
        for entry in sorted(table.hidden):
            interval = result.intervals.get((now, released.key(entry)))
            if interval is None:  # published by another table: counted there
                continue
            passed = (now, released.key(entry)) not in result.unprotected
            table.checks.append(
                {
                    "table": table.name,
                    "cell": table.labels(entry),
                    "rule": "interval_protection",
                    "figure": [interval.lower, interval.upper],
                    "interval_exact": interval.exact,
                    "threshold": rules.min_cell_count,
                    "pass": passed,
                    "action": "none",
                }
            )
    # The hidden cells of earlier releases, as they stand with this release added.
    if tables:
        for (release, key), interval in sorted(
            result.intervals.items(), key=lambda item: (item[0][0], sorted(item[0][1]))
        ):
            if release == now:
                continue
            tables[0].checks.append(
                {
                    "table": None,
                    "cell": dict(sorted(key)),
                    "rule": f"interval_protection(release {release + 1})",
                    "figure": [interval.lower, interval.upper],
                    "interval_exact": interval.exact,
                    "threshold": rules.min_cell_count,
                    "pass": (release, key) not in result.unprotected,
                    "action": "none",
                }
            )
    return result


def check_table(
    table: OutcomeTable, rules: CheckRules, history: Sequence[Release] = ()
) -> OutcomeTable:
    """Primary checks and the cells earlier releases hid (secondary: protect_release)."""
    apply_checks(table, rules)
    hide_earlier_hidden(table, history)
    return table


MEAN_RULE = (
    "a mean is shown only for a published cell, which has at least min_cell_count values "
    "(the threshold rule counts the values, not the rows), and is rounded to the step in "
    "mean_rounded_to: the smallest of 0.01, 0.1, 1, 10, ... whose product with the number "
    "of values is at least 2, so the cell's sum is known only to within 2 or more and an "
    "integer sum cannot be recovered from the mean; that protects one cell's sum, not the "
    "difference of two releases' sums, which rule differencing protects"
)


def mean_step(values: int) -> float:
    """The rounding step of a mean of ``values`` values (MEAN_RULE)."""
    step = 0.01
    while values * step < 2:
        step *= 10
    return round(step, 2)


def format_mean(mean: float, step: float) -> str:
    rounded = round(mean / step) * step
    decimals = max(0, -round(math.log10(step)))
    return f"{rounded:.{decimals}f}"


def table_csv(table: OutcomeTable) -> str:
    """The published table: labels, count, rounded mean (blank where hidden), status."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    value_header = [f"mean_{table.value}", "mean_rounded_to"] if table.value else []
    writer.writerow([*table.dimensions, "count", *value_header, "status"])
    for entry in sorted(table.counts):
        labels = table.labels(entry)
        hidden = entry in table.hidden
        count = table.counts[entry]
        row: list[Any] = [labels[d] for d in table.dimensions]
        row.append("" if hidden else count)
        if table.value:
            values = table.spread.get(entry, (0, 0))[0]
            if hidden or not values:
                row += ["", ""]
            else:
                step = mean_step(values)
                row += [format_mean(table.sums[entry] / values, step), f"{step:g}"]
        row.append("suppressed" if hidden else "published")
        writer.writerow(row)
    return out.getvalue()


PUBLIC_CHECK_FIELDS = ("table", "cell", "rule", "threshold", "pass", "action")


def public_checks(tables: Sequence[OutcomeTable]) -> list[dict[str, Any]]:
    """Every check as it may leave the workspace: rule, cell, pass/fail, never a figure."""
    return [{f: c.get(f) for f in PUBLIC_CHECK_FIELDS} for t in tables for c in t.checks]


def earlier_categories(
    history: Sequence[Release], name: str, dimensions: list[str]
) -> list[list[str]] | None:
    """Every category an earlier release of table ``name`` showed, per dimension."""
    seen: list[set[str]] = [set() for _ in dimensions]
    found = False
    for release in history:
        for table in release.tables:
            if table.name == name and table.dimensions == dimensions:
                found = True
                for kept, cats in zip(seen, table.categories, strict=True):
                    kept.update(cats)
    return [sorted(c) for c in seen] if found else None


def build_outcome_tables(
    linked: pl.DataFrame, outcome: OutcomeSettings, history: Sequence[Release] = ()
) -> list[OutcomeTable]:
    """Every configured table, checked and suppressed against every earlier release."""
    rules = CheckRules.from_config(outcome)
    frame = derive_columns(linked, outcome.derived or {})
    names = [spec.name for spec in outcome.tables]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ConfigError(f"outcome.tables: table name(s) {', '.join(repeated)} used twice")
    tables = []
    for spec in outcome.tables:
        dimensions = list(spec.dimensions)
        table = build_table(
            frame,
            spec.name,
            dimensions,
            spec.value,
            earlier_categories(history, spec.name, dimensions),
            largest=rules.dominance_n,
        )
        tables.append(check_table(table, rules, history))
    protect_release(tables, rules, history)
    return tables


def summary(tables: Sequence[OutcomeTable]) -> dict[str, dict[str, int]]:
    """Counts of cells and of suppressed cells per table (no figure of any cell)."""
    return {
        t.name: {
            "cells": len(t.counts),
            "suppressed_primary": sum(
                1 for r in t.hidden.values() if r not in ("secondary", "hidden_before")
            ),
            "suppressed_differencing": sum(1 for r in t.hidden.values() if r == "differencing"),
            "suppressed_hidden_before": sum(1 for r in t.hidden.values() if r == "hidden_before"),
            "suppressed_secondary": sum(1 for r in t.hidden.values() if r == "secondary"),
            "hidden_cells_unprotected": sum(
                1 for c in t.checks if c["rule"] == "interval_protection" and not c["pass"]
            ),
        }
        for t in tables
    }


LIMITS = (
    "every hidden cell, of this release and of every release before (the release history), "
    "keeps an interval at least min_cell_count wide: the bounds an intruder holding all "
    "published cells of all releases, the margins, non-negativity and the number of people "
    "who left or joined between releases can derive, solved as linear programmes (the LP "
    "relaxation, as tau-ARGUS). A cell an earlier release published is published again only "
    "when the people it counts are the same or differ by at least min_cell_count (rule "
    "differencing), and no line's hidden cells leave the change of fewer people; not "
    "covered: a cell now against a different cell then, and the pattern of hidden cells, "
    "which can show which cells a withdrawn person was in. Means of cells are rounded "
    "(mean_rule) but a hidden cell's sum can still be estimated from the means of its "
    "margins to within their rounding"
)


def write_outcome(
    outcome: OutcomeSettings,
    linked_path: str | os.PathLike[str],
    tables_dir: str | os.PathLike[str],
    checks_path: str | os.PathLike[str],
    history_path: str | os.PathLike[str] | None = None,
    quotes_note: str | None = None,
    figures_path: str | os.PathLike[str] | None = None,
    quote_counts: Mapping[str, int] | None = None,
    audit: StudyAudit | None = None,
    mode: int = PUBLIC_FILE_MODE,
) -> list[OutcomeTable]:
    """Build, check and write every table (CSV) and the checks JSON; all or nothing.
    ``mode``: the files' mode, public where they are released, 0600 where the workflow
    stages them in the workspace before their checks pass.

    The checks JSON leaves the workspace: rule, cell and pass/fail only. The figures
    behind the checks (counts, p% and dominance shares, each hidden cell's interval) go to
    ``figures_path`` in the workspace (0600) when one is given, and nowhere else. With
    ``audit``, a release history shorter than the log records stops it before anything is
    written (`require_recorded_releases`).
    """
    if not Path(linked_path).is_file():
        raise InputSchemaError(f"{linked_path}: file not found (run the link stage first)")
    linked = pl.read_parquet(Path(linked_path))
    history = read_history(history_path)
    require_recorded_releases(history_path, len(history), audit)
    tables = build_outcome_tables(linked, outcome, history)
    rendered = {t.name: table_csv(t) for t in tables}  # render everything before writing
    if figures_path is not None:
        fsutil.private_dir(Path(figures_path).parent)
        fsutil.write_json(figures_path, {"checks": [c for t in tables for c in t.checks]})
    for name, text in rendered.items():
        fsutil.write_text(Path(tables_dir) / f"{name}.csv", text, mode=mode)
    fsutil.write_json(
        checks_path,
        {
            "rules": CheckRules.from_config(outcome).__dict__,
            "releases_before": len(history),
            "checks": public_checks(tables),
            "summary": summary(tables),
            "mean_rule": MEAN_RULE,
            "quotes": quotes_note,
            "quote_release": dict(quote_counts) if quote_counts is not None else None,
            "limits": LIMITS,
        },
        mode=mode,
    )
    return tables


def release_tables(
    linked_path: str | os.PathLike[str],
    outcome: OutcomeSettings,
    history_path: str | os.PathLike[str],
    audit: StudyAudit | None = None,
) -> int:
    """Add the tables that `outcome` writes to the release history; returns the release number.

    The tables are rebuilt from the same linked table and history, so they are the very
    cells `outcome` published (suppression is deterministic). A history shorter than the
    audit log records is refused, as in `write_outcome`.
    """
    if not Path(linked_path).is_file():
        raise InputSchemaError(f"{linked_path}: file not found (run the link stage first)")
    history = read_history(history_path)
    require_recorded_releases(history_path, len(history), audit)
    tables = build_outcome_tables(pl.read_parquet(Path(linked_path)), outcome, history)
    append_release(history_path, [released_table(t) for t in tables], audit)
    return len(history) + 1
