"""What a release still supports, per column: the report's utility section.

A table can meet k with most of its key variables withheld for everyone; the gates would
be green and the deposit useless for the study's questions. This summary says, per
released column, whether it is raw, coarsened (to which level, how many categories) or
withheld, the share of its values blanked by local suppression, the share of its
information lost (non-uniform entropy), and in plain words which analyses remain, with a
warning when a column is withheld for every record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from sealflow.sdc.hierarchy import Hierarchy


def _analyses(status: str, categories: int, level_name: str, blanked: float) -> str:
    if status == "withheld":
        return "none by this column: it is withheld for every record"
    if status == "raw":
        text = "tabulations and models at full detail"
    else:
        text = f"tabulations and models by its {categories} {level_name} categories"
    if blanked > 0:
        text += (
            f"; {blanked:.1%} of its values are blanked, so analyses by it treat those "
            "records as missing"
        )
    return text


def utility_summary(
    hierarchies: Sequence[Hierarchy],
    node: Sequence[int],
    released_blanks: np.ndarray,
    losses: Mapping[str, float],
    other_columns: Sequence[str],
    public: Mapping[str, str],
) -> dict[str, Any]:
    """Per column: status, level, share blanked, information lost, warning, analyses."""
    columns: dict[str, Any] = {}
    warnings: list[str] = []
    rows = released_blanks.shape[0]
    for j, (h, level) in enumerate(zip(hierarchies, node, strict=True)):
        blanked = float(released_blanks[:, j].mean()) if rows else 0.0
        if h.withheld_at(level) or (rows and blanked == 1.0):
            status = "withheld"
        elif level == 0:
            status = "raw"
        else:
            status = "coarsened"
        categories = len(h.labels[level])
        entry: dict[str, Any] = {
            "status": status,
            "level": h.level_names[level],
            "categories": categories,
            "share_blanked": round(blanked, 4),
            "information_lost": round(float(losses.get(h.column, 0.0)), 4),
            "analyses": _analyses(status, categories, h.level_names[level], blanked),
        }
        if status == "withheld":
            warning = f"{h.column} is withheld for every record"
            entry["warning"] = warning
            warnings.append(warning)
        columns[h.column] = entry
    for column in other_columns:
        columns[column] = {
            "status": "raw",
            "level": "raw",
            "share_blanked": 0.0,
            "information_lost": 0.0,
            "analyses": "tabulations and models at full detail (not a key variable)"
            if column not in public
            else f"tabulations and models at full detail (public: {public[column]})",
        }
    return {"columns": columns, "warnings": warnings}
