"""The workflow's targets: the default one never sends; `plan` lists; `send` sends.

Dry runs (`snakemake -n`) on a demo study: which rules each target would run.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
SEND_RULES = {"send_links", "send_tokens", "transcription", "deletion_check"}


@pytest.fixture(scope="module")
def demo_config(tmp_path_factory: pytest.TempPathFactory) -> str:
    study = tmp_path_factory.mktemp("targets") / "study"
    subprocess.run(
        [str(BIN / "sealflow"), "demo", "init", str(study), "--staff", "20"],
        check=True,
        capture_output=True,
    )
    return str(study / "config.yaml")


def _rules_run(config: str, *targets: str) -> set[str]:
    # Targets before --configfile, which takes every word after it as a config file.
    ran = subprocess.run(
        [str(BIN / "snakemake"), "-n", *targets, "--cores", "1", "--configfile", config],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    return set(re.findall(r"^(?:local)?rule (\w+):", ran.stdout, re.MULTILINE))


@pytest.mark.parametrize(
    ("targets", "runs", "never"),
    [
        ((), {"plan", "links", "report"}, SEND_RULES),
        (("plan",), {"plan", "links"}, SEND_RULES),
        (("send",), SEND_RULES | {"send"}, {"report"}),
    ],
    ids=["default", "plan", "send"],
)
def test_when_a_target_is_built_then_only_the_send_target_sends(
    demo_config: str, targets: tuple[str, ...], runs: set[str], never: set[str]
) -> None:
    rules = _rules_run(demo_config, *targets)
    assert runs <= rules
    assert not rules & never
