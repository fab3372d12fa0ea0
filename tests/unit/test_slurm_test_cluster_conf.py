"""The test SLURM cluster's slurm.conf does not outlive the cluster.

While a slurm.conf names a controller that is not running, `scontrol show config` waits about
9 s, and snakemake's SLURM executor plugin runs it at every snakemake start: a conf left by
tests/workflow/test_slurm.py made each later workflow test pay 9 s per snakemake run (the
suite went from 24:33 to 40:57). start-slurm.sh `stop` removes its own conf, and `clean`
(run at every session start by tests/conftest.py) removes one a killed run left behind. A
conf the script did not write, and one whose controller runs or that a cluster starting
right now has just written, stay. The script is pointed at a temporary conf here, so the
machine's own /etc/slurm is never touched.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

START = Path(__file__).resolve().parents[1] / "services" / "slurm" / "start-slurm.sh"
OURS = "# Written by sealflow's tests/services/slurm/start-slurm.sh: a one-node test cluster."
FOREIGN = "# A real cluster's configuration."
NO_PROCESS = "999999999"  # above any pid the kernel hands out (pid_max is at most 2**22)
TEN_MINUTES = 600


def _write_conf(tmp_path: Path, first_line: str, controller_pid: str, age_s: int) -> Path:
    pid_file = tmp_path / "slurmctld.pid"
    pid_file.write_text(controller_pid)
    conf = tmp_path / "slurm.conf"
    conf.write_text(f"{first_line}\nClusterName=sealflow-test\nSlurmctldPidFile={pid_file}\n")
    then = time.time() - age_s
    os.utime(conf, (then, then))
    return conf


def _run(conf: Path, *args: str) -> None:
    subprocess.run(
        ["bash", str(START), *args],
        check=True,
        capture_output=True,
        env={**os.environ, "SEALFLOW_TEST_SLURM_CONF": str(conf)},
        timeout=60,
    )


@pytest.mark.parametrize(
    ("first_line", "controller_pid", "age_s", "mode", "left"),
    [
        # stop: the cluster's own conf goes with it; anyone else's stays
        (OURS, NO_PROCESS, 0, "stop", False),
        (FOREIGN, NO_PROCESS, 0, "stop", True),
        # clean: only our conf, with its controller gone, and not one being started now
        (OURS, NO_PROCESS, TEN_MINUTES, "clean", False),
        (OURS, "self", TEN_MINUTES, "clean", True),
        (OURS, NO_PROCESS, 0, "clean", True),
        (FOREIGN, NO_PROCESS, TEN_MINUTES, "clean", True),
    ],
    ids=[
        "stop-ours",
        "stop-foreign",
        "clean-ours-stale",
        "clean-ours-running",
        "clean-ours-starting",
        "clean-foreign",
    ],
)
def test_when_the_script_stops_or_cleans_then_only_its_own_stale_conf_goes(
    tmp_path, first_line, controller_pid, age_s, mode, left
):
    pid = str(os.getpid()) if controller_pid == "self" else controller_pid
    conf = _write_conf(tmp_path, first_line, pid, age_s)
    args = [str(tmp_path / "state"), "stop"] if mode == "stop" else ["clean"]
    _run(conf, *args)
    assert conf.exists() is left
