#!/bin/bash
# H1: an interviewee whose later survey submission says consent "no" drops out of the
# interview map; subject access then exports none of their transcripts and erasure leaves
# their raw transcript and recording in work/ while its signed record says done.
set -u
cd "$(dirname "$0")/.." && . attack19/common.sh
D=${1:-/tmp/attack19/r-consent}
make_study "$D"
DOC=$(sed -n 2p "$D/work/interviews.csv" | cut -d, -f1)
PID=$(sed -n 2p "$D/work/interviews.csv" | cut -d, -f2)
TOKEN=$(token_of "$D" "$DOC")
# the same person submits again later, now declining consent (latest submission wins)
printf '%s,2026-06-01T10:00:00Z,no,,,,,,,,,,,\r\n' "$TOKEN" >>"$D/work/received/survey/survey_export.csv"
rerun "$D"
echo "map rows for the doc after the rerun: $(grep -c "^$DOC," "$D/work/interviews.csv")"
mkdir -p "$D/work/requests" /tmp/attack19/r-consent-out
echo "$PID" >"$D/work/requests/p.id"
sealflow subject-access export --id-file "$D/work/requests/p.id" --out /tmp/attack19/r-consent-out -c "$D/config.yaml" \
  | grep -E '"transcripts"|"interview_map"'
sealflow erase --id-file "$D/work/requests/p.id" -c "$D/config.yaml" | grep -E '"files_removed"' -A3
echo "left in work/ after erase (plaintext):"
find "$D/work" -name "$DOC*" ! -name '*.age'
