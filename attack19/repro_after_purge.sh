#!/bin/bash
# M1/M2: after the retention purge, the kept keys let sealflow itself re-derive the subject
# reference in the erasure record from a pseudonymous ID; subject access still runs and
# writes into the purged workspace; the workflow fails with Snakemake's MissingInputException.
set -u
cd "$(dirname "$0")/.." && . attack19/common.sh
D=${1:-/tmp/attack19/r-purge}
[ -d "$D/work" ] || make_study "$D"
PID=$(sed -n 2p "$D/work/interviews.csv" | cut -d, -f2)
mkdir -p "$D/work/requests" /tmp/attack19/r-purge-req "$D.out"
echo "$PID" >"$D/work/requests/p.id"
sealflow erase --id-file "$D/work/requests/p.id" -c "$D/config.yaml" | grep '"subject_reference"'
printf 'retention:\n  personal_data_delete_on: {after_event: final_report_delivered, months: 24}\n' >>"$D/config.yaml"
sealflow event record final_report_delivered --date 2024-06-30 -c "$D/config.yaml"
sealflow retention purge --yes -c "$D/config.yaml"
echo "left in work/:"; find "$D/work" -type f
ls "$D"/results/governance/erasure_*.json
# the provider, who keeps its roster, asks again; the same reference comes back
echo "$PID" >/tmp/attack19/r-purge-req/p.id
sealflow subject-access export --id-file /tmp/attack19/r-purge-req/p.id --out "$D.out" -c "$D/config.yaml" \
  | grep -E '"subject_reference"|"rows_per_table"'
echo "written into work/ after the purge:"; find "$D/work/subject_access" -type f
rerun "$D"; grep -A3 MissingInputException "$D.run.log" | tail -4
