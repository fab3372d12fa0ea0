"""The workflow on a real single-node SLURM cluster (tests/services/slurm/start-slurm.sh).

Transfer rules stay local (they hold the SFTP keys); the compute rules become SLURM jobs.
Needs root and Debian's slurm-wlm and munge, which `make test` installs; elsewhere it skips
with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
START = REPO / "tests" / "services" / "slurm" / "start-slurm.sh"
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.workflow


@pytest.fixture(scope="module")
def slurm_cluster(tmp_path_factory):
    if os.geteuid() != 0:
        pytest.skip("SLURM TEST SKIPPED: starting slurmctld/slurmd needs root")
    if not (shutil.which("slurmctld") or Path("/usr/sbin/slurmctld").exists()):
        pytest.skip("SLURM TEST SKIPPED: slurm-wlm is not installed (make test installs it)")
    try:
        import snakemake_executor_plugin_slurm  # noqa: F401
    except ImportError:
        pytest.skip("SLURM TEST SKIPPED: snakemake-executor-plugin-slurm is not installed")
    state = tmp_path_factory.mktemp("slurm")
    started = subprocess.run(
        ["bash", str(START), str(state)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    if started.returncode != 0:
        pytest.fail(f"single-node SLURM did not start: {started.stderr.strip()}")
    yield state
    subprocess.run(["bash", str(START), str(state), "stop"], timeout=60, check=False)


def test_when_run_on_slurm_then_compute_rules_are_cluster_jobs(slurm_cluster, tmp_path):
    study = tmp_path / "study"
    subprocess.run(
        [BIN / "sealflow", "demo", "init", str(study), "--staff", "40", "--seed", "7"],
        check=True,
        capture_output=True,
    )
    run = subprocess.run(
        [
            BIN / "snakemake",
            "-s",
            str(REPO / "Snakefile"),
            "--configfile",
            str(study / "config.yaml"),
            "--workflow-profile",
            str(REPO / "workflow" / "profiles" / "slurm"),
            "--jobs",
            "4",
            "--slurm-status-command",
            "squeue",
            "--slurm-init-seconds-before-status-checks",
            "1",
            "--seconds-between-status-checks",
            "1",
            "--slurm-no-account",
            "--latency-wait",
            "10",
            "link",
        ],
        cwd=study,
        capture_output=True,
        text=True,
        timeout=900,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"},
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert (study / "results" / "link" / "match_report.json").is_file()
    # The executor names each submitted job's log .snakemake/slurm_logs/rule_<name>/<jobid>.log
    # in the run log (and removes successful job logs at the end).
    run_log = "\n".join(p.read_text() for p in (study / ".snakemake" / "log").glob("*.log"))
    ran_on_slurm = set(
        re.findall(r"submitted with SLURM jobid \d+ \(log: \S*/(rule_\w+)/", run_log)
    )
    assert "rule_link" in ran_on_slurm, f"no SLURM job for rule link; saw {sorted(ran_on_slurm)}"
    assert "rule_ingest_survey" in ran_on_slurm
    # transfer rules are localrules: they must not have been submitted
    assert not any(name.startswith("rule_receive") for name in ran_on_slurm)
