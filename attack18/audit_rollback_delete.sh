#!/bin/sh
# attack18: get round the attack17 F2 fix. Roll the audit log and its signed head back as
# attack17 did, then DELETE (not restore: no earlier copy needed) the records that cite the
# lost entries: the request register and the release history. No key used.
# Usage: sh attack18/audit_rollback_delete.sh /tmp/attack18/base
SRC=$1; A=/tmp/attack18/aud3
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $A && cp -a "$SRC" $A
cp $A/work/audit/audit.jsonl /tmp/attack18/old3.jsonl; cp $A/work/audit/audit.jsonl.head /tmp/attack18/old3.head
nice sealflow release-tables --config $A/config.yaml
mkdir -p $A/work/requests && python -c "
import pandas as pd; print(pd.read_parquet('$A/work/link/linked.parquet').pseudonymous_id.iloc[1])" > $A/work/requests/r1
nice sealflow request open --right access --id-file $A/work/requests/r1 -c $A/config.yaml
nice sealflow audit verify -c $A/config.yaml
# the attacker: file access only
cp /tmp/attack18/old3.jsonl $A/work/audit/audit.jsonl; cp /tmp/attack18/old3.head $A/work/audit/audit.jsonl.head
rm $A/work/governance/requests.jsonl $A/work/outcome/release_history.json
nice sealflow audit verify -c $A/config.yaml && echo "ROLLBACK NOT DETECTED (exit 0)"
nice sealflow request --help >/dev/null 2>&1; nice sealflow status -c $A/config.yaml 2>&1 | grep -i "request\|audit\|FAIL" ; echo "status: nothing about the open access request or the lost release above"
