#!/bin/bash
# H2: a subject access export holds the raw transcript (other people's names, e-mail,
# what the interviewee said about colleagues), sealed for the provider (the employer).
set -u
cd "$(dirname "$0")/.." && . attack19/common.sh
D=${1:-/tmp/attack19/r-sar}
[ -d "$D/work" ] || make_study "$D"
DOC=$(sed -n 2p "$D/work/interviews.csv" | cut -d, -f1)
mkdir -p "$D/work/requests" "$D.out"
sed -n 2p "$D/work/interviews.csv" | cut -d, -f2 >"$D/work/requests/p.id"
sealflow subject-access export --id-file "$D/work/requests/p.id" --out "$D.out" -c "$D/config.yaml" | grep -E '"to"|"transcripts"'
ZIP=$(ls "$D"/work/subject_access/*.zip | head -1)
unzip -l "$ZIP" | grep transcripts/
echo "planted identifiers of this transcript present in the export's received/ copy:"
python3 - "$D" "$DOC" "$ZIP" <<'PY'
import json, sys, zipfile
study, doc, zpath = sys.argv[1:]
z = zipfile.ZipFile(zpath)
name = next(n for n in z.namelist() if n.startswith("transcripts/received/"))
text = z.read(name).decode("utf-8", "replace") if not name.endswith(".docx") else ""
kinds = {}
for line in open(f"{study}/truth/planted.jsonl"):
    p = json.loads(line)
    if p["doc_id"] == doc and p["value"] in text:
        kinds[p["type"]] = kinds.get(p["type"], 0) + 1
print(kinds or "(a .docx: open it by hand)")
PY
