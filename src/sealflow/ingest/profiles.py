"""Input profiles: how one input file is laid out, so it is read as sent, never rewritten by hand.

A provider or survey platform sends a file in its own shape: its own format, encoding,
delimiter, rows above the header, column names, words for values and date formats. A
profile (``ingest.profiles.<input>`` in config.yaml) states that shape once, as data, and
ingest maps the file onto the table schema with it; every mapping step is counted or named
in the ingest report. Ready-made profiles of the common survey platforms' exports ship in
``sealflow/defaults/input_profiles.yaml``; a study's profile names one with ``preset`` and
adds to it (its renames, recodes and date formats extend the preset's, its other keys
replace the preset's).
"""

from __future__ import annotations

import codecs
import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sealflow.errors import ConfigError

INPUT_TABLES = ("roster", "admin_extract", "survey_export", "withdrawals")
FORMATS = ("auto", "csv", "tsv", "xlsx", "parquet")
SUFFIX_FORMATS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "tsv",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
}
EXTRA_COLUMNS = ("refuse", "drop")
# Shorthands for the two ways of writing 03/06/2021; each tries the date-time forms first.
DATE_ORDERS = {
    "dayfirst": ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y"),
    "monthfirst": ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y"),
}
_KEYS = frozenset(
    {
        "preset",
        "description",
        "format",
        "encoding",
        "delimiter",
        "sheet",
        "skip_rows",
        "header_rows",
        "rename",
        "recode",
        "dates",
        "extra_columns",
    }
)
_MERGED = ("rename", "recode", "dates")


@dataclass(frozen=True)
class InputProfile:
    """How one input table's file is laid out (see the module docstring)."""

    table: str
    preset: str | None = None
    format: str = "auto"
    # A Python codec name, or "auto" (detected with charset-normalizer, noted in the report).
    encoding: str = "utf-8"
    # None: ingest.delimiter for CSV, a tab for TSV.
    delimiter: str | None = None
    sheet: str | None = None
    # Rows above the header row: a protective marking, a title.
    skip_rows: int = 0
    # Header rows: the first names the columns, the others (question text, import ids) are skipped.
    header_rows: int = 1
    # File column name -> schema column name.
    rename: Mapping[str, str] = field(default_factory=dict)
    # Schema column name (or glob) -> {word as sent: value}; matched ignoring case.
    recode: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Schema column name (or glob) -> strftime format, or dayfirst / monthfirst.
    dates: Mapping[str, str] = field(default_factory=dict)
    extra_columns: str = "refuse"

    @property
    def key(self) -> str:
        """The config key of this profile, named in every error it could fix."""
        return f"ingest.profiles.{self.table}"

    @property
    def rows_above_data(self) -> int:
        """Spreadsheet rows above the first data row (1 for a plain CSV: its header)."""
        return self.skip_rows + self.header_rows

    def file_format(self, path: Path) -> str:
        """The format to read ``path`` as: the profile's, or else the file's suffix."""
        if self.format != "auto":
            return self.format
        return SUFFIX_FORMATS.get(path.suffix.lower(), "csv")

    def recode_for(self, column: str) -> dict[str, str] | None:
        """The recode map of a schema column (an exact key wins over a glob), lower-cased."""
        found = _lookup(self.recode, column)
        return {word.strip().lower(): value for word, value in found.items()} if found else None

    def recode_key(self, column: str) -> str:
        return f"{self.key}.recode.{_matching_key(self.recode, column) or column}"

    def date_formats(self, column: str) -> tuple[str, ...]:
        """The formats a date or date-time column is read with, besides ISO 8601."""
        found = _lookup(self.dates, column)
        if not found:
            return ()
        return DATE_ORDERS.get(found, (found,))

    def dates_key(self, column: str) -> str:
        return f"{self.key}.dates.{_matching_key(self.dates, column) or column}"


def _matching_key(table: Mapping[str, Any], column: str) -> str | None:
    if column in table:
        return column
    return next((key for key in table if fnmatch.fnmatchcase(column, key)), None)


def _lookup(table: Mapping[str, Any], column: str) -> Any:
    key = _matching_key(table, column)
    return table[key] if key is not None else None


def _text(value: Any, where: str) -> str:
    # YAML 1.1 reads an unquoted yes/no/on/off as a boolean: "Yes" could not be told from "yes".
    if isinstance(value, bool) or value is None:
        raise ConfigError(
            f"key {where}: {value!r} is not text; quote words such as yes, no, on, off and "
            'null in YAML ("yes")'
        )
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _string_map(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise ConfigError(f"key {where}: expected a mapping")
    return {_text(k, f"{where}"): _text(v, f"{where}.{k}") for k, v in raw.items()}


@cache
def presets() -> dict[str, dict[str, Any]]:
    """The ready-made profiles shipped with sealflow, by name."""
    text = (resources.files("sealflow") / "defaults" / "input_profiles.yaml").read_text("utf-8")
    loaded: dict[str, dict[str, Any]] = yaml.safe_load(text)
    return loaded


def _merged(table: str, raw: dict[str, Any]) -> dict[str, Any]:
    name = raw.get("preset")
    if name is None:
        return raw
    shipped = presets()
    if name not in shipped:
        raise ConfigError(
            f"key ingest.profiles.{table}.preset: no ready-made profile {name!r}; "
            f"known: {', '.join(sorted(shipped))}"
        )
    merged = {**shipped[name], **raw}
    for key in _MERGED:
        merged[key] = {**(shipped[name].get(key) or {}), **(raw.get(key) or {})}
    return merged


def parse_profile(table: str, raw: Any) -> InputProfile:
    """Check one ``ingest.profiles.<table>`` entry (preset merged in); name the key on a mistake."""
    key = f"ingest.profiles.{table}"
    if table not in INPUT_TABLES:
        raise ConfigError(f"key {key}: no input table {table!r}; known: {', '.join(INPUT_TABLES)}")
    if not isinstance(raw, dict):
        raise ConfigError(f"key {key}: expected a mapping")
    values = _merged(table, raw)
    unknown = set(values) - _KEYS
    if unknown:
        raise ConfigError(f"key {key}: unknown keys {sorted(unknown)}; allowed: {sorted(_KEYS)}")
    fmt = values.get("format", "auto")
    if fmt not in FORMATS:
        raise ConfigError(f"key {key}.format: {fmt!r}; expected one of {', '.join(FORMATS)}")
    extra = values.get("extra_columns", "refuse")
    if extra not in EXTRA_COLUMNS:
        raise ConfigError(f"key {key}.extra_columns: {extra!r}; expected refuse or drop")
    encoding = str(values.get("encoding", "utf-8"))
    if encoding != "auto":
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ConfigError(
                f"key {key}.encoding: unknown encoding {encoding!r}; expected a name such as "
                "utf-8, cp1252 (Windows-1252), latin-1, utf-16, or auto"
            ) from None
    counts = {}
    for name, least in (("skip_rows", 0), ("header_rows", 1)):
        count = values.get(name, least)
        if not isinstance(count, int) or isinstance(count, bool) or count < least:
            raise ConfigError(f"key {key}.{name}: expected a whole number >= {least}")
        counts[name] = count
    recode_raw = values.get("recode") or {}
    if not isinstance(recode_raw, dict):
        raise ConfigError(f"key {key}.recode: expected a mapping of column to a mapping of words")
    return InputProfile(
        table=table,
        preset=values.get("preset"),
        format=fmt,
        encoding=encoding,
        delimiter=values.get("delimiter"),
        sheet=None if values.get("sheet") is None else str(values["sheet"]),
        skip_rows=counts["skip_rows"],
        header_rows=counts["header_rows"],
        rename=_string_map(values.get("rename") or {}, f"{key}.rename"),
        recode={
            str(column): _string_map(words, f"{key}.recode.{column}")
            for column, words in recode_raw.items()
        },
        dates=_string_map(values.get("dates") or {}, f"{key}.dates"),
        extra_columns=extra,
    )


def parse_profiles(raw: Any) -> dict[str, InputProfile]:
    """Every configured profile, by input table."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError("key ingest.profiles: expected a mapping of input name to profile")
    return {str(table): parse_profile(str(table), entry) for table, entry in raw.items()}
