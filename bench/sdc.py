"""Anonymise 1,000,000 generated rows with 6 quasi-identifiers; compare with pandas.

sealflow: `anonymise_table` end to end (hierarchies, lattice search to the optimum,
generalisation, local suppression, archive IDs, risk measures), timed from an in-memory
polars table (generation excluded).

Baseline, measured in the same run: a straightforward pandas implementation of the same
k-anonymity check (generalise each quasi-identifier with Series.map, then
DataFrame.groupby(quasi_identifiers).size(), then count the records in classes below k)
run on the lattice nodes sealflow's search evaluated. With more than --pandas-nodes of
them, a fixed-seed sample is timed and the time is scaled to all of them (said in the
output). The ratio is pandas time / sealflow time: higher is faster, and sealflow's time
includes work the baseline does not do.

Also recorded: info_loss_vs_global_recoding, the non-uniform entropy of the release
sealflow chose (generalisation with local cell suppression) over that of the lattice's
global-recoding optimum with record suppression, same table and k (below 1: less lost);
and population_risk_seconds_1m, the time to match every released row against a provider
extract of the same size on all key variables (blanks as wildcards, at the share of
blanked cells this release has), scaled to a million rows.

The provider-shaped run (issue 15): the demo generator's staff file at --rows people is
both the linked table and the provider's extract (the population, the same size), and the
shipped default `sdc` section anonymises it: ten key variables (the eight configured
quasi-identifiers, programme group and the provider-held sensitive turnover status, which
the provider's provenance makes a key variable), l = 2, local suppression. Its whole
`anonymise_table` time is anonymise_seconds_1m, its population check
(population_risk_seconds_1m) included; its own info-loss ratio against global recoding is
provider_info_loss_vs_global_recoding. The load average of the machine is recorded beside
the figures (the development machine's 2 cores are shared).

Usage: .venv/bin/python bench/sdc.py [--rows 1000000] [--pandas-nodes 40]
Writes bench/results/sdc.json with keys seconds_1m_rows, vs_pandas,
info_loss_vs_global_recoding, population_risk_seconds_1m, anonymise_seconds_1m, its
process CPU time anonymise_cpu_seconds_1m (both cores' threads; the figure less affected by
other load) and load_average.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl
import yaml
from tqdm import tqdm

from sealflow.demo.admin import generate_staff
from sealflow.demo.vocab import vocabulary
from sealflow.sdc.anonymise import anonymise_table
from sealflow.sdc.hierarchy import build_hierarchies
from sealflow.sdc.lattice import LatticeSearch, Models
from sealflow.sdc.matching import BLANK
from sealflow.sdc.population_risk import population_class_sizes
from sealflow.settings import read_section

RESULTS = Path(__file__).resolve().parent / "results" / "sdc.json"

SDC = {
    "k": 10,
    "l": 1,
    "suppression_limit": 0.02,
    "quasi_identifiers": {
        "gender": {"levels": [{"map": {"Non-binary": "Other", "Prefer not to say": "Other"}}]},
        "age_band": {
            "levels": [
                {
                    "map": {
                        "16-24": "16-34",
                        "25-34": "16-34",
                        "35-44": "35-54",
                        "45-54": "35-54",
                        "55-64": "55+",
                        "65+": "55+",
                    }
                }
            ]
        },
        "tenure_years": {
            "levels": [
                {"bands": [0, 2, 5, 10, 15, 20, 25, 30]},
                {"bands": [0, 5, 10, 20, 30]},
                {"bands": [0, 10, 20]},
            ]
        },
        "sickness_absence_days": {
            "levels": [{"top_code": 30}, {"bands": [0, 1, 5, 10, 20, 30]}, {"bands": [0, 5, 30]}]
        },
        "rank_band": {
            "levels": [
                {"map": {"OR5-7": "OR5-9", "OR8-9": "OR5-9", "OF4-5": "OF4+", "OF6+": "OF4+"}},
                {
                    "map": {
                        "OR1-4": "Other ranks",
                        "OR5-9": "Other ranks",
                        "OF1-3": "Officers",
                        "OF4+": "Officers",
                    }
                },
            ]
        },
        "service_branch": {
            "levels": [
                {"map": {"Royal Marines": "Royal Navy"}},
                {
                    "map": {
                        "Army": "Armed Forces",
                        "Royal Navy": "Armed Forces",
                        "Royal Air Force": "Armed Forces",
                    }
                },
            ]
        },
    },
}


def generate(rows: int, seed: int = 7) -> pl.DataFrame:
    """Skewed synthetic records with the DATA.md columns the bench needs."""
    rng = np.random.default_rng(seed)

    def pick(values: list[str], shares: list[float]) -> np.ndarray:
        p = np.asarray(shares, dtype=float)
        return rng.choice(np.asarray(values, dtype=object), size=rows, p=p / p.sum())

    return pl.DataFrame(
        {
            "pseudonymous_id": [f"PSN-{i:010d}" for i in range(rows)],
            "gender": pick(["Male", "Female", "Non-binary", "Prefer not to say"], [70, 27, 1, 2]),
            "age_band": pick(
                ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"], [25, 33, 22, 13, 6, 1]
            ),
            "tenure_years": np.minimum(rng.gamma(2.0, 5.0, rows).astype(int), 45),
            "sickness_absence_days": np.minimum(rng.negative_binomial(0.8, 0.08, rows), 365),
            "rank_band": pick(
                ["OR1-4", "OR5-7", "OR8-9", "OF1-3", "OF4-5", "OF6+", "Civilian"],
                [45, 20, 5, 12, 4, 0.5, 13],
            ),
            "service_branch": pick(
                ["Army", "Royal Navy", "Royal Air Force", "Royal Marines", "Civil Service"],
                [45, 20, 20, 5, 10],
            ),
            "wb_1": rng.integers(1, 6, rows),
            "turnover_status": pick(["In service", "Left", "Transferred"], [80, 15, 5]),
        }
    )


def pandas_k_check(frame: pd.DataFrame, label_maps: list[tuple[str, list[dict]]], node, k: int):
    """The straightforward pandas check of one node: records in classes smaller than k."""
    generalised = pd.DataFrame(
        {
            column: frame[column].map(maps[level])
            for (column, maps), level in zip(label_maps, node, strict=True)
        }
    )
    sizes = generalised.groupby(list(generalised.columns), observed=True).size()
    return int(sizes[sizes < k].sum())


def time_population_risk(frame: pl.DataFrame, report: dict) -> float:
    """Seconds to match the release's key codes against a population of the same rows."""
    table = frame.drop("pseudonymous_id")
    hierarchies = build_hierarchies(table, SDC["quasi_identifiers"], population=table)
    levels = report["information_loss"]["generalisation"]
    node = [levels[h.column]["level"] for h in hierarchies]
    released = np.column_stack([h.level_codes(lv) for h, lv in zip(hierarchies, node, strict=True)])
    population = np.column_stack(
        [h.population_level_codes(lv) for h, lv in zip(hierarchies, node, strict=True)]
    )
    cards = [len(h.labels[lv]) for h, lv in zip(hierarchies, node, strict=True)]
    share = report["information_loss"]["blanked_cells"] / max(released.size, 1)
    rng = np.random.default_rng(11)
    released = np.where(rng.random(released.shape) < share, BLANK, released).astype(np.int32)
    start = time.perf_counter()
    sizes = population_class_sizes(released, population, cards, [True] * len(cards))
    seconds = time.perf_counter() - start
    assert len(sizes) == len(released)
    return seconds


def provider_run(rows: int) -> tuple[float, dict]:
    """Seconds of anonymise_table on the demo's staff file as sample and population."""
    rng = np.random.default_rng(3)
    ids = [f"PSN-{i:010d}" for i in range(rows)]
    population = generate_staff(rng, vocabulary(), ids).admin
    linked = population.with_columns(**{f"wb_{i}": rng.integers(1, 6, rows) for i in range(1, 4)})
    defaults = resources.files("sealflow") / "defaults" / "config.yaml"
    sdc = yaml.safe_load(defaults.read_text(encoding="utf-8"))["sdc"]
    start, cpu = time.perf_counter(), time.process_time()
    result = anonymise_table(linked, read_section("sdc", sdc, "."), population=population)
    seconds = time.perf_counter() - start
    result.report["bench_cpu_seconds"] = time.process_time() - cpu
    return seconds, result.report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--pandas-nodes", type=int, default=40)
    args = parser.parse_args()

    frame = generate(args.rows)
    start = time.perf_counter()
    result = anonymise_table(frame, read_section("sdc", SDC, "."))
    sealflow_seconds = time.perf_counter() - start
    report = result.report
    search_stats = report["search"]
    print(
        f"sealflow: {args.rows:,} rows, 6 quasi-identifiers: {sealflow_seconds:.2f} s "
        f"(k={report['achieved']['k']}, "
        f"suppressed={report['information_loss']['suppressed_records']}, nodes evaluated "
        f"{search_stats['nodes_evaluated']} of {search_stats['nodes_total']})"
    )

    info_ratio = report["information_loss"]["info_loss_vs_global_recoding"]
    population_seconds = time_population_risk(frame, report)
    print(
        f"info loss vs global recoding: {info_ratio}; population risk: {population_seconds:.2f} s"
    )

    load_before = os.getloadavg()[0]
    provider_seconds, provider = provider_run(args.rows)
    load_after = os.getloadavg()[0]
    provider_ratio = provider["information_loss"]["info_loss_vs_global_recoding"]
    print(
        f"sealflow, provider-shaped: {args.rows:,} rows, "
        f"{len(provider['information_loss']['generalisation'])} key variables, population "
        f"of {args.rows:,}: {provider_seconds:.2f} s, CPU {provider['bench_cpu_seconds']:.2f} s "
        f"(load average {load_before:.1f} before, "
        f"{load_after:.1f} after; k={provider['achieved']['k']}, "
        f"smallest population class "
        f"{provider['disclosure_risk']['population']['smallest_population_class']}, "
        f"method: {provider['information_loss']['method']})"
    )
    if provider_ratio is not None:
        print(f"provider_info_loss_vs_global_recoding: {provider_ratio:.3f}")

    # The nodes the search evaluated (same search, replayed without timing).
    quasi = list(SDC["quasi_identifiers"])
    hierarchies = build_hierarchies(frame.drop("pseudonymous_id"), SDC["quasi_identifiers"])
    search = LatticeSearch(hierarchies, {}, Models(k=10, suppression_limit=0.02))
    search.search()
    nodes = sorted(search.results)
    label_maps = []
    for h in hierarchies:
        raw = h.labels[0]
        maps = []
        for level in range(h.height + 1):
            table = {raw[i]: h.labels[level][h.lookup[level][i]] for i in range(len(raw))}
            maps.append(table)
        label_maps.append((h.column, maps))
    pandas_frame = frame.select(quasi).to_pandas()
    for column in quasi:  # the raw labels, as sealflow sees them (numbers as text)
        pandas_frame[column] = pandas_frame[column].astype(str)
    timed = (
        nodes
        if len(nodes) <= args.pandas_nodes
        else random.Random(0).sample(nodes, args.pandas_nodes)
    )
    start = time.perf_counter()
    for node in tqdm(timed, desc="pandas baseline", unit="node"):
        needed = pandas_k_check(pandas_frame, label_maps, node, 10)
        assert needed == search.results[node].records_to_suppress, node
    pandas_seconds = (time.perf_counter() - start) * len(nodes) / len(timed)
    scaled = "" if len(timed) == len(nodes) else f" (timed {len(timed)}, scaled to {len(nodes)})"
    ratio = pandas_seconds / sealflow_seconds
    print(f"pandas baseline: {len(nodes)} node checks: {pandas_seconds:.2f} s{scaled}")
    print(f"sdc: {ratio:.1f}")
    if info_ratio is not None:
        print(f"info_loss_vs_global_recoding: {info_ratio:.3f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "seconds_1m_rows": round(sealflow_seconds * 1_000_000 / args.rows, 3),
                "vs_pandas": round(ratio, 2),
                "rows": args.rows,
                "nodes_evaluated": len(nodes),
                "pandas_nodes_timed": len(timed),
                "pandas_seconds": round(pandas_seconds, 3),
                "info_loss_vs_global_recoding": info_ratio,
                "non_uniform_entropy": report["information_loss"]["non_uniform_entropy"],
                "global_recoding_non_uniform_entropy": report["information_loss"][
                    "global_recoding_non_uniform_entropy"
                ],
                "population_risk_seconds_1m": round(population_seconds * 1_000_000 / args.rows, 3),
                "anonymise_seconds_1m": round(provider_seconds * 1_000_000 / args.rows, 3),
                "anonymise_cpu_seconds_1m": round(
                    provider["bench_cpu_seconds"] * 1_000_000 / args.rows, 3
                ),
                "anonymise_rows": args.rows,
                "anonymise_key_variables": len(provider["information_loss"]["generalisation"]),
                "provider_info_loss_vs_global_recoding": provider_ratio,
                "load_average": [round(load_before, 2), round(load_after, 2)],
            },
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
