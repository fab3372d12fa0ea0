#!/bin/bash
# attack18: a new user's mistakes; prints each command's exit code and last stderr line, and
# flags a traceback. Usage: bash attack18/newuser_errors.sh /tmp/attack18/dep  (a deposited study)
Q=$1; export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
printf 'PSN-NOTINSTUDY\n' > /tmp/attack18/unknown_id
printf 'not an id at all\n' > /tmp/attack18/bad_id
t() { echo "== $*"; out=$(timeout 120 nice "$@" 2>&1 </dev/null); rc=$?; echo "rc=$rc $(echo "$out" | grep -c Traceback) traceback(s)"; echo "$out" | tail -1 | cut -c1-300; }
t sealflow audit verify -c /nonexistent/config.yaml
t sealflow scrub docs --in /nonexistent --out /tmp/attack18/x
t sealflow import --from nosuchparty -c $Q/config.yaml /etc/hostname
t sealflow import --from vendor -c $Q/config.yaml /nonexistent.txt
t sealflow request open --right access --id-file /tmp/attack18/unknown_id -c $Q/config.yaml
t sealflow request open --right access --id-file /tmp/attack18/bad_id -c $Q/config.yaml
t sealflow request open --right teleport --id-file /tmp/attack18/unknown_id -c $Q/config.yaml
t sealflow subject-access export --id-file /tmp/attack18/unknown_id -c $Q/config.yaml
t sealflow erase --id-file /tmp/attack18/bad_id -c $Q/config.yaml
t sealflow certify countersign --config $Q/config.yaml --key $Q/parties/provider/keys/provider.minisign.key
t sealflow deposit --config $Q/config.yaml
t sealflow deposit --config $Q/config.yaml --override-lock
t sealflow quotes sign $Q/work/anonymise/quote_approvals.csv --key /nonexistent.key
t sealflow receive --from archive --out /tmp/attack18/x -c $Q/config.yaml
t sealflow seal
t sealflow keys show /nonexistent
t sealflow report --config $Q/config.yaml --pdf
