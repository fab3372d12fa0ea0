#!/bin/sh
# attack18: a whole transcript delivered as an altChunk .docx, imported into a study and scrubbed.
# Usage: sh attack18/altchunk_only_study.sh /tmp/attack18/base
SRC=$1; Q=/tmp/attack18/alt
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $Q && cp -a "$SRC" $Q
python attack18/make_altchunk_only_docx.py /tmp/attack18/interview-acacacacacac.docx
nice sealflow -q import --from vendor -c $Q/config.yaml /tmp/attack18/interview-acacacacacac.docx >/dev/null
nice snakemake scrub --cores 2 --configfile $Q/config.yaml --quiet rules >/dev/null 2>&1; echo "scrub rc=$?"
unzip -p $Q/work/scrub/transcripts/interview-acacacacacac.docx word/afchunk.htm; echo
nice sealflow status -c $Q/config.yaml 2>&1 | grep "residual\|every document\|scrub failures"
