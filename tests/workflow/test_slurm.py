"""The workflow on a real single-node SLURM cluster (tests/services/slurm/start-slurm.sh).

Rules that use the evaluator's keys (transfers, decryption, signing, the audit log) stay on
the submitting node; the scrub becomes SLURM jobs, and the key passphrase reaches neither a
job's environment nor slurmctld's stored copy of it. Needs root and Debian's slurm-wlm and
munge, which `make test` installs; elsewhere it skips with the reason.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sealflow.seal.age import encrypt
from sealflow.seal.keys import IDENTITY_WORK_FACTOR
from sealflow.seal.minisign_keys import MinisignSecretKey
from sealflow.seal.scrypt_recipient import ScryptRecipient

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


PASSPHRASE = "slurm-test-passphrase-4f1c"  # synthetic; must not reach any job


def _lock_evaluator_keys(study: Path) -> None:
    """Put the demo's evaluator keys under a passphrase, as `sealflow init` makes them."""
    keys = study / "work" / "keys" / "evaluator"
    secret = keys / "evaluator.minisign.key"
    secret.write_text(MinisignSecretKey.load(secret).encode_file(PASSPHRASE))
    identity = keys / "evaluator.age"
    sealed = io.BytesIO()
    recipient = ScryptRecipient(PASSPHRASE.encode(), IDENTITY_WORK_FACTOR)
    encrypt(io.BytesIO(identity.read_bytes()), sealed, [recipient], armor=True)
    identity.write_bytes(sealed.getvalue())


def test_when_run_on_slurm_then_only_keyless_rules_are_jobs_and_no_job_has_the_passphrase(
    slurm_cluster, tmp_path
):
    study = tmp_path / "study"
    subprocess.run(
        [BIN / "sealflow", "demo", "init", str(study), "--staff", "40", "--seed", "7"],
        check=True,
        capture_output=True,
    )
    _lock_evaluator_keys(study)
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
            "scrub_survey_first",
        ],
        cwd=study,
        capture_output=True,
        text=True,
        timeout=900,
        stdin=subprocess.DEVNULL,
        env={
            **os.environ,
            "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
            "SEALFLOW_KEY_PASSPHRASE": PASSPHRASE,  # as OPERATIONS.md asks
        },
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert (study / "results" / "link" / "match_report.json").is_file()
    # The executor names each submitted job's log .snakemake/slurm_logs/rule_<name>/<jobid>.log
    # in the run log (and removes successful job logs at the end).
    run_log = "\n".join(p.read_text() for p in (study / ".snakemake" / "log").glob("*.log"))
    ran_on_slurm = set(
        re.findall(r"submitted with SLURM jobid \d+ \(log: \S*/(rule_\w+)/", run_log)
    )
    assert "rule_scrub_survey_first" in ran_on_slurm, f"saw {sorted(ran_on_slurm)}"
    # Rules that use the evaluator's keys ran here: the locked keys opened with the
    # passphrase only this node has (the run succeeded), and none was submitted.
    keyed = {
        "rule_receive",
        "rule_open_provider",
        "rule_open_survey",
        "rule_links",
        "rule_ingest_roster",
        "rule_ingest_admin",
        "rule_ingest_survey",
        "rule_link",
    }
    assert not keyed & ran_on_slurm, sorted(keyed & ran_on_slurm)
    # slurmctld keeps each job's environment (MinJobAge 600 s in the test cluster's config):
    # the submitting environment is there, its passphrase is not.
    environments = list((slurm_cluster / "state").rglob("environment"))
    assert environments, "slurmctld kept no job environment to check"
    stored = b"".join(path.read_bytes() for path in environments)
    assert b"SEALFLOW_SBATCH_UNSET" in stored
    assert PASSPHRASE.encode() not in stored
    assert b"SEALFLOW_KEY_PASSPHRASE=" not in stored


def test_when_the_cluster_keeps_no_accounting_then_the_run_stops_at_once_unlocked(
    slurm_cluster, tmp_path
):
    """The test cluster keeps no job accounting: with the executor's default status
    command (sacct) the run used to wait for ever after its first jobs completed."""
    study = tmp_path / "study"
    subprocess.run(
        [BIN / "sealflow", "demo", "init", str(study), "--staff", "40", "--seed", "7"],
        check=True,
        capture_output=True,
    )
    command = [
        BIN / "snakemake",
        "-s",
        str(REPO / "Snakefile"),
        "--configfile",
        str(study / "config.yaml"),
        "--workflow-profile",
        str(REPO / "workflow" / "profiles" / "slurm"),
        "--slurm-no-account",
        "link",
    ]
    run = subprocess.run(
        command,
        cwd=study,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"},
    )
    assert run.returncode == 1
    assert "keeps no job accounting" in run.stderr
    assert "--slurm-status-command squeue" in run.stderr
    assert "Traceback" not in run.stderr
    assert not list((study / ".snakemake").glob("locks/*"))  # a rerun is not refused
    assert not (study / ".snakemake" / "slurm_logs").exists()  # nothing was submitted
