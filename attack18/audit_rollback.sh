#!/bin/sh
# Audit log rollback without any key: keep a copy of audit.jsonl and its signed head, let
# the study append (a release recorded, a subject access request opened), put the old pair
# back. `sealflow audit verify` still says "chain intact, head signed".
# Usage: sh attack18/audit_rollback.sh /tmp/attack18/demo
set -e
SRC=$1; A=/tmp/attack18/aud
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $A && cp -a "$SRC" $A
cp $A/work/audit/audit.jsonl /tmp/attack18/old.jsonl; cp $A/work/audit/audit.jsonl.head /tmp/attack18/old.head
nice sealflow release-tables --config $A/config.yaml
mkdir -p $A/work/requests && python -c "
import pandas as pd; print(pd.read_parquet('$A/work/link/linked.parquet').pseudonymous_id.iloc[1])" > $A/work/requests/r1
nice sealflow request open --right access --id-file $A/work/requests/r1 -c $A/config.yaml >/dev/null
nice sealflow audit verify -c $A/config.yaml
# the attacker: file access to work/audit only, no key
cp /tmp/attack18/old.jsonl $A/work/audit/audit.jsonl; cp /tmp/attack18/old.head $A/work/audit/audit.jsonl.head
nice sealflow audit verify -c $A/config.yaml && echo "ROLLBACK NOT DETECTED (exit 0)"
grep -c R0001 $A/work/governance/requests.jsonl
