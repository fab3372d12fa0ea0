#!/bin/sh
# attack18: the hidden-parts .docx imported into a study and scrubbed by the workflow; does
# the residual scan or the gate notice what is left? Usage: sh attack18/hidden_docx_study.sh /tmp/attack18/base
SRC=$1; Q=/tmp/attack18/hid
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $Q && cp -a "$SRC" $Q
python attack18/make_hidden_docx.py /tmp/attack18/interview-abababababab.docx /tmp/attack18/hidden.json
nice sealflow -q import --from vendor -c $Q/config.yaml /tmp/attack18/interview-abababababab.docx
nice snakemake scrub --cores 2 --configfile $Q/config.yaml --quiet rules >/dev/null 2>&1; echo "scrub rc=$?"
python attack18/check_docx.py $Q/work/scrub/transcripts/interview-abababababab.docx /tmp/attack18/hidden.json
nice sealflow status -c $Q/config.yaml 2>&1 | grep "residual\|every document"
