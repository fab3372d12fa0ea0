#!/bin/bash
# M3: on a single-node SLURM (tests/services/slurm/start-slurm.sh STATE), the open_* rules
# (decryption with the evaluator's secret key) run as SLURM jobs, and the submitting
# shell's environment, SEALFLOW_KEY_PASSPHRASE included, is stored in slurmctld's state.
# Also: the run stalls after its first SLURM jobs complete ("Will exit after finishing
# currently running jobs (scheduler)"), with no error.
set -u
cd "$(dirname "$0")/.." && . attack19/common.sh
STATE=${STATE:-/tmp/attack19/slurm}
D=${1:-/tmp/attack19/r-slurm}
sinfo >/dev/null 2>&1 || { mkdir -p "$STATE"; bash tests/services/slurm/start-slurm.sh "$STATE"; }
nice sealflow demo init "$D" --staff 300 --force >/dev/null
export SEALFLOW_KEY_PASSPHRASE=attack19-dummy-passphrase
timeout 240 nice snakemake --workflow-profile workflow/profiles/slurm --configfile "$D/config.yaml" >"$D.slurm.log" 2>&1
grep -E 'submitted with SLURM|Will exit' "$D.slurm.log"
echo "slurmctld state files holding the passphrase:"; grep -rl attack19-dummy-passphrase "$STATE"
