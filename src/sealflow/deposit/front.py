"""The calls the CLI and the workflow's adapters share: one per step, from a config mapping.

Each builds the study's settings once (sealflow.settings) and hands the core typed objects.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sealflow.audit_anchors import anchor
from sealflow.deposit import certify
from sealflow.deposit.deposit import deposit
from sealflow.deposit.settings import DepositSettings
from sealflow.exchange.context import ExchangeContext
from sealflow.settings import StudySettings


def _study(
    config: dict[str, Any], root: str | Path | None
) -> tuple[DepositSettings, ExchangeContext]:
    study = StudySettings.from_config(config, root)
    return DepositSettings.from_study(study), ExchangeContext.from_study(study)


def make_statement(
    config: dict[str, Any],
    root: str | Path | None = None,
    *,
    coverage: dict[str, Any] | None,
) -> dict[str, Any]:
    """The data manager's step: payload, statement and its first signature (gates permitting).

    ``coverage`` is govern.scrub_coverage's received transcripts without a scrubbed copy
    (None: none received). It reads the workspace from a layer above this one, so each
    caller computes it; it has no default, so no caller certifies without it by omission.
    """
    settings, ctx = _study(config, root)
    statement = certify.make_statement(settings, ctx.keys, anchor(ctx.audit), coverage=coverage)
    ctx.record_audit("certify", settings.statement.name, step="statement signed",
                     files=len(statement["files"]))  # fmt: skip
    return statement


def countersign(
    config: dict[str, Any],
    reviewer_secret_key: Path,
    passphrase: str | None = None,
    root: str | Path | None = None,
) -> Path:
    """The reviewer's step: check the statement and the files, then countersign."""
    settings, ctx = _study(config, root)
    data_manager_key = ctx.entry(ctx.own_name)["minisign_public_key"]
    out = certify.countersign(
        settings.statement, reviewer_secret_key, data_manager_key, settings.payload, passphrase
    )
    ctx.record_audit("certify", settings.statement.name, step="countersigned")
    return out


def check(
    config: dict[str, Any], reviewer_public_key: str | None = None, root: str | Path | None = None
) -> dict[str, Any]:
    """Verify both signatures, the gates and every hash; write results/certify/certified.json."""
    settings, ctx = _study(config, root)
    data_manager_key = ctx.entry(ctx.own_name)["minisign_public_key"]
    return certify.verify_certification(settings, data_manager_key, reviewer_public_key)


def deposit_study(
    config: dict[str, Any],
    reviewer_public_key: str | None = None,
    root: str | Path | None = None,
    override_reason: str | None = None,
    accept_small_difference: bool = False,
) -> dict[str, Any]:
    """Bag the certified payload, seal and send it to the archive, and lock the deposit."""
    settings, ctx = _study(config, root)
    return deposit(settings, ctx, reviewer_public_key, override_reason, accept_small_difference)
