"""Whether the SLURM executor will ever see its jobs finish, asked before the first job.

snakemake's SLURM executor learns that a job ended from ``sacct`` when the command exists.
On a cluster that keeps no job accounting (``AccountingStorageType=accounting_storage/none``)
``sacct`` exists but knows no job, so the executor waits for ever after its first jobs
complete, says nothing, ignores SIGTERM while it waits, and a SIGKILL leaves the study
locked. ``squeue`` (``--slurm-status-command squeue``) sees them. The workflow asks this
before it schedules anything and stops with this one line instead.
"""

from __future__ import annotations

import os
import subprocess

NO_ACCOUNTING = "accounting_storage/none"


def accounting_type(timeout: float = 30.0) -> str | None:
    """The cluster's AccountingStorageType (``scontrol show config``), or None if unknown."""
    try:
        shown = subprocess.run(
            ["scontrol", "show", "config"],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in shown.stdout.splitlines():
        name, _, value = line.partition("=")
        if name.strip() == "AccountingStorageType":
            return value.strip()
    return None


def status_command_problem(executor: str | None, status_command: str | None) -> str | None:
    """The one-line reason a run would wait for ever, or None when jobs will be seen ending."""
    if executor != "slurm" or status_command != "sacct":
        return None
    if accounting_type() != NO_ACCOUNTING:
        return None
    return (
        "this SLURM cluster keeps no job accounting (AccountingStorageType="
        f"{NO_ACCOUNTING}), so sacct never reports a job finished and the run would wait for "
        "ever: add --slurm-status-command squeue"
    )


def keep_passphrase_off_jobs(guard_dir: str, passphrase_env: str) -> None:
    """Put ``guard_dir`` (workflow/slurm, whose ``sbatch`` drops the key passphrase's
    variable before calling the real one) first on this process's PATH, and name the
    variable for it. The SLURM executor submits with ``sbatch --export=ALL`` and slurmctld
    keeps each job's environment; local runs never call sbatch. A function here rather than
    lines of the Snakefile, which reads no environment of its own (``snakemake --lint``)."""
    path = os.environ.get("PATH", "")
    if path.split(os.pathsep)[0] != guard_dir:
        os.environ["PATH"] = os.pathsep.join(p for p in (guard_dir, path) if p)
    os.environ["SEALFLOW_SBATCH_UNSET"] = passphrase_env
