"""Writing personal data and count reports: whole or not at all, 0600 files in 0700 folders."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import polars as pl

from sealflow import fsutil


def write_parquet(frame: pl.DataFrame | pl.LazyFrame, path: str | os.PathLike[str]) -> None:
    """Write ``frame`` to ``path`` (0600) in a 0700 folder, via a temporary name and a rename."""
    target = Path(path)
    fsutil.private_dir(target.parent)
    with fsutil.atomic_path(target) as tmp:
        if isinstance(frame, pl.LazyFrame):
            frame.sink_parquet(tmp)
        else:
            frame.write_parquet(tmp)


def write_csv(frame: pl.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write ``frame`` as UTF-8 CSV with a header (0600, 0700 folder), atomically."""
    target = Path(path)
    fsutil.private_dir(target.parent)
    with fsutil.atomic_path(target) as tmp:
        frame.write_csv(tmp)


def write_report(counts: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a counts-only JSON report. Callers pass counts and settings, never values."""
    fsutil.write_json(path, counts)
