"""Schemas of the input tables, kept as data (YAML) beside the config schemas.

Each ``schemas/tables/<table>.schema.yaml`` lists the table's columns with their type and
checks. They are data rather than code so that a study whose provider ships a different
extract can read, diff and review what ingest will enforce. Columns marked ``core`` are the
ones sealflow itself relies on (IDs, tokens, submission time, consent); a study replaces
the others with its own declaration in config.yaml (``ingest.admin_columns``,
``ingest.survey_items``, ``ingest.free_text``), and the shipped files hold the demo's.
pandera would express the same checks, but it is not a dependency and its error reports
quote the failing values, which here may be identifiers; the checks in
``sealflow.ingest.validate`` report rows and columns only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from sealflow.config import SCHEMA_DIR, read_yaml
from sealflow.errors import ConfigError

TABLE_SCHEMA_DIR = SCHEMA_DIR / "tables"
DTYPES = frozenset({"str", "int", "date", "datetime"})
ID_KINDS = frozenset({"pseudonymous_id", "survey_token"})
_COLUMN_KEYS = frozenset(
    {"name", "dtype", "required", "id", "unique", "allowed", "min", "max", "core", "free_text"}
)
# Declared column keys: a study cannot make its own ID columns (ingest maps only the core ones).
DECLARED_KEYS = _COLUMN_KEYS - {"id", "core"}
_TABLE_KEYS = frozenset({"table", "description", "fix", "min_rows", "columns"})


@dataclass(frozen=True)
class ColumnSpec:
    """One column: its type and the checks every value must pass."""

    name: str
    dtype: str
    required: bool = False
    id_kind: str | None = None
    unique: bool = False
    allowed: tuple[str, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    core: bool = False
    # Prose written by a person (may name others): True, False, or None when not stated
    # (then a text column without allowed values counts as prose; govern/requester_columns).
    free_text: bool | None = None


@dataclass(frozen=True)
class TableSchema:
    """An input table: its columns in order, the least number of rows, and who fixes it."""

    table: str
    description: str
    fix: str
    min_rows: int
    columns: tuple[ColumnSpec, ...]

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


def _column(raw: Any, where: str, keys: frozenset[str] = _COLUMN_KEYS) -> ColumnSpec:
    if not isinstance(raw, dict) or "name" not in raw or "dtype" not in raw:
        raise ConfigError(f"{where}: expected a mapping with at least name and dtype")
    unknown = set(raw) - keys
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(keys)}")
    for bound in ("min", "max"):
        if raw.get(bound) is not None and (
            isinstance(raw[bound], bool) or not isinstance(raw[bound], int)
        ):
            raise ConfigError(f"{where}: {bound} must be a whole number")
    if raw.get("free_text") is not None and not isinstance(raw["free_text"], bool):
        raise ConfigError(f"{where}: free_text must be true or false")
    if raw["dtype"] not in DTYPES:
        raise ConfigError(f"{where}: dtype {raw['dtype']!r}; expected one of {sorted(DTYPES)}")
    if raw.get("id") is not None and raw["id"] not in ID_KINDS:
        raise ConfigError(f"{where}: id {raw['id']!r}; expected one of {sorted(ID_KINDS)}")
    allowed = raw.get("allowed")
    return ColumnSpec(
        name=str(raw["name"]),
        dtype=raw["dtype"],
        required=bool(raw.get("required", False)),
        id_kind=raw.get("id"),
        unique=bool(raw.get("unique", False)),
        allowed=tuple(str(value) for value in allowed) if allowed is not None else None,
        minimum=raw.get("min"),
        maximum=raw.get("max"),
        core=bool(raw.get("core", False)),
        free_text=raw.get("free_text"),
    )


def parse_table_schema(raw: Any, source: Path) -> TableSchema:
    """Turn a parsed schema file into a TableSchema, naming the file and key on any mistake."""
    if not isinstance(raw, dict) or not isinstance(raw.get("columns"), list):
        raise ConfigError(f"{source}: expected a mapping with a list of columns")
    unknown = set(raw) - _TABLE_KEYS
    if unknown:
        raise ConfigError(
            f"{source}: unknown keys {sorted(unknown)}; allowed: {sorted(_TABLE_KEYS)}"
        )
    columns = tuple(
        _column(column, f"{source}: columns[{i}]") for i, column in enumerate(raw["columns"])
    )
    names = [column.name for column in columns]
    if len(set(names)) != len(names):
        raise ConfigError(f"{source}: a column is listed twice")
    return TableSchema(
        table=str(raw.get("table", source.name.split(".")[0])),
        description=str(raw.get("description", "")).strip(),
        fix=str(raw.get("fix", "correct the file")),
        min_rows=int(raw.get("min_rows", 0)),
        columns=columns,
    )


@cache
def _load(path: str) -> TableSchema:
    return parse_table_schema(read_yaml(path), Path(path))


def table_schema(name: str, schema_dir: str | os.PathLike[str] | None = None) -> TableSchema:
    """The schema of input table ``name`` (roster, admin_extract, survey_export, withdrawals)."""
    path = Path(schema_dir or TABLE_SCHEMA_DIR) / f"{name}.schema.yaml"
    if not path.is_file():
        known = sorted(
            p.name.split(".")[0] for p in Path(schema_dir or TABLE_SCHEMA_DIR).glob("*.schema.yaml")
        )
        raise ConfigError(f"no table schema {name!r} in {path.parent}; known: {', '.join(known)}")
    return _load(str(path))


def _declared_list(values: Mapping[str, Any], key: str) -> list[Any]:
    raw = values.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list | tuple):
        raise ConfigError(f"key ingest.{key}: expected a list")
    return list(raw)


def declared_columns(values: Mapping[str, Any]) -> dict[str, tuple[ColumnSpec, ...]]:
    """The study's own columns from the ``ingest`` section, by table; absent keys: the shipped.

    ``admin_columns`` and ``survey_items`` are column mappings as in the table schema files
    (name, dtype, required, unique, allowed, min, max, free_text); ``free_text`` is a list of
    names of text columns. Declaring either survey key declares the survey's whole non-core part.
    """
    declared: dict[str, tuple[ColumnSpec, ...]] = {}
    if values.get("admin_columns") is not None:
        declared["admin_extract"] = tuple(
            _column(raw, f"key ingest.admin_columns[{i}]", DECLARED_KEYS)
            for i, raw in enumerate(_declared_list(values, "admin_columns"))
        )
    if values.get("survey_items") is not None or values.get("free_text") is not None:
        items = [
            _column(raw, f"key ingest.survey_items[{i}]", DECLARED_KEYS)
            for i, raw in enumerate(_declared_list(values, "survey_items"))
        ]
        for i, name in enumerate(_declared_list(values, "free_text")):
            if not isinstance(name, str) or not name:
                raise ConfigError(f"key ingest.free_text[{i}]: expected a column name")
            items.append(ColumnSpec(name=name, dtype="str", free_text=True))
        declared["survey_export"] = tuple(items)
    return declared


def study_schema(table: str, declared: tuple[ColumnSpec, ...] | None) -> TableSchema:
    """The shipped schema of ``table`` with its non-core columns replaced by ``declared``."""
    shipped = table_schema(table)
    if declared is None:
        return shipped
    core = tuple(column for column in shipped.columns if column.core)
    names = [column.name for column in (*core, *declared)]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        key = "admin_columns" if table == "admin_extract" else "survey_items / ingest.free_text"
        raise ConfigError(
            f"key ingest.{key}: column {', '.join(twice)} is declared twice or is one of the "
            f"columns sealflow provides ({', '.join(c.name for c in core)}); rename it"
        )
    return replace(shipped, columns=(*core, *declared))
