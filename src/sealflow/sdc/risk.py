"""Re-identification risk and information loss of a released table, for the report.

Prosecutor risk assumes the attacker knows their target is in the table: a record's risk
is 1 / (size of its equivalence class). The figures are counts and ratios only; no value
of any record is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import polars as pl

from sealflow.sdc.privacy import equivalence_classes

SIZE_BUCKETS = ((1, 1), (2, 2), (3, 4), (5, 9), (10, 19), (20, 49), (50, 99), (100, None))


def class_size_distribution(sizes: pl.Series) -> list[dict[str, Any]]:
    """Classes and records per class-size bucket (1, 2, 3-4, 5-9, 10-19, 20-49, 50-99, 100+)."""
    rows = []
    for low, high in SIZE_BUCKETS:
        mask = sizes >= low if high is None else (sizes >= low) & (sizes <= high)
        chosen = sizes.filter(mask)
        label = f"{low}+" if high is None else (str(low) if low == high else f"{low}-{high}")
        rows.append({"size": label, "classes": chosen.len(), "records": int(chosen.sum())})
    return rows


def risk_measures(
    frame: pl.DataFrame, quasi_identifiers: Sequence[str], threshold: float
) -> dict[str, Any]:
    """Class sizes, sample uniques and prosecutor risk (highest, average, above threshold)."""
    n_records = frame.height
    if n_records == 0:
        return {
            "records": 0,
            "equivalence_classes": 0,
            "class_size_distribution": class_size_distribution(pl.Series([], dtype=pl.UInt32)),
            "sample_uniques": 0,
            "prosecutor_risk_highest": 0.0,
            "prosecutor_risk_average": 0.0,
            "risk_threshold": threshold,
            "records_above_threshold": 0,
        }
    sizes = equivalence_classes(frame, quasi_identifiers)["size"]
    at_risk = sizes.filter(1.0 / sizes.cast(pl.Float64) > threshold)
    return {
        "records": n_records,
        "equivalence_classes": sizes.len(),
        "class_size_distribution": class_size_distribution(sizes),
        "sample_uniques": int((sizes == 1).sum()),
        "prosecutor_risk_highest": 1.0 / int(sizes.min()),  # type: ignore[arg-type]
        # Each class contributes size * (1/size) = 1, so the mean risk is classes / records.
        "prosecutor_risk_average": sizes.len() / n_records,
        "risk_threshold": threshold,
        "records_above_threshold": int(at_risk.sum()),
    }


def risk_from_record_sizes(
    group_ids: np.ndarray, sizes: np.ndarray, threshold: float
) -> dict[str, Any]:
    """The same measures as risk_measures, from each record's class size and class id.

    With blanked cells a record's class is every record matching it (blanks as wildcards),
    so classes can overlap; ``group_ids`` names the records that look alike (same values,
    same blanks), which is what the class-size distribution counts.
    """
    if len(sizes) == 0:
        return risk_measures(pl.DataFrame(), [], threshold)
    frame = pl.DataFrame({"group": group_ids, "size": sizes})
    classes = frame.group_by("group").agg(pl.col("size").first(), pl.len().alias("records"))
    rows = []
    for low, high in SIZE_BUCKETS:
        size = pl.col("size")
        mask = size >= low if high is None else (size >= low) & (size <= high)
        chosen = classes.filter(mask)
        label = f"{low}+" if high is None else (str(low) if low == high else f"{low}-{high}")
        rows.append(
            {"size": label, "classes": chosen.height, "records": int(chosen["records"].sum())}
        )
    risk = 1.0 / sizes.astype(np.float64)
    return {
        "records": len(sizes),
        "equivalence_classes": classes.height,
        "class_size_distribution": rows,
        "sample_uniques": int((sizes == 1).sum()),
        "prosecutor_risk_highest": float(risk.max()),
        "prosecutor_risk_average": float(risk.mean()),
        "risk_threshold": threshold,
        "records_above_threshold": int((risk > threshold).sum()),
    }


def information_loss(
    levels: dict[str, dict[str, Any]],
    precision: float,
    suppressed_records: int,
    input_records: int,
    withheld_cells: int,
) -> dict[str, Any]:
    """Generalisation heights per quasi-identifier, precision loss and suppression counts."""
    return {
        "generalisation": levels,
        "precision_loss": precision,
        "suppressed_records": suppressed_records,
        "suppressed_records_fraction": suppressed_records / input_records if input_records else 0.0,
        "suppressed_cells": withheld_cells,
    }
