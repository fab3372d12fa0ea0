"""From an input file, as its profile describes it, to the schema's columns as clean text.

``read_source`` picks the reader by format (CSV and TSV, .xlsx, Parquet); ``to_schema_text``
then applies what every format shares: surrounding whitespace stripped, empty cells null,
value recodes (a consent phrase to yes, Likert words to numbers), dates in the profile's
format rewritten as ISO 8601. A value that no recode or date format fits is left as sent,
so the schema checks that follow report it, with the profile key that would fix it.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from sealflow.errors import InputSchemaError
from sealflow.ingest.header import RawTable
from sealflow.ingest.profiles import InputProfile
from sealflow.ingest.readers import read_csv_table
from sealflow.ingest.table_schema import TableSchema
from sealflow.ingest.workbooks import read_parquet_table, read_xlsx_table

ID_TRIMMED = "__id_trimmed"
OLD_WORKBOOKS = (".xls", ".xlsb", ".ods")
ISO_FORMATS = {"date": "%Y-%m-%d", "datetime": "%Y-%m-%dT%H:%M:%S"}


def read_source(
    path: Path, schema: TableSchema, profile: InputProfile, default_delimiter: str
) -> RawTable:
    """Read ``path`` in the profile's format; the schema's columns as text, as sent."""
    if not path.is_file():
        raise InputSchemaError(f"{path}: file not found; expected the {schema.table} table here")
    fmt = profile.file_format(path)
    if fmt == "csv" and path.suffix.lower() in OLD_WORKBOOKS and profile.format == "auto":
        raise InputSchemaError(
            f"{path}: an old Excel workbook ({path.suffix}), which ingest does not read; save "
            f"it as .xlsx, or as CSV UTF-8, and point inputs.{schema.table} at that file"
        )
    if fmt == "xlsx":
        return read_xlsx_table(path, schema, profile)
    if fmt == "parquet":
        return read_parquet_table(path, schema, profile)
    return read_csv_table(path, schema, profile, default_delimiter)


def _as_iso(value: pl.Expr, formats: tuple[str, ...], dtype: str) -> pl.Expr:
    parsed = pl.coalesce([value.str.to_datetime(fmt, strict=False) for fmt in formats])
    return pl.coalesce(parsed.dt.strftime(ISO_FORMATS[dtype]), value)


def to_schema_text(
    raw: pl.DataFrame, schema: TableSchema, profile: InputProfile
) -> tuple[pl.DataFrame, int]:
    """Stripped, recoded, ISO-dated text columns plus ID_TRIMMED; and how many cells were recoded.

    An ID with surrounding whitespace is the same ID (no pattern allows spaces at its ends),
    so it is normalised, not refused; each row where that happened is flagged in ID_TRIMMED
    so the ingest report can count it.
    """
    cleaned: list[pl.Expr] = []
    recoded: list[pl.Expr] = []
    for column in schema.columns:
        value = pl.col(column.name).str.strip_chars().replace("", None)
        words = profile.recode_for(column.name)
        if words:
            lowered = value.str.to_lowercase()
            recoded.append(lowered.is_in(list(words)).sum().alias(column.name))
            value = lowered.replace_strict(words, default=value, return_dtype=pl.String)
        formats = profile.date_formats(column.name)
        if formats and column.dtype in ISO_FORMATS:
            value = _as_iso(value, formats, column.dtype)
        cleaned.append(value.alias(column.name))
    id_columns = [column.name for column in schema.columns if column.id_kind is not None]
    trimmed = pl.any_horizontal(
        [pl.col(name).str.strip_chars() != pl.col(name) for name in id_columns] or [pl.lit(False)]
    ).fill_null(False)
    frame = raw.lazy().select(*cleaned, trimmed.alias(ID_TRIMMED)).collect()
    count = int(raw.lazy().select(recoded).collect().sum_horizontal()[0]) if recoded else 0
    return frame, count
