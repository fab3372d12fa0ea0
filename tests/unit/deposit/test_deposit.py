"""Deposit: sent to the archive as a verifiable sealed batch, then locked for good."""

from __future__ import annotations

import json

import bagit
import pytest
from archive_side import archive_receives

from sealflow.config import load_parties
from sealflow.deposit import ARCHIVED_NOTE, front, is_deposited
from sealflow.deposit.deposit import DepositLockedError
from sealflow.errors import IntegrityError, SignatureError, UnknownPartyError
from sealflow.seal.minisign import verify_file
from sealflow.settings import StudySettings


def _certify(config, reviewer_key) -> None:
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)


def test_when_deposited_then_the_archive_receives_a_verifiable_bag(
    study, config, settings, reviewer_key
):
    _certify(config, reviewer_key)
    lock = front.deposit_study(config)
    assert lock["status"] == "deposited" and lock["withdrawals_from_now"] == ARCHIVED_NOTE
    bag = archive_receives(study, config)
    assert bagit.Bag(str(bag)).is_valid()
    statement = bag / "data/certification/certification.json"
    parties = load_parties(config)["parties"]
    verify_file(statement, parties["evaluator"]["minisign_public_key"])
    verify_file(statement, study / "parties/reviewer/keys/reviewer.minisign.pub",
                f"{statement}.reviewer.minisig")  # fmt: skip
    listed = json.loads(statement.read_text())["files"]
    assert all((bag / "data" / f["path"]).is_file() for f in listed)
    assert not (settings.staging / f"{bag.name}.tar").exists()  # plaintext tar removed


def test_when_deposited_then_a_second_deposit_is_refused_and_withdrawals_are_archived(
    study, config, settings, reviewer_key
):
    _certify(config, reviewer_key)
    front.deposit_study(config)
    assert is_deposited(StudySettings.from_config(config))
    assert settings.lock.stat().st_mode & 0o222 == 0  # read-only
    batches = set((study / "dropbox/archive").iterdir())
    with pytest.raises(DepositLockedError, match="is not made twice"):
        front.deposit_study(config)
    assert set((study / "dropbox/archive").iterdir()) == batches


def test_when_a_deposit_was_interrupted_then_it_counts_as_made_and_is_not_repeated(
    study, config, settings, reviewer_key
):
    _certify(config, reviewer_key)
    settings.lock.parent.mkdir(parents=True)
    settings.lock.write_text(json.dumps({"status": "sending"}))
    assert is_deposited(StudySettings.from_config(config))
    with pytest.raises(DepositLockedError, match="did not finish"):
        front.deposit_study(config)


def test_when_sending_fails_then_no_lock_remains(study, config, settings, reviewer_key):
    _certify(config, reviewer_key)
    config["deposit"]["party"] = "nobody"
    with pytest.raises(UnknownPartyError):
        front.deposit_study(config)
    assert not is_deposited(StudySettings.from_config(config))


@pytest.mark.parametrize(
    ("prepare", "error"),
    [
        # no countersignature
        (lambda c, k, s: front.make_statement(c, coverage=None), SignatureError),
        (lambda c, k, s: (_certify(c, k), (s.payload / "docs/README.md").write_text("edited")),
         IntegrityError),
    ],
)  # fmt: skip
def test_when_certification_does_not_hold_then_nothing_is_sent(
    study, config, settings, reviewer_key, prepare, error
):
    prepare(config, reviewer_key, settings)
    with pytest.raises(error):
        front.deposit_study(config)
    assert not is_deposited(StudySettings.from_config(config))
    assert not any((study / "dropbox/archive").iterdir())


def test_when_never_deposited_then_is_deposited_is_false(study, config):
    assert not is_deposited(StudySettings.from_config(config))
