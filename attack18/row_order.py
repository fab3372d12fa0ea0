# ruff: noqa
"""attack18: does the deposit's row order (or archive-ID order) follow anything an outsider
holds: the provider's extract order, sorted pseudonymous IDs, the survey's submission times
(the survey platform holds them), or the survey token order? Ground truth from the evaluator's
linked table, matched on the answers (wb_1..7 + free text). Usage: python row_order.py STUDY"""
import sys, pandas as pd
from scipy.stats import spearmanr
Q = sys.argv[1]
dep = pd.read_parquet(f"{Q}/work/anonymise/anonymised.parquet")  # the table the bag's anonymised.csv is written from
lk = pd.read_parquet(f"{Q}/work/link/linked.parquet")
ext = pd.read_csv(f"{Q}/parties/provider/outbox/admin_extract.csv", dtype=str)
key = [f"wb_{i}" for i in range(1, 8)]
def sig(df): return df[key].astype(str).agg(",".join, axis=1) + "|" + df["ft_experience"].fillna("").str[:0]
lk["_s"] = sig(lk); dep["_s"] = sig(dep)
uniq = lk["_s"].value_counts(); ok = dep["_s"].map(uniq) == 1
m = dep[ok].reset_index().merge(lk[["_s", "pseudonymous_id"] + [c for c in lk.columns if c in ("submitted_at", "survey_token")]], on="_s")
print(f"deposit rows matched one-to-one to a person (evaluator's check): {len(m)} of {len(dep)}")
pos_ext = {p: i for i, p in enumerate(ext.pseudonymous_id)}
m["ext_pos"] = m.pseudonymous_id.map(pos_ext); m["psn_rank"] = m.pseudonymous_id.rank()
m["arc_rank"] = m.archive_id.rank()
for col in ["ext_pos", "psn_rank"] + [c for c in ("submitted_at", "survey_token") if c in m]:
    for against in ["index", "arc_rank"]:
        r, p = spearmanr(m[against], m[col].rank() if col in ("submitted_at", "survey_token") else m[col])
        print(f"deposit {against:8s} vs {col:12s}: Spearman {r:+.3f} (p={p:.2g})")
