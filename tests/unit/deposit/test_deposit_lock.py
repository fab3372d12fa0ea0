"""The deposit lock is derived from the audit log and the send records, not from one file."""

from __future__ import annotations

import json

import pytest

from sealflow.cli import main
from sealflow.deposit import front, is_deposited
from sealflow.deposit.deposit import DepositLockedError, deposit_record, sent_deposits
from sealflow.settings import StudySettings


def _certify(config, reviewer_key) -> None:
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)


def _remove_lock(settings) -> None:
    settings.lock.chmod(0o644)
    settings.lock.unlink()


def _sent_records(study):
    return sorted((study / "results/exchange/sent").glob("*.json"))


@pytest.mark.parametrize(
    "tamper, source",
    [
        ("lock", ["send records", "audit log"]),  # the runbook's "remove the lock" case
        ("lock and send records", ["audit log"]),
        ("lock and audit log", ["send records"]),
    ],
)
def test_when_the_lock_file_is_deleted_then_the_deposit_stays_locked(
    study, config, settings, reviewer_key, tamper, source
):
    _certify(config, reviewer_key)
    first = front.deposit_study(config)
    _remove_lock(settings)
    if "send records" in tamper:
        for path in _sent_records(study):
            path.unlink()
    if "audit log" in tamper:
        (study / "work/audit/audit.jsonl").write_text("")
    assert is_deposited(StudySettings.from_config(config))
    record = deposit_record(StudySettings.from_config(config))
    assert record["batch_id"] == first["batch_id"] and sorted(record["source"]) == sorted(source)
    batches = set((study / "dropbox/archive").iterdir())
    with pytest.raises(DepositLockedError, match="is not made twice"):
        front.deposit_study(config)
    assert set((study / "dropbox/archive").iterdir()) == batches


def test_when_overridden_with_a_reason_then_a_second_deposit_goes_and_is_audited(
    study, config, settings, reviewer_key
):
    _certify(config, reviewer_key)
    first = front.deposit_study(config)
    second = front.deposit_study(config, override_reason="archive lost the first (ticket 42)")
    assert second["batch_id"] != first["batch_id"]
    assert [d["batch_id"] for d in sent_deposits(StudySettings.from_config(config))] == [
        first["batch_id"], second["batch_id"],
    ]  # fmt: skip
    entries = [json.loads(line) for line in (study / "work/audit/audit.jsonl").open()]
    (override,) = [e for e in entries if e["details"].get("step") == "deposit lock overridden"]
    assert override["details"]["reason"] == "archive lost the first (ticket 42)"
    assert override["details"]["previous_batch_id"] == first["batch_id"]


@pytest.mark.parametrize(
    "args",
    [["--override-lock"], ["--reason", "why"], ["--override-lock", "--reason", "  "]],
)
def test_when_override_and_reason_do_not_go_together_then_one_clear_error(
    study, config, settings, reviewer_key, capsys, args
):
    config_file = study / "config.yaml"
    with pytest.raises(SystemExit) as exited:
        main(["deposit", *args, "--config", str(config_file)])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "--override-lock and --reason TEXT go together" in err and err.count("\n") == 1
    assert not is_deposited(StudySettings.from_config(config))
