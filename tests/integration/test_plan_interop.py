"""An unattended run's approved plan, written beforehand and signed with the real minisign."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from exchange_study import write_study  # on sys.path through this folder's conftest

from sealflow.config import load_config
from sealflow.errors import GateError
from sealflow.exchange.plan import current_plan, send_planned
from sealflow.settings import StudySettings

pytestmark = [
    pytest.mark.interop,
    pytest.mark.skipif(
        shutil.which("minisign") is None,
        reason="SKIPPED LOUDLY: the minisign binary is needed (make system-deps)",
    ),
]


def _minisign(secret: Path, document: Path) -> None:
    subprocess.run(
        ["minisign", "-S", "-s", str(secret), "-m", str(document)],
        check=True, input=b"\n", capture_output=True,
    )  # fmt: skip


def test_when_minisign_signed_the_plan_beforehand_then_the_send_goes_and_other_keys_do_not(
    tmp_path: Path,
) -> None:
    study = write_study(tmp_path)
    links = tmp_path / "work/links/links_for_provider.csv"
    links.parent.mkdir(parents=True)
    links.write_text("pseudonymous_id,survey_token\nPSN-0000000001,T1\n")
    ctx, config = study.context(), StudySettings.from_config(load_config(study.config_path))
    (item,) = [i for i in current_plan(ctx, config) if i.rule == "send_links"]
    plan = tmp_path / "work/exchange/approved_plan.json"
    plan.parent.mkdir(parents=True)
    plan.write_text(json.dumps({"sends": [{"to": "provider", "sha256": item.sha256}]}))
    record = tmp_path / "results/exchange/sent/links_for_provider.json"
    _minisign(tmp_path / "parties/provider/keys/provider.minisign.key", plan)
    with pytest.raises(GateError, match="signature does not verify"):
        send_planned(ctx, config, "send_links", record)
    _minisign(tmp_path / "work/keys/evaluator/evaluator.minisign.key", plan)
    assert send_planned(ctx, config, "send_links", record)["status"] == "sent"
