# ruff: noqa  (a reproduction script: long literal XML and quick checks)
"""The provider as intruder: count, for every released row, the extract rows it can be.

Usage: python intruder_match.py STUDY_DIR
Reads the deposit table the evaluator would release (work/anonymise/anonymised.parquet) and
the provider's own extract (parties/provider/outbox/admin_extract.csv), maps each extract
value through the config's hierarchies as the released row shows it, and counts matches
("*" matches anything). Prints counts only.
"""

import sys
from pathlib import Path

import pandas as pd
import yaml

study = Path(sys.argv[1])
cfg = yaml.safe_load((study / "config.yaml").read_text())
rel = pd.read_parquet(study / "work/anonymise/anonymised.parquet")
ext = pd.read_csv(study / "parties/provider/outbox/admin_extract.csv", dtype=str)
held = [c for c in ext.columns if c in rel.columns]
print("released columns the provider holds:", held)


def bands_of(v, edges):
    v = int(v)
    for lo, hi in zip(edges, edges[1:]):
        if lo <= v < hi:
            return f"{lo}-{hi - 1}"
    return f"{edges[-1]}+"


def candidates(col, value):
    """Every label a raw extract value may be released as (any hierarchy level)."""
    out = {value}
    qi = cfg["sdc"]["quasi_identifiers"].get(col)
    cur = value
    if qi:
        for lvl in qi.get("levels", []):
            if "map" in lvl:
                cur = lvl["map"].get(cur, lvl.get("other", cur))
            elif "bands" in lvl:
                cur = bands_of(value, lvl["bands"])
            elif "top_code" in lvl:
                cur = value if int(value) < lvl["top_code"] else f"{lvl['top_code']}+"
            elif "rare_to_other" in lvl:
                cur = cur  # either kept or Other
                out.add("Other")
            out.add(cur)
    return out


cand = {c: ext[c].map(lambda v, c=c: candidates(c, v)) for c in held}
counts = []
for _, row in rel.iterrows():
    m = pd.Series(True, index=ext.index)
    for c in held:
        v = row[c]
        if v is None or v == "*" or pd.isna(v):
            continue
        m &= cand[c].map(lambda s, v=v: v in s)
    counts.append(int(m.sum()))
counts = pd.Series(counts)
print("released rows:", len(rel))
print("smallest extract match count:", counts.min())
print(
    "rows matching fewer than k=%d extract rows:" % cfg["sdc"]["k"],
    int((counts < cfg["sdc"]["k"]).sum()),
)
print("distribution of the 10 smallest:", sorted(counts)[:10])
