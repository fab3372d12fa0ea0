"""From the linked table to anonymised microdata fit for an archive, and its risk report.

Direct identifiers and the pseudonymous ID are dropped; each row gets a random archive ID
drawn from the operating system's CSPRNG (``secrets``) and the rows are put in the order of
those IDs, so neither the ID nor the row order carries a mapping back (no mapping is kept
anywhere); free text is replaced by the scrub stage's output (or dropped when there is none:
unscrubbed text never leaves); quasi-identifiers are generalised at the lattice node of
least information loss that meets k-anonymity and distinct l-diversity, and the records of
the classes that still fail are suppressed (removed), within the configured limit.
"""

from __future__ import annotations

import base64
import os
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from sealflow import fsutil
from sealflow.errors import ConfigError, DisclosureError, InputSchemaError
from sealflow.sdc.hierarchy import SUPPRESSED, build_hierarchies
from sealflow.sdc.lattice import LatticeSearch, Models, SearchResult
from sealflow.sdc.privacy import k_anonymity, l_diversity
from sealflow.sdc.risk import information_loss, risk_measures
from sealflow.workspace import StudyAudit, audit_record

PSEUDONYMOUS_ID = "pseudonymous_id"
ARCHIVE_ID = "archive_id"


@dataclass(frozen=True)
class AnonymisedTable:
    """The released microdata and the report that goes with it (counts only)."""

    frame: pl.DataFrame
    report: dict[str, Any]


def models_from_config(sdc: Mapping[str, Any]) -> Models:
    """The privacy models of the `sdc` section (schema-validated upstream)."""
    return Models(
        k=int(sdc.get("k", 10)),
        l_diversity=int(sdc.get("l", 1)),
        sensitive=tuple(sdc.get("sensitive", []) or []),
        suppression_limit=float(sdc.get("suppression_limit", 0.0)),
    )


def archive_ids(count: int) -> list[str]:
    """``count`` distinct random IDs (80 bits from ``secrets`` each), e.g. ``ARC-K3...``."""
    while True:
        raw = secrets.token_bytes(10 * count)
        ids = [
            "ARC-" + base64.b32encode(raw[i : i + 10]).decode("ascii")
            for i in range(0, 10 * count, 10)
        ]
        if len(set(ids)) == count:  # a collision at 80 bits is vanishingly rare; redraw
            return ids


def _with_scrubbed_text(
    linked: pl.DataFrame, free_text: Sequence[str], scrubbed: pl.DataFrame | None, source: str
) -> tuple[pl.DataFrame, str]:
    present = [c for c in free_text if c in linked.columns]
    if not present:
        return linked, "no free-text columns in the linked table"
    if scrubbed is None:
        return linked.drop(present), "dropped: no scrubbed table (unscrubbed text never leaves)"
    missing = [c for c in [PSEUDONYMOUS_ID, *present] if c not in scrubbed.columns]
    if missing:
        raise InputSchemaError(
            f"{source}: scrubbed table lacks column(s) {', '.join(missing)}; it must hold "
            f"{PSEUDONYMOUS_ID} and the free-text columns {', '.join(present)}"
        )
    if scrubbed[PSEUDONYMOUS_ID].is_duplicated().any():
        raise InputSchemaError(f"{source}: column {PSEUDONYMOUS_ID} has duplicate values")
    replacement = scrubbed.select(PSEUDONYMOUS_ID, *present)
    # A linked row without a scrubbed counterpart gets null text, never its original.
    joined = linked.drop(present).join(replacement, on=PSEUDONYMOUS_ID, how="left")
    return joined, "replaced by the scrubbed versions"


def _encode_sensitive(frame: pl.DataFrame, sensitive: Sequence[str]) -> dict[str, np.ndarray]:
    return {
        name: frame[name]
        .cast(pl.String)
        .fill_null("NA")
        .cast(pl.Categorical)
        .to_physical()
        .to_numpy()
        for name in sensitive
    }


def _check_columns(linked: pl.DataFrame, sdc: Mapping[str, Any], source: str) -> None:
    if PSEUDONYMOUS_ID not in linked.columns:
        raise InputSchemaError(f"{source}: column {PSEUDONYMOUS_ID} is missing")
    quasi = list((sdc.get("quasi_identifiers") or {}).keys())
    if not quasi:
        raise ConfigError("sdc.quasi_identifiers: name at least one quasi-identifier column")
    if int(sdc.get("l", 1)) > 1 and not sdc.get("sensitive"):
        raise ConfigError("sdc.l: l-diversity needs sdc.sensitive columns (or set l: 1)")
    for name in sdc.get("sensitive", []) or []:
        if name not in linked.columns:
            raise ConfigError(f"sdc.sensitive: column {name!r} is not in {source}")
        if name in quasi:
            raise ConfigError(f"sdc.sensitive: {name!r} is also a quasi-identifier; pick one role")
    if linked.height == 0:
        raise InputSchemaError(f"{source}: the linked table has no rows")


def anonymise_table(
    linked: pl.DataFrame,
    sdc: Mapping[str, Any],
    scrubbed: pl.DataFrame | None = None,
    source: str = "linked table",
) -> AnonymisedTable:
    """Anonymise ``linked`` under the `sdc` config; raises DisclosureError when impossible."""
    _check_columns(linked, sdc, source)
    models = models_from_config(sdc)
    quasi_specs: Mapping[str, Any] = sdc["quasi_identifiers"]
    quasi = list(quasi_specs)
    frame, free_text_note = _with_scrubbed_text(
        linked, sdc.get("free_text", []) or [], scrubbed, source
    )
    dropped = [
        c for c in [PSEUDONYMOUS_ID, *(sdc.get("drop_columns", []) or [])] if c in frame.columns
    ]
    frame = frame.drop(dropped)

    hierarchies = build_hierarchies(frame, quasi_specs)
    search = LatticeSearch(hierarchies, _encode_sensitive(frame, models.sensitive), models)
    result = search.search()
    node = result.best.levels

    generalised = frame.with_columns(
        [h.level_labels(level) for h, level in zip(hierarchies, node, strict=True)]
    )
    class_stats = [pl.len().over(quasi).alias("__size")] + [
        pl.col(c).n_unique().over(quasi).alias(f"__l_{c}") for c in models.sensitive
    ]
    keep = pl.col("__size") >= models.k
    for c in models.sensitive:
        keep = keep & (pl.col(f"__l_{c}") >= models.l_diversity)
    released = generalised.with_columns(class_stats).filter(keep)
    released = released.drop([c for c in released.columns if c.startswith("__")])
    released = released.with_columns(pl.Series(ARCHIVE_ID, archive_ids(released.height)))
    released = released.sort(ARCHIVE_ID).select(ARCHIVE_ID, pl.exclude(ARCHIVE_ID))

    suppressed = frame.height - released.height
    starred = sum(
        released.height
        for h, lvl in zip(hierarchies, node, strict=True)
        if h.labels[lvl] == (SUPPRESSED,)
    )
    report = _report(
        released, models, quasi, search, result, sdc, suppressed, starred, frame.height
    )
    report["free_text"] = free_text_note
    report["dropped_columns"] = dropped
    achieved = report["achieved"]
    # Belt and braces: the table is measured again as it leaves and never released short.
    if achieved["k"] < models.k or (models.sensitive and achieved["l"] < models.l_diversity):
        raise DisclosureError(
            f"the anonymised table measures k={achieved['k']}, l={achieved['l']} against "
            f"k={models.k}, l={models.l_diversity}; nothing was written (please report this)"
        )
    return AnonymisedTable(frame=released, report=report)


def _report(
    released: pl.DataFrame,
    models: Models,
    quasi: list[str],
    search: LatticeSearch,
    result: SearchResult,
    sdc: Mapping[str, Any],
    suppressed: int,
    starred_cells: int,
    input_records: int,
) -> dict[str, Any]:
    node = result.best.levels
    levels = {
        h.column: {"level": lvl, "height": h.height, "name": h.level_names[lvl]}
        for h, lvl in zip(search.hierarchies, node, strict=True)
    }
    return {
        "models": {
            "k": models.k,
            "l": models.l_diversity,
            "sensitive": list(models.sensitive),
            "suppression_limit": models.suppression_limit,
        },
        "achieved": {
            "k": k_anonymity(released, quasi),
            "l": l_diversity(released, quasi, models.sensitive) if models.sensitive else None,
        },
        "quasi_identifiers": quasi,
        "input_records": input_records,
        "released_records": released.height,
        "search": {
            "nodes_total": result.nodes_total,
            "nodes_evaluated": result.nodes_evaluated,
            "nodes_tagged_failing": result.nodes_tagged_failing,
            "nodes_tagged_satisfying": result.nodes_tagged_satisfying,
        },
        "risk": risk_measures(released, quasi, float(sdc.get("risk_threshold", 1.0 / models.k))),
        "information_loss": information_loss(
            levels,
            result.best.loss,
            suppressed,
            input_records,
            suppressed * len(quasi) + starred_cells,
        ),
    }


def anonymise(
    sdc: Mapping[str, Any],
    linked_path: str | os.PathLike[str],
    anonymised_path: str | os.PathLike[str],
    risk_path: str | os.PathLike[str],
    scrubbed_path: str | os.PathLike[str] | None = None,
    audit: StudyAudit | None = None,
) -> dict[str, Any]:
    """Read the linked table, anonymise it, write the Parquet (0600) and the risk JSON.

    Both outputs appear whole or not at all; on refusal neither is written.
    """
    linked = _read_parquet(linked_path)
    scrubbed = None
    if scrubbed_path is not None and Path(scrubbed_path).is_file():
        scrubbed = _read_parquet(scrubbed_path)
    audit_record(audit, "read", linked_path, rows=linked.height)
    if scrubbed is not None and scrubbed_path is not None:
        audit_record(audit, "read", scrubbed_path, rows=scrubbed.height)
    table = anonymise_table(linked, sdc, scrubbed, source=str(linked_path))
    fsutil.private_dir(Path(anonymised_path).parent)
    with fsutil.atomic_path(anonymised_path) as tmp:
        table.frame.write_parquet(tmp)
    fsutil.write_json(risk_path, table.report, mode=0o644)
    audit_record(audit, "write", anonymised_path, rows=table.frame.height)
    return table.report


def _read_parquet(path: str | os.PathLike[str]) -> pl.DataFrame:
    if not Path(path).is_file():
        raise InputSchemaError(f"{path}: file not found (run the stage that makes it first)")
    try:
        return pl.read_parquet(Path(path))
    except (pl.exceptions.ComputeError, OSError) as exc:
        raise InputSchemaError(
            f"{path}: not a readable Parquet file ({type(exc).__name__})"
        ) from None
