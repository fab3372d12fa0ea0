#!/bin/sh
# A transcript brought in with `sealflow import` after the scrub ran is not scrubbed by the
# next run, and the "every document scrubbed" gate still passes. Synthetic text only.
# Usage: sh attack18/import_unscrubbed.sh /tmp/attack18/demo
set -e
SRC=$1; Q=/tmp/attack18/imp
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $Q && cp -a "$SRC" $Q
printf 'Interviewer: Who helped you?\r\nParticipant: I rang Peregrine Ollerenshaw at the welfare office.\r\n' > /tmp/attack18/interview-bbbbbbbbbbbb.txt
nice sealflow -q import --from vendor -c $Q/config.yaml /tmp/attack18/interview-bbbbbbbbbbbb.txt >/dev/null
nice snakemake scrub --cores 2 --configfile $Q/config.yaml --quiet rules 2>&1 | grep -i "nothing to be done" || true
echo "received: $(find $Q/work/received/vendor/transcripts -type f -name "interview-*" | wc -l)  scrubbed: $(ls $Q/work/scrub/transcripts | wc -l)"
ls $Q/work/scrub/transcripts | grep -c bbbb || echo "interview-bbbbbbbbbbbb not scrubbed"
nice sealflow status -c $Q/config.yaml 2>&1 | grep "every document scrubbed"
