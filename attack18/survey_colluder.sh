#!/bin/sh
# attack18: the survey platform holds every answer it collected (and, for a signed-in Microsoft
# Forms or SmartSurvey form, each respondent's Name and Email beside them). The deposit
# releases wb_1..7 and the free text verbatim. With colluding_parties [provider, survey], the
# config says every column a colluder holds is a key variable: check that it is.
# Usage: sh attack18/survey_colluder.sh /tmp/attack18/base
SRC=$1; Q=/tmp/attack18/coll
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $Q && cp -a "$SRC" $Q
sed -i 's/^  colluding_parties: \[provider\]/  colluding_parties: [provider, survey]/' $Q/config.yaml
nice snakemake anonymise --cores 2 --configfile $Q/config.yaml --quiet rules --forcerun anonymise >/dev/null 2>&1; echo "anonymise rc=$?"
python - $Q <<'PY'
import json, sys, pandas as pd
Q = sys.argv[1]
kv = json.load(open(f"{Q}/results/anonymise/risk.json"))["key_variables"]
print("colluding parties:", kv["colluding_parties"]); print("key variables held by colluders:", kv["held_by_recipient_or_colluders"])
d = pd.read_parquet(f"{Q}/work/anonymise/anonymised.parquet"); k = [f"wb_{i}" for i in range(1, 8)]
s = d[k].astype(str).agg(",".join, axis=1)
print(f"{len(d)} released rows; unique on the 7 answers the survey platform holds: {(s.map(s.value_counts()) == 1).sum()}")
print(f"rows with free text (which the platform holds unscrubbed): {d[[c for c in d if c.startswith('ft_')]].notna().any(axis=1).sum()}")
PY
