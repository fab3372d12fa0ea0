from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from exchange_study import Study

from sealflow.errors import IntegrityError, SignatureError
from sealflow.exchange.receipts import check_deletion, make_deletion_confirmation
from sealflow.seal.minisign_keys import MinisignSecretKey

SENT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _key(study: Study, name: str) -> MinisignSecretKey:
    return MinisignSecretKey.load(study.root / f"parties/{name}/keys/{name}.minisign.key")


@pytest.mark.parametrize(
    ("deleted_after_days", "now_after_days", "status"),
    [
        (None, 3, "pending"),
        (None, 8, "overdue"),
        (6, 8, "confirmed"),
        (9, 10, "late"),
    ],
)
def test_when_deletion_is_checked_then_status_follows_the_deadline(
    study: Study, deleted_after_days: int | None, now_after_days: int, status: str
) -> None:
    confirmation = None
    if deleted_after_days is not None:
        confirmation = make_deletion_confirmation(
            "b-1", "provider", _key(study, "provider"), SENT + timedelta(days=deleted_after_days)
        )
    result = check_deletion(
        "b-1", "provider", SENT, 7, confirmation,
        study.parties["parties"]["provider"]["minisign_public_key"], "confirmations/b-1",
        now=SENT + timedelta(days=now_after_days),
    )  # fmt: skip
    assert result.status == status


def test_when_confirmation_is_signed_by_another_party_then_refused(study: Study) -> None:
    confirmation = make_deletion_confirmation("b-1", "provider", _key(study, "survey"), SENT)
    with pytest.raises(SignatureError):
        check_deletion(
            "b-1", "provider", SENT, 7, confirmation,
            study.parties["parties"]["provider"]["minisign_public_key"], "confirmations/b-1",
        )  # fmt: skip


def test_when_confirmation_names_another_batch_then_refused(study: Study) -> None:
    confirmation = make_deletion_confirmation("b-2", "provider", _key(study, "provider"), SENT)
    with pytest.raises(IntegrityError, match="another batch"):
        check_deletion(
            "b-1", "provider", SENT, 7, confirmation,
            study.parties["parties"]["provider"]["minisign_public_key"], "confirmations/b-1",
        )  # fmt: skip
