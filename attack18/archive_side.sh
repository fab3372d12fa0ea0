#!/bin/sh
# attack18: the archive's side of a deposit, by the docs' age+minisign route: check the
# signature, the hashes, decrypt, untar, validate the BagIt bag, then grep every file of it
# for the study's pseudonymous IDs, survey tokens and the demo's planted identifiers.
# Usage: sh attack18/archive_side.sh STUDY   (a study after `snakemake deposit`)
set -e
Q=$1; A=/tmp/attack18/archive-in; rm -rf $A; mkdir -p $A
BATCH=$(ls -d $Q/dropbox/archive/*-evaluator-deposit-* | tail -1)
EVALUATOR_MINISIGN=$(grep -A6 '^  evaluator:' $Q/parties.yaml | grep minisign_public_key | awk '{print $2}')
minisign -V -q -P "$EVALUATOR_MINISIGN" -m "$BATCH/manifest.json" && echo "signature ok"
for sealed in "$BATCH"/*.age; do
  grep -q "\"$(sha256sum "$sealed" | cut -d' ' -f1)\"" "$BATCH/manifest.json" || exit 1
  age -d -i $Q/parties/archive/keys/archive.age -o "$A/$(basename "$sealed" .age)" "$sealed"
done
ls $A; cd $A && for t in *.tar*; do tar xf $t; done; cd - >/dev/null
BAG=$(find $A -name bagit.txt -exec dirname {} \; | head -1)
/work/main/.venv/bin/python -c "import bagit,sys; b=bagit.Bag(sys.argv[1]); b.validate(); print('bag valid:', len(list(b.payload_files())), 'payload files')" $BAG
/work/main/.venv/bin/python - $Q $BAG <<'PY'
import json, sys, os, re, pandas as pd
Q, BAG = sys.argv[1:]
link = pd.read_parquet(f"{Q}/work/link/linked.parquet")
ids = set(link.pseudonymous_id.astype(str))
tok = set()
for f in os.listdir(f"{Q}/work/ingest"):
    if f.endswith(".parquet"):
        t = pd.read_parquet(f"{Q}/work/ingest/{f}")
        for c in t.columns:
            if "token" in c: tok |= set(t[c].astype(str))
planted = [json.loads(l) for l in open(f"{Q}/truth/planted.jsonl")]
vals = {(d["type"], d["value"]) for d in planted if len(d["value"]) > 3}
for root, _, files in os.walk(BAG):
    for f in files:
        p = os.path.join(root, f)
        try: s = open(p, encoding="utf-8", errors="replace").read()
        except Exception: continue
        n_id = sum(1 for i in ids if i in s); n_tok = sum(1 for t in tok if t in s)
        pl = sorted({v for ty, v in vals if ty not in ("AGE",) and re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", s)})
        psn = len(set(re.findall(r"PSN-[A-Z0-9]{6,}", s)))
        print(f"{os.path.relpath(p, BAG)}: ids {n_id}, tokens {n_tok}, PSN-like {psn}, planted {len(pl)} {pl[:8]}")
PY
