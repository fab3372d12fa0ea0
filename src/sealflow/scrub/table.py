"""Scrub free-text columns of a survey table (CSV or Parquet), one row as one document.

The columns of a row are analysed together, so a name in one answer is replaced in the
same respondent's other answers too, with the same placeholder. Other columns are copied
unchanged. Findings carry row, column and in-cell offsets, never values.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from sealflow.errors import InputSchemaError
from sealflow.fsutil import atomic_path
from sealflow.scrub.batch import ChunkResult, chunks, map_chunks
from sealflow.scrub.document import Segment, joined
from sealflow.scrub.engine import get_engine
from sealflow.scrub.formats.base import apply_edits
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import ScrubSettings

ROWS_PER_CHUNK = 256


def read_table(path: Path) -> pl.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            return pl.read_parquet(path)
        if suffix in (".csv", ".txt"):
            return pl.read_csv(path, infer_schema=False, encoding="utf8")
    except (pl.exceptions.ComputeError, OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputSchemaError(f"{path}: cannot read the table ({exc})") from None
    raise InputSchemaError(f"{path}: unsupported table type {suffix!r}; expected .csv or .parquet")


def write_table(frame: pl.DataFrame, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise InputSchemaError(
            f"{path}: unsupported output type {suffix!r}; expected .csv or .parquet"
        )
    with atomic_path(path) as tmp:
        if suffix == ".parquet":
            frame.write_parquet(tmp)
        else:
            frame.write_csv(tmp)


def _scrub_rows(
    rows: Sequence[tuple[int, list[str | None]]],
    columns: Sequence[str],
    source: str,
    settings: ScrubSettings,
) -> tuple[list[tuple[int, list[str | None]]], ChunkResult]:
    engine = get_engine(settings)
    documents = []
    layout = []
    for _row_index, cells in rows:
        present = [(i, c) for i, c in enumerate(cells) if c is not None and c.strip()]
        documents.append([Segment(c) for _, c in present])
        layout.append(present)
    outcome = ChunkResult()
    scrubbed_rows = []
    for (row_index, cells), present, doc, scrubbed in zip(
        rows, layout, documents, scrub_segment_lists(engine, documents), strict=True
    ):
        new_cells = list(cells)
        _, bounds = joined(doc)
        for (column_index, text), edits in zip(present, scrubbed.edits, strict=True):
            new_cells[column_index] = apply_edits(text, edits)
        for finding in scrubbed.findings:
            for (column_index, _), (seg_start, seg_end) in zip(present, bounds, strict=True):
                if seg_start <= finding.start < seg_end:
                    outcome.findings.append(
                        {
                            "document": source,
                            "source": f"survey.{columns[column_index]}",
                            "row": row_index,
                            "column": columns[column_index],
                            "start": finding.start - seg_start,
                            "end": min(finding.end, seg_end) - seg_start,
                            "entity_type": finding.entity_type,
                            "score": round(finding.score, 3),
                            "recognizer": finding.recognizer,
                        }
                    )
        outcome.replaced_values |= scrubbed.replaced_values
        outcome.characters += sum(len(s.text) for s in doc)
        scrubbed_rows.append((row_index, new_cells))
    return scrubbed_rows, outcome


def _run_rows(rows: Any, columns: Sequence[str], source: str) -> Any:
    from sealflow.scrub import batch

    assert batch._WORKER_SETTINGS is not None
    return _scrub_rows(rows, columns, source, batch._WORKER_SETTINGS)


def scrub_table(
    in_path: Path, columns: Sequence[str], out_path: Path, settings: ScrubSettings
) -> ChunkResult:
    """Scrub ``columns`` of a CSV or Parquet table into ``out_path`` (CSV or Parquet by suffix)."""
    in_path, out_path = Path(in_path), Path(out_path)
    frame = read_table(in_path)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputSchemaError(
            f"{in_path}: column(s) {', '.join(missing)} not found; "
            f"columns are: {', '.join(frame.columns)}"
        )
    if not columns:
        raise InputSchemaError(f"{in_path}: no columns to scrub were named")
    for column in columns:
        if frame.schema[column] not in (pl.String, pl.Null):
            raise InputSchemaError(
                f"{in_path}: column {column} holds {frame.schema[column]}, expected text"
            )
    values = frame.select([pl.col(c).cast(pl.String) for c in columns]).rows()
    rows = [(i, list(v)) for i, v in enumerate(values)]
    total = ChunkResult()
    new_values: dict[int, list[str | None]] = {}
    work = list(chunks(rows, ROWS_PER_CHUNK))
    for scrubbed_rows, outcome in map_chunks(
        _run_rows, work, settings, list(columns), in_path.name, progress="scrub table"
    ):
        total.add(outcome)
        new_values.update(scrubbed_rows)
    ordered = [new_values[i] for i in range(len(rows))]
    replaced = frame.with_columns(
        [pl.Series(c, [r[j] for r in ordered], dtype=pl.String) for j, c in enumerate(columns)]
    )
    write_table(replaced, out_path)
    total.written.append(out_path.name)
    total.findings.sort(key=lambda r: (r["row"], r["column"], r["start"]))
    return total
