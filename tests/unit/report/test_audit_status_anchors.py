"""The report's audit line: the log verified, and against the anchors this workspace holds."""

from __future__ import annotations

import json

import pytest

from sealflow.audit import AuditHead, settings_audit_log
from sealflow.config import load_config
from sealflow.demo.study import init_study
from sealflow.report.audit_status import audit_status
from sealflow.settings import StudySettings


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    root = tmp_path_factory.mktemp("anchored") / "study"
    init_study(root, staff=60, seed=3)
    return StudySettings.from_config(load_config(root / "config.yaml"))


def test_when_the_demo_sent_its_recordings_then_the_log_agrees_with_their_anchors(study):
    status = audit_status(study)
    assert status is not None and status["verified"] is True, status
    # The demo's recordings batches to the two vendors each carry the head in the manifest.
    assert status["anchors"] >= 2
    assert status["entries"] >= status["anchors"]


def test_when_the_log_is_cut_and_its_head_signed_again_then_an_anchor_catches_it(study):
    log = settings_audit_log(study)
    lines = log.path.read_text().splitlines(keepends=True)
    keep = 1
    log.path.write_text("".join(lines[:keep]))
    log.head_path.unlink()
    log._write_head(AuditHead(keep, json.loads(lines[keep - 1])["mac"]), log.keys())
    assert log.verify() == keep  # the log alone looks whole
    status = audit_status(study)
    assert status is not None and status["verified"] is False
    assert "is missing" in status["error"] and "entries were removed" in status["error"]
    assert str(study.root) not in status["error"]
