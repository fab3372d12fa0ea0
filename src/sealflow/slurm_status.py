"""Whether the SLURM executor will ever see its jobs finish, asked before the first job.

snakemake's SLURM executor learns that a job ended from ``sacct`` when the command exists.
On a cluster that keeps no job accounting (``AccountingStorageType=accounting_storage/none``)
``sacct`` exists but knows no job, so the executor waits for ever after its first jobs
complete, says nothing, ignores SIGTERM while it waits, and a SIGKILL leaves the study
locked. ``squeue`` (``--slurm-status-command squeue``) sees them. The workflow asks this
before it schedules anything and stops with this one line instead.
"""

from __future__ import annotations

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
