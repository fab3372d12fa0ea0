"""A SLURM run that could never see its jobs end is stopped before the first job.

A fake ``scontrol`` on PATH prints the cluster's AccountingStorageType (synthetic config).
"""

from __future__ import annotations

import os
import stat

import pytest

from sealflow.slurm_status import accounting_type, status_command_problem


@pytest.fixture
def scontrol(tmp_path, monkeypatch):
    """Put a fake scontrol first on PATH that reports ``accounting``; returns a setter."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    def report(accounting: str | None) -> None:
        script = bin_dir / "scontrol"
        line = f"AccountingStorageType   = {accounting}\\n" if accounting else ""
        script.write_text(f"#!/bin/sh\nprintf 'ClusterName             = test\\n{line}'\n")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)

    return report


@pytest.mark.parametrize(
    ("executor", "status_command", "accounting", "stops"),
    [
        ("slurm", "sacct", "accounting_storage/none", True),
        ("slurm", "sacct", "accounting_storage/slurmdbd", False),
        ("slurm", "squeue", "accounting_storage/none", False),
        (None, "sacct", "accounting_storage/none", False),  # a local run
        ("slurm", "sacct", None, False),  # unknown: the executor's own checks apply
    ],
)
def test_when_sacct_cannot_see_jobs_then_the_run_stops_with_the_fix(
    scontrol, executor, status_command, accounting, stops
):
    scontrol(accounting)
    problem = status_command_problem(executor, status_command)
    if stops:
        assert problem is not None and "--slurm-status-command squeue" in problem
        assert "\n" not in problem
    else:
        assert problem is None


def test_when_scontrol_is_missing_then_the_accounting_is_unknown(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert accounting_type() is None
