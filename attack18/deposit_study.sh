#!/bin/sh
# attack18: from the base demo to a sent deposit. Approve every unflagged quote, sign them,
# run the workflow, certify, countersign, then deposit. The demo's
# outcome.quotes.reviewer_public_key (reviewer.pub, a file the demo does not make) is pointed
# at the demo's reviewer key first (G8).
# Usage: sh attack18/deposit_study.sh /tmp/attack18/base   -> /tmp/attack18/dep
set -e
SRC=$1; Q=/tmp/attack18/dep
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $Q && cp -a "$SRC" $Q
sed -i 's#^    reviewer_public_key: reviewer.pub#    reviewer_public_key: parties/reviewer/keys/reviewer.minisign.pub#' $Q/config.yaml
IDS=$(python -c "
import pandas as pd; c=pd.read_csv('$Q/work/anonymise/quote_candidates.csv'); print(' '.join(c[c.leakage_flag=='no'].quote_id))")
nice sealflow -q quotes approve $IDS --by "Reviewer One" -c $Q/config.yaml
nice sealflow -q quotes sign $Q/work/anonymise/quote_approvals.csv --key $Q/parties/reviewer/keys/reviewer.minisign.key
nice snakemake --cores 2 --configfile $Q/config.yaml --quiet rules >/dev/null 2>&1
nice sealflow -q certify statement --config $Q/config.yaml
nice sealflow -q certify countersign --config $Q/config.yaml --key $Q/parties/reviewer/keys/reviewer.minisign.key
nice snakemake deposit --cores 2 --configfile $Q/config.yaml --quiet rules >/dev/null 2>&1
ls $Q/dropbox/archive
