# ruff: noqa
"""attack18: the provider as intruder through the deposit's free text. For each released
row, read what its free-text answers say about a column the provider holds but the row
shows as '*' (service branch words, rank words, sickness days, an age), narrow the row's
match in the provider's extract with it, and count rows left matching fewer than k.
Usage: python freetext_join.py STUDY"""
import re, sys, yaml, pandas as pd
Q = sys.argv[1]
r = pd.read_parquet(f"{Q}/work/anonymise/anonymised.parquet"); e = pd.read_csv(f"{Q}/parties/provider/outbox/admin_extract.csv", dtype=str)
ft = [c for c in r.columns if c.startswith("ft_")]
BR = {"Army": r"\b(army|regiment|battalion|squaddie)\b", "Royal Air Force": r"\b(raf|air force|squadron|aircrew)\b", "Royal Navy": r"\b(navy|ship|hms|naval)\b", "Royal Marines": r"\b(marines?|commando|bootneck)\b", "Civil Service": r"\b(civil serv\w*|civilian)\b"}
RANK = r"\b(private|lance corporal|corporal|sergeant|staff sergeant|warrant officer|lieutenant|captain|major|colonel|able seaman|leading hand|petty officer|flight lieutenant|squadron leader|airman|sapper|gunner|trooper)\b"
def hints(text):
    t = text.lower(); h = {}
    b = [k for k, p in BR.items() if re.search(p, t)]
    if len(b) == 1: h["service_branch"] = b[0]
    m = re.search(r"\b(\d{1,3}) days? (off|sick)", t)
    if m: h["sickness_absence_days"] = m.group(1)
    m = re.search(RANK, t)
    if m: h["rank_word"] = m.group(1)
    return h
def band_ok(val, rel):
    if rel == "*" or pd.isna(rel): return True
    if re.fullmatch(r"\d+-\d+", str(rel)): lo, hi = map(int, str(rel).split("-")); return val.isdigit() and lo <= int(val) <= hi
    if str(rel).endswith("+"): return val.isdigit() and int(val) >= int(str(rel)[:-1])
    return str(val) == str(rel)
held = [c for c in e.columns if c in r.columns]
k = 10; used = 0; below = 0; sizes = []
for _, row in r.iterrows():
    text = " ".join(str(row[c]) for c in ft if isinstance(row[c], str))
    h = hints(text)
    m = e
    for c in held:
        if row[c] != "*": m = m[m[c].map(lambda v, rc=row[c]: band_ok(str(v), rc)).astype(bool)]
    base = len(m)
    for c, v in h.items():
        if c in e.columns and row.get(c, "*") == "*": m = m[m[c] == v]
    if h: used += 1; sizes.append((base, len(m), sorted(h)))
    if len(m) < k: below += 1
print(f"rows with a free-text hint: {used} of {len(r)}; rows matching fewer than k={k} after the hint: {below}")
for s in sorted(sizes, key=lambda x: x[1])[:12]: print("  before", s[0], "after", s[1], s[2])
