"""From the linked table to anonymised microdata fit for an archive, and its risk report.

Direct identifiers and the pseudonymous ID are dropped; each row gets a random archive ID
drawn from the operating system's CSPRNG (``secrets``) and the rows are put in the order of
those IDs, so neither the ID nor the row order carries a mapping back (no mapping is kept
anywhere); free text is replaced by the scrub stage's output (or dropped when there is none:
unscrubbed text never leaves). The key variables are the configured quasi-identifiers plus
every released column the provider (or another colluding party) already holds, known from
the extract it sent (provenance.py); with the survey platform among the colluders, its
answers are key variables too and its free text is withheld (the platform holds it as
written, and no generalisation coarsens a sentence). They are generalised at the lattice
node of least loss that meets k-anonymity and l-diversity (distinct or entropy) and
t-closeness, and the records that still block are fixed by blanking single values where that
loses less information than removing them (treatment.py). What leaves is measured again:
every row must match at least k records of the sample and k staff of the provider's extract
(population_risk.py), or nothing is written. The same measures of the table as it came in
(every key variable raw, nothing blanked or removed) are recorded as ``risk_before``, so the
report shows what the treatment brought down.
"""

from __future__ import annotations

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
from sealflow.sdc.diversity import L_MODELS, overall_distribution
from sealflow.sdc.entropy_loss import column_losses
from sealflow.sdc.free_text_leakage import generalise_free_text
from sealflow.sdc.hierarchy import SUPPRESSED, Hierarchy, build_hierarchies
from sealflow.sdc.lattice import LatticeSearch, Models, SearchResult, precision_loss
from sealflow.sdc.matching import BLANK, RowMeasures, SensitiveColumn, measure_rows
from sealflow.sdc.population_risk import population_class_sizes, population_report
from sealflow.sdc.provenance import (
    Provenance,
    held_free_text,
    key_variables,
    provenance_of_link,
    with_parties,
)
from sealflow.sdc.risk import information_loss, risk_from_record_sizes
from sealflow.sdc.treatment import Treatment, TreatmentSearch
from sealflow.sdc.utility import utility_summary
from sealflow.settings import SdcSection
from sealflow.workspace import StudyAudit, audit_record

PSEUDONYMOUS_ID = "pseudonymous_id"
ARCHIVE_ID = "archive_id"


@dataclass(frozen=True)
class AnonymisedTable:
    """The released microdata and the report that goes with it (counts only)."""

    frame: pl.DataFrame
    report: dict[str, Any]


def models_from_config(sdc: SdcSection) -> Models:
    """The privacy models of the `sdc` section (schema-validated upstream)."""
    l_model = sdc.l_diversity_model
    if l_model not in L_MODELS:
        raise ConfigError(f"sdc.l_diversity_model: {l_model!r}; use one of {', '.join(L_MODELS)}")
    t_max = sdc.t_closeness
    return Models(
        k=int(sdc.k),
        l_diversity=int(sdc.l),
        sensitive=tuple(sdc.sensitive),
        suppression_limit=float(sdc.suppression_limit),
        l_model=l_model,
        t_closeness=None if t_max is None else float(t_max),
    )


def archive_ids(count: int) -> list[str]:
    """``count`` distinct random IDs (80 bits from ``secrets`` each), e.g. ``ARC-K3...``."""
    while True:
        ids = ["ARC-" + i for i in _base32_rows(secrets.token_bytes(10 * count), count)]
        if len(set(ids)) == count:  # a collision at 80 bits is vanishingly rare; redraw
            return ids


_BASE32 = np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", dtype=np.uint8)


def _base32_rows(raw: bytes, count: int) -> list[str]:
    """RFC 4648 base32 of each 10-byte row of ``raw`` (16 characters, no padding), in numpy:
    the standard library's b32encode is a Python loop (7 s for a million IDs)."""
    bits = np.unpackbits(np.frombuffer(raw, dtype=np.uint8).reshape(count, 10), axis=1)
    digits = bits.reshape(count, 16, 5) @ np.array([16, 8, 4, 2, 1], dtype=np.uint8)
    text = _BASE32[digits].reshape(-1).tobytes().decode("ascii")
    return [text[i : i + 16] for i in range(0, 16 * count, 16)]


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


def _held_text_note(held: dict[str, tuple[str, ...]], note: str, kept: bool) -> str:
    """The report's free-text line once the columns a colluder holds are withheld."""
    parties = sorted({p for holders in held.values() for p in holders})
    withheld = (
        f"withheld {', '.join(held)}: {', '.join(parties)} holds the answers as written "
        "(sdc.colluding_parties), and scrubbed text still matches them"
    )
    return f"{withheld}; the rest {note}" if kept else withheld


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


def _check_columns(linked: pl.DataFrame, sdc: SdcSection, source: str) -> None:
    if PSEUDONYMOUS_ID not in linked.columns:
        raise InputSchemaError(f"{source}: column {PSEUDONYMOUS_ID} is missing")
    quasi = list(sdc.quasi_identifiers)
    if not quasi:
        raise ConfigError("sdc.quasi_identifiers: name at least one quasi-identifier column")
    if sdc.l > 1 and not sdc.sensitive:
        raise ConfigError("sdc.l: l-diversity needs sdc.sensitive columns (or set l: 1)")
    for name in sdc.sensitive:
        if name not in linked.columns:
            raise ConfigError(f"sdc.sensitive: column {name!r} is not in {source}")
        if name in quasi:
            raise ConfigError(f"sdc.sensitive: {name!r} is also a quasi-identifier; pick one role")
    if linked.height == 0:
        raise InputSchemaError(f"{source}: the linked table has no rows")


def anonymise_table(
    linked: pl.DataFrame,
    sdc: SdcSection,
    scrubbed: pl.DataFrame | None = None,
    source: str = "linked table",
    population: pl.DataFrame | None = None,
    provenance: Provenance | None = None,
    recipient: str = "archive",
) -> AnonymisedTable:
    """Anonymise ``linked`` under the `sdc` config; raises DisclosureError when impossible.

    ``population`` is the provider's whole extract (the admin table, pseudonymous IDs and
    all): every column of it that is released is a key variable (see provenance.py), and
    every released row must match at least k of its rows. Without it only the configured
    quasi-identifiers and the sample are used (the library's old behaviour, for tables
    that have no provider).
    """
    _check_columns(linked, sdc, source)
    models = models_from_config(sdc)
    frame, free_text_note = _with_scrubbed_text(linked, sdc.free_text, scrubbed, source)
    dropped = [c for c in [PSEUDONYMOUS_ID, *sdc.drop_columns] if c in frame.columns]
    frame = frame.drop(dropped)
    if provenance is None:
        provenance = provenance_of_link(linked.columns, population)
    held_text = held_free_text(sdc.free_text, frame.columns, provenance, sdc, recipient)
    if held_text:
        frame = frame.drop(list(held_text))
        kept = any(c in frame.columns for c in sdc.free_text)
        free_text_note = _held_text_note(held_text, free_text_note, kept)
    keys = key_variables(frame.columns, provenance, sdc, recipient)
    specs: dict[str, Any] = dict(sdc.quasi_identifiers)
    specs.update({name: {} for name in keys.sensitive_held})  # raw, or withheld
    names = list(specs)
    extract = None if population is None else population.drop(PSEUDONYMOUS_ID, strict=False)
    hierarchies = build_hierarchies(frame, specs, population=extract)
    sensitive_keys = {name: names.index(name) for name in keys.sensitive_held}
    plain = [c for c in models.sensitive if c not in sensitive_keys]
    plain_codes = _encode_sensitive(frame, plain)
    search = LatticeSearch(hierarchies, plain_codes, models, sensitive_keys)
    result = search.search()

    columns = [SensitiveColumn(n, c, overall_distribution(c)) for n, c in plain_codes.items()]
    columns += [
        SensitiveColumn(n, hierarchies[i].codes, overall_distribution(hierarchies[i].codes), i)
        for n, i in sensitive_keys.items()
    ]
    treatments = TreatmentSearch(hierarchies, columns, models)
    if sdc.local_suppression:
        chosen, baseline = treatments.best(
            result.best.levels,
            sdc.max_evaluations,
            keep_released=list(sensitive_keys.values()),
        )
    else:
        baseline = treatments.record_suppression(result.best.levels)
        if baseline is None:
            raise DisclosureError(
                "removing the records that block the best generalisation leaves others "
                "short of l (a provider-held sensitive column); switch on "
                "sdc.local_suppression, raise sdc.suppression_limit or lower sdc.l"
            )
        chosen = baseline
    node = chosen.node
    keep = ~chosen.removed
    released = _released_frame(frame, hierarchies, chosen)

    codes, cards = treatments.codes_at(node)
    current = np.where(chosen.blanks, BLANK, codes)[keep]
    withheld = treatments.withheld(node)
    truth = codes[keep]
    sample = measure_rows(
        current,
        truth,
        current,
        truth,
        cards,
        columns,
        reference_rows=np.flatnonzero(keep),
        withheld=withheld,
    )
    population_sizes = None
    if extract is not None:
        population_sizes = _population_sizes(hierarchies, node, current, cards, extract.height)

    report = _report(released, models, names, search, result, chosen, frame.height)
    achieved = _achieved(sample, models)
    report["achieved"] = {"k": achieved["k"], "l": achieved["l"]}
    report["achieved_diversity"] = achieved.get("diversity")
    report["risk"] = risk_from_record_sizes(
        sample.group_ids, sample.sizes, float(sdc.risk_threshold)
    )
    report["disclosure_risk"] = population_report(sample, population_sizes, models.k)
    report["risk_before"] = _risk_before(
        treatments, hierarchies, columns, extract, models.k, report["risk"]["risk_threshold"]
    )
    report["key_variables"] = keys.report()
    report["information_loss"].update(
        {
            "measure": "non-uniform entropy (ARX), share of the key variables' information",
            "non_uniform_entropy": round(chosen.loss, 6),
            # None: global recoding with record suppression alone found no safe release.
            "global_recoding_non_uniform_entropy": None
            if baseline is None
            else round(baseline.loss, 6),
            "info_loss_vs_global_recoding": None
            if baseline is None
            else (round(chosen.loss / baseline.loss, 6) if baseline.loss > 0 else 1.0),
            "method": chosen.method,
            "nodes_tried_for_local_suppression": treatments.evaluated,
        }
    )
    released_blanks = chosen.blanks[keep]
    report["utility"] = utility_summary(
        hierarchies,
        node,
        released_blanks,
        column_losses(hierarchies, node, chosen.blanks, chosen.removed),
        [c for c in released.columns if c not in specs and c != ARCHIVE_ID],
        keys.public,
    )
    report["free_text"] = free_text_note
    report["free_text_withheld_held_by"] = {c: list(p) for c, p in held_text.items()}
    report["dropped_columns"] = dropped
    _refuse_if_short(report, models, population_sizes)
    # Free text must not say more than the row's released key values ("12 days off sick"
    # beside a withheld sickness column): mentions are generalised to the released level
    # or withheld, and counted.
    released, leakage = generalise_free_text(released, sdc.free_text, linked)
    report["free_text_leakage"] = leakage.as_dict()
    return AnonymisedTable(frame=released, report=report)


def _population_sizes(
    hierarchies: list[Hierarchy],
    node: Sequence[int],
    released: np.ndarray,
    cards: list[int],
    population_rows: int,
) -> np.ndarray:
    """Per released row (codes at ``node``, blanks -1), the staff of the extract it fits."""
    population_codes = np.column_stack(
        [
            h.population_level_codes(lv)
            if h.population_codes is not None
            else np.zeros(population_rows, dtype=np.int32)
            for h, lv in zip(hierarchies, node, strict=True)
        ]
    )
    held = [h.population_codes is not None for h in hierarchies]
    return population_class_sizes(released, population_codes, cards, held)


def _risk_before(
    treatments: TreatmentSearch,
    hierarchies: list[Hierarchy],
    columns: list[SensitiveColumn],
    extract: pl.DataFrame | None,
    k: int,
    threshold: float,
) -> dict[str, Any]:
    """The same measures as after treatment, of the table as it came in (every key variable
    raw, nothing blanked or removed): what the treatment had to bring down (counts only)."""
    raw = tuple(0 for _ in hierarchies)
    codes, cards = treatments.codes_at(raw)
    sample = measure_rows(codes, codes, codes, codes, cards, columns, withheld=[False] * len(raw))
    sizes = None
    if extract is not None:
        sizes = _population_sizes(hierarchies, raw, codes, cards, extract.height)
    before = risk_from_record_sizes(sample.group_ids, sample.sizes, threshold)
    disclosure = population_report(sample, sizes, k)
    before["population"] = disclosure["population"]
    before["sensitive"] = disclosure["sensitive"]
    before["smallest_sample_class"] = disclosure["smallest_sample_class"]
    return before


def _released_frame(
    frame: pl.DataFrame, hierarchies: list[Hierarchy], chosen: Treatment
) -> pl.DataFrame:
    """Labels at the chosen node, blanked cells "*", removed records gone, random order."""
    labels = []
    for j, (h, level) in enumerate(zip(hierarchies, chosen.node, strict=True)):
        series = h.level_labels(level)
        if chosen.blanks[:, j].any():
            series = (
                pl.select(
                    pl.when(pl.Series(chosen.blanks[:, j]))
                    .then(pl.lit(SUPPRESSED))
                    .otherwise(series)
                    .alias(h.column)
                )
            ).to_series()
        labels.append(series.cast(pl.String))
    released = frame.with_columns(labels).filter(pl.Series(~chosen.removed))
    released = released.with_columns(pl.Series(ARCHIVE_ID, archive_ids(released.height)))
    return released.sort(ARCHIVE_ID).select(ARCHIVE_ID, pl.exclude(ARCHIVE_ID))


def _achieved(sample: RowMeasures, models: Models) -> dict[str, Any]:
    """k and distinct l of the released rows (blanks as wildcards), plus the other models."""
    achieved: dict[str, Any] = {
        "k": int(sample.sizes.min()) if len(sample.sizes) else 0,
        "l": None,
    }
    if models.sensitive:
        released = {n for n, f in sample.diversity.items() if f["distinct"].drop_nulls().len()}
        distinct = [
            int(f["distinct"].min())  # type: ignore[arg-type]
            for f in sample.diversity.values()
            if f["distinct"].drop_nulls().len()
        ]
        entropy = [
            float(f["entropy_l"].min())  # type: ignore[arg-type]
            for f in sample.diversity.values()
            if f["entropy_l"].drop_nulls().len()
        ]
        t = [
            float(f["t"].max())  # type: ignore[arg-type]
            for f in sample.diversity.values()
            if f["t"].drop_nulls().len()
        ]
        achieved["l"] = min(distinct) if distinct else None
        achieved["diversity"] = {
            "entropy_l": round(min(entropy), 4) if entropy else None,
            "t_closeness": round(max(t), 4) if t else None,
            # Sensitive columns no released row shows (withheld or blanked everywhere):
            # no value of theirs can be learnt, so l-diversity holds for them vacuously.
            "withheld": sorted(set(models.sensitive) - released),
        }
    return achieved


def _refuse_if_short(
    report: dict[str, Any], models: Models, population_sizes: np.ndarray | None
) -> None:
    """Belt and braces: the table is measured again as it leaves and never released short."""
    achieved = report["achieved"]
    diversity = report.get("achieved_diversity") or {}
    short = achieved["k"] < models.k
    if models.sensitive and models.l_diversity > 1 and achieved["l"] is not None:
        measure = achieved["l"] if models.l_model == "distinct" else diversity["entropy_l"]
        short = short or measure < models.l_diversity - 1e-9
    if models.t_closeness is not None and diversity.get("t_closeness") is not None:
        short = short or diversity["t_closeness"] > models.t_closeness + 1e-9
    if short:
        raise DisclosureError(
            f"the anonymised table measures k={achieved['k']}, l={achieved['l']} against "
            f"k={models.k}, l={models.l_diversity}; nothing was written (please report this)"
        )
    if population_sizes is not None and len(population_sizes) and population_sizes.min() < models.k:
        raise DisclosureError(
            f"{int((population_sizes < models.k).sum())} released rows match fewer than "
            f"k={models.k} people of the provider's extract on the columns it holds; nothing "
            "was written (please report this)"
        )


def _report(
    released: pl.DataFrame,
    models: Models,
    quasi: list[str],
    search: LatticeSearch,
    result: SearchResult,
    chosen: Treatment,
    input_records: int,
) -> dict[str, Any]:
    node = chosen.node
    levels = {
        h.column: {"level": lvl, "height": h.height, "name": h.level_names[lvl]}
        for h, lvl in zip(search.hierarchies, node, strict=True)
    }
    suppressed = int(chosen.removed.sum())
    starred = sum(
        released.height
        for h, lvl in zip(search.hierarchies, node, strict=True)
        if h.labels[lvl] == (SUPPRESSED,)
    )
    return {
        "models": {
            "k": models.k,
            "l": models.l_diversity,
            "l_diversity_model": models.l_model,
            "t_closeness": models.t_closeness,
            "sensitive": list(models.sensitive),
            "suppression_limit": models.suppression_limit,
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
        "information_loss": information_loss(
            levels,
            precision_loss(node, [h.height for h in search.hierarchies]),
            suppressed,
            input_records,
            suppressed * len(quasi) + starred + chosen.cells_blanked,
        )
        | {"blanked_cells": chosen.cells_blanked},
    }


def anonymise(
    sdc: SdcSection,
    linked_path: str | os.PathLike[str],
    anonymised_path: str | os.PathLike[str],
    risk_path: str | os.PathLike[str],
    scrubbed_path: str | os.PathLike[str] | None = None,
    audit: StudyAudit | None = None,
    population_path: str | os.PathLike[str] | None = None,
    roles: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Read the linked table, anonymise it, write the Parquet (0600) and the risk JSON.

    ``population_path`` is the provider's ingested extract (work/ingest/admin.parquet):
    its columns are the ones the provider holds, and its rows the population every
    released row is measured against; the linked table's other columns are the ones the
    survey platform holds. ``roles`` ({party: role} from parties.yaml) finds those two by
    role, not name, and resolves ``sdc.colluding_parties`` (a colluder that is no party or
    role is refused). Both outputs appear whole or not at all; on refusal neither is written.
    """
    if roles is not None:
        sdc = with_parties(sdc, roles)
    linked = _read_parquet(linked_path)
    scrubbed = None
    if scrubbed_path is not None and Path(scrubbed_path).is_file():
        scrubbed = _read_parquet(scrubbed_path)
    population = None if population_path is None else _read_parquet(population_path)
    audit_record(audit, "read", linked_path, rows=linked.height)
    if scrubbed is not None and scrubbed_path is not None:
        audit_record(audit, "read", scrubbed_path, rows=scrubbed.height)
    if population is not None and population_path is not None:
        audit_record(audit, "read", population_path, rows=population.height)
    table = anonymise_table(
        linked,
        sdc,
        scrubbed,
        source=str(linked_path),
        population=population,
        provenance=provenance_of_link(linked.columns, population, roles),
    )
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
