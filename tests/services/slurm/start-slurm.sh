#!/usr/bin/env bash
# Start a single-node SLURM cluster (munged, slurmctld, slurmd) on this machine, for the
# workflow's cluster test. Needs root and Debian's slurm-wlm and munge. Usage:
#   start-slurm.sh STATE_DIR      start (idempotent); prints the partition when ready
#   start-slurm.sh STATE_DIR stop stop the daemons this script started, remove its slurm.conf
#   start-slurm.sh clean          remove its slurm.conf if an earlier run left it behind
# Its slurm.conf must not outlive the cluster: while a slurm.conf names a controller that is
# not running, every `scontrol show config` waits about 9 s for it, and snakemake's SLURM
# executor plugin runs that command when snakemake starts, so every later snakemake run on
# the machine (each workflow test runs several) paid 9 s per start.
# SEALFLOW_TEST_SLURM_CONF: where the config goes (default /etc/slurm/slurm.conf, where
# SLURM's daemons and tools look); the script's own tests point it into a temporary folder.
set -euo pipefail
CONF=${SEALFLOW_TEST_SLURM_CONF:-/etc/slurm/slurm.conf}
MARK="# Written by sealflow's tests/services/slurm/start-slurm.sh: a one-node test cluster."
# A daemon counts as running only if its pid file names a live, non-zombie process
# (pgrep also matches zombies, which some sandboxes never reap).
alive() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ -r "/proc/$pid/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$pid/status"
}
# The config at $CONF is this script's (its first line is MARK), never a real cluster's.
ours() { [ -f "$CONF" ] && [ "$(head -n 1 "$CONF")" = "$MARK" ]; }
if [ "${1:-}" = "clean" ]; then
  # Left behind: ours, its controller not running, and older than a starting cluster's
  # config can be (another test run may be starting one on this machine right now).
  pidfile=$( (ours && sed -n 's/^SlurmctldPidFile=//p' "$CONF") || true)
  if ours && ! alive "$pidfile" && [ -n "$(find "$CONF" -mmin +2)" ]; then
    rm -f "$CONF" && echo "start-slurm.sh: removed a leftover test cluster's $CONF" >&2
  fi
  exit 0
fi
D=${1:?state dir}
mkdir -p "$D"
D=$(cd "$D" && pwd)
if [ "${2:-}" = "stop" ]; then
  for p in slurmd slurmctld munged; do
    [ -f "$D/$p.pid" ] && kill "$(cat "$D/$p.pid")" 2>/dev/null || true
  done
  if ours; then rm -f "$CONF"; fi
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "start-slurm.sh: needs root" >&2; exit 2; }
for b in munged slurmctld slurmd sinfo; do
  command -v "$b" >/dev/null || [ -x "/usr/sbin/$b" ] || { echo "start-slurm.sh: $b not installed (apt-get install slurm-wlm munge)" >&2; exit 2; }
done
mkdir -p "$D/state" "$D/spool" /run/munge /var/log/munge /var/lib/munge /etc/munge /etc/slurm
if [ ! -s /etc/munge/munge.key ]; then
  dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null
fi
chown -R munge:munge /etc/munge /run/munge /var/log/munge /var/lib/munge
chmod 0700 /etc/munge && chmod 0400 /etc/munge/munge.key
if ! alive /run/munge/munged.pid; then
  rm -f /run/munge/munged.pid /run/munge/munge.socket.2*
  su -s /bin/sh munge -c "/usr/sbin/munged --pid-file=/run/munge/munged.pid" </dev/null >/dev/null 2>&1
  cp /run/munge/munged.pid "$D/munged.pid" 2>/dev/null || true
fi
HOST=$(hostname -s)
CPUS=$(nproc)
MEM=$(awk '/MemTotal/{m=int($2/1024)-1024; print (m>512?m:512)}' /proc/meminfo)
mkdir -p "$(dirname "$CONF")"
cat > "$CONF" <<EOC
$MARK
ClusterName=sealflow-test
SlurmctldHost=$HOST
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$D/state
SlurmdSpoolDir=$D/spool
SlurmctldPidFile=$D/slurmctld.pid
SlurmdPidFile=$D/slurmd.pid
SlurmctldLogFile=$D/slurmctld.log
SlurmdLogFile=$D/slurmd.log
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MpiDefault=none
MinJobAge=600
NodeName=$HOST CPUs=$CPUS RealMemory=$MEM State=UNKNOWN
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
EOC
export SLURM_CONF="$CONF"
alive "$D/slurmctld.pid" || /usr/sbin/slurmctld -f "$CONF" </dev/null >/dev/null 2>&1
alive "$D/slurmd.pid" || /usr/sbin/slurmd -f "$CONF" </dev/null >/dev/null 2>&1
for _ in $(seq 1 50); do
  if timeout 5 sinfo -h -o %T 2>/dev/null | grep -qE 'idle|mix|alloc'; then sinfo; exit 0; fi
  sleep 0.2
done
echo "start-slurm.sh: the node did not become idle; see $D/slurmctld.log and $D/slurmd.log" >&2
exit 1
