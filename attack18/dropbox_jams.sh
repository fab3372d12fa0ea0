#!/bin/bash
# attack18: jam the drop-box other ways than attack17's F3 (no key needed: write access to
# the drop-box only). Each case crafts one batch, then a later good batch must still arrive.
# Usage: bash attack18/dropbox_jams.sh /tmp/attack18/base
SRC=$1; D=/tmp/attack18/jam
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $D /tmp/attack18/batches && cp -a "$SRC" $D && mkdir -p /tmp/attack18/batches
printf 'pseudonymous_id\nPSN-AAAAAAAAAA\n' > /tmp/attack18/r.csv
MK="python attack18/mkbatch.py $D dropbox/evaluator"
recv() { echo "== $1"; timeout 60 nice sealflow receive --from provider --out $D/work/inbox -c $D/config.yaml > /tmp/attack18/recv.out 2>&1; echo "rc=$?"; tail -3 /tmp/attack18/recv.out | cut -c1-600; }
good() { G=$($MK provider roster.csv=/tmp/attack18/r.csv); recv "  then a good batch $G"; }
B=$($MK provider roster.csv=/tmp/attack18/r.csv); rm $D/dropbox/evaluator/$B/roster.csv.age; mkfifo $D/dropbox/evaluator/$B/roster.csv.age; recv "member is a FIFO"; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); rm $D/dropbox/evaluator/$B/roster.csv.age; mkdir $D/dropbox/evaluator/$B/roster.csv.age; recv "member is a directory"; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); mv $D/dropbox/evaluator/$B/manifest.json /tmp/attack18/m.json; mkfifo $D/dropbox/evaluator/$B/manifest.json; recv "manifest is a FIFO"; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); rm $D/dropbox/evaluator/$B/manifest.json.minisig; recv "signature missing (upload in progress?)"; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); head -c 3000000 /dev/zero | tr '\0' ' ' >> $D/dropbox/evaluator/$B/manifest.json; recv "manifest padded past 1 MiB"; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); truncate -s +1 $D/dropbox/evaluator/$B/roster.csv.age; recv "member one byte longer"; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); chmod 000 $D/dropbox/evaluator/$B; recv "batch folder mode 000 (root ignores it)"; chmod 755 $D/dropbox/evaluator/$B; good
mkdir -p "$D/dropbox/evaluator/../evil"; touch "$D/dropbox/evaluator/stray.txt"; recv "a stray plain file in the drop-box"; good
ls $D/dropbox/evaluator; ls $D/work/exchange/quarantine
