#!/bin/sh
# Second outcome release after one withdrawal: the provider learns the withdrawn person's
# wellbeing score from the difference of two published means. Synthetic demo data only.
# Usage: sh attack18/differencing.sh /tmp/attack18/demo   (a study made by `make demo` steps)
set -e
SRC=$1; D=/tmp/attack18/rel
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $D && cp -a "$SRC" $D
nice sealflow release-tables --config $D/config.yaml
cp $D/results/outcome/wellbeing_by_programme_branch.csv /tmp/attack18/rel_w1.csv
# the evaluator's view, only to pick one respondent in a published cell (intervention, Army)
ID=$(python -c "
import pandas as pd; l=pd.read_parquet('$D/work/link/linked.parquet')
print(l[(l.programme_group=='intervention')&(l.service_branch=='Army')].pseudonymous_id.iloc[0])")
echo "$ID,2026-12-06" >> $D/work/withdrawals.csv
nice snakemake outcome --cores 2 --configfile $D/config.yaml --quiet rules >/dev/null 2>&1
python - <<PY
import pandas as pd
a=pd.read_csv('/tmp/attack18/rel_w1.csv'); b=pd.read_csv('$D/results/outcome/wellbeing_by_programme_branch.csv')
lo, hi = 7, 35
for (_, r1), (_, r2) in zip(a.iterrows(), b.iterrows()):
    if r1['count'] == r2['count'] + 1:
        h1, h2 = r1.mean_rounded_to / 2, r2.mean_rounded_to / 2
        cl = r1['count'] * (r1.mean_wellbeing_score - h1) - r2['count'] * (r2.mean_wellbeing_score + h2)
        ch = r1['count'] * (r1.mean_wellbeing_score + h1) - r2['count'] * (r2.mean_wellbeing_score - h2)
        print(r1.programme_group, r1.service_branch, 'withdrawn score in [%.2f, %.2f]' % (cl, ch))
        lo, hi = max(lo, cl), min(hi, ch)
print('intersection: withdrawn person wellbeing_score in [%.2f, %.2f] of 7..35' % (lo, hi))
l = pd.read_parquet('$SRC/work/link/linked.parquet')
print('true (evaluator-only check):', int(l[l.pseudonymous_id == '$ID'][[f'wb_{i}' for i in range(1, 8)]].sum(axis=1).iloc[0]))
PY
