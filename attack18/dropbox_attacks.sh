#!/bin/bash
# Hostile drop-box: crafted batches placed in the evaluator's local drop-box, each received
# with `sealflow receive --from provider`. Prints each verdict. Synthetic data only.
# Usage: bash attack18/dropbox_attacks.sh /tmp/attack18/demo
SRC=$1; D=/tmp/attack18/db
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $D /tmp/attack18/batches && cp -a "$SRC" $D && mkdir -p /tmp/attack18/batches
printf 'pseudonymous_id\nPSN-AAAAAAAAAA\n' > /tmp/attack18/r.csv
MK="python attack18/mkbatch.py $D dropbox/evaluator"
recv() { echo "== $1"; nice sealflow receive --from provider --out $D/work/inbox -c $D/config.yaml > /tmp/attack18/recv.out 2>&1; echo "rc=$?"; tail -3 /tmp/attack18/recv.out; ls $D/work/inbox 2>/dev/null | tr '\n' ' '; echo; ls $D/work/exchange/quarantine 2>/dev/null | tail -1; }
B1=$($MK provider roster.csv=/tmp/attack18/r.csv); recv "benign $B1"
cp -a $D/work/exchange/received/provider/$B1 $D/dropbox/evaluator/; recv "replay of $B1 from our own received copy"
$MK provider roster.csv=/tmp/attack18/r.csv --extra unlisted.csv=/tmp/attack18/r.csv >/dev/null; recv "unlisted extra member"
$MK vendor roster.csv=/tmp/attack18/r.csv --sender provider >/dev/null; recv "signed by vendor, names provider"
B=$($MK provider roster.csv=/tmp/attack18/r.csv); mv $D/dropbox/evaluator/$B/roster.csv.age /tmp/attack18/elsewhere.age; ln -s /tmp/attack18/elsewhere.age $D/dropbox/evaluator/$B/roster.csv.age; recv "member is a symlink to a file with the right bytes"
B=$($MK provider roster.csv=/tmp/attack18/r.csv); mv $D/dropbox/evaluator/$B /tmp/attack18/batches/moved-$B; ln -s /tmp/attack18/batches/moved-$B $D/dropbox/evaluator/$B; recv "batch folder is a symlink"
: > /tmp/attack18/empty.csv; $MK provider roster.csv=/tmp/attack18/empty.csv >/dev/null; recv "empty plaintext file"
$MK provider survey_export.csv=/tmp/attack18/r.csv withdrawals.csv=/tmp/attack18/r.csv >/dev/null; recv "provider sends files named like another party's input and the withdrawals register"
B=$($MK provider roster.csv=/tmp/attack18/r.csv --id 20990101T000000Z-provider-extract-deadbeef); recv "batch id in the future"
# last: the two that jam the drop-box
B=$($MK provider roster.csv=/tmp/attack18/r.csv admin_extract.csv=/tmp/attack18/r.csv); rm $D/dropbox/evaluator/$B/admin_extract.csv.age; recv "no key: one member deleted from a validly signed batch"
$MK provider roster.csv=/tmp/attack18/r.csv >/dev/null; recv "a later good batch from the same sender"
ls $D/dropbox/evaluator
