#!/bin/sh
# attack18: ingest a Microsoft Forms .xlsx export with the microsoft_forms preset, scrub the
# survey, and look for the respondent's Name/Email columns and the planted names anywhere
# outside the received file. Usage: sh attack18/msforms_ingest.sh /tmp/attack18/base
SRC=$1; Q=/tmp/attack18/msf
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $Q && cp -a "$SRC" $Q
python attack18/make_msforms.py $Q $Q/work/received/survey/survey_export.xlsx /tmp/attack18/msf_profile.yaml
python - $Q /tmp/attack18/msf_profile.yaml <<'PY'
import sys, yaml
Q, P = sys.argv[1:]
c = yaml.safe_load(open(f"{Q}/config.yaml"))
c["inputs"]["survey_export"] = "work/received/survey/survey_export.xlsx"
c["ingest"]["profiles"] = yaml.safe_load(open(P))
yaml.safe_dump(c, open(f"{Q}/config.yaml", "w"), sort_keys=False)
PY
rm -f $Q/work/received/survey/survey_export.csv
nice sealflow ingest --config $Q/config.yaml 2>&1 | tail -3 | cut -c1-600
nice snakemake scrub --cores 2 --configfile $Q/config.yaml --quiet rules > $Q.log 2>&1; echo "scrub rc=$?"
cat $Q/logs/*/*.log 2>/dev/null | grep -i error | head -3 | cut -c1-500
echo "-- outside the received file, files holding Arbuthnot/Oakenfold/Pennyfeather/900 numbers:"
grep -rlE "Arbuthnot|Oakenfold|Pennyfeather|07700 9001" $Q/work $Q/results $Q/logs 2>/dev/null | grep -v received/survey
python - $Q <<'PY'
import sys, json, glob
Q = sys.argv[1]
for f in glob.glob(f"{Q}/results/ingest/*survey*"):
    d = json.load(open(f)); print(f.split('/')[-1], json.dumps(d.get("input", d))[:600])
PY
