"""The audit head in a batch's signed manifest stays with the party that received it: the
evaluator's log put back to before the send, and our own copies deleted, is still shown by
the recipient's copy (attack18 G4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_study import Study

from sealflow.audit_anchors import collect_anchors, verify_with_anchors
from sealflow.cli import main
from sealflow.errors import IntegrityError
from sealflow.exchange.flow import receive_batches
from sealflow.seal.minisign_keys import MinisignPublicKey


def test_when_the_log_is_put_back_past_a_send_then_the_recipients_manifest_shows_it(
    study: Study, plain_files: list[Path], tmp_path: Path
) -> None:
    ctx = study.context()
    assert ctx.audit is not None
    ctx.audit.append("write", "work/ingest/roster.parquet")
    snapshot = {p: p.read_bytes() for p in (ctx.audit.path, ctx.audit.head_path)}
    ctx.audit.append("write", "work/ingest/admin_extract.parquet")  # after the copy
    main(["send", "--to", "provider", "--purpose", "links", *map(str, plain_files),
          "-c", str(study.config_path)])  # fmt: skip
    provider = study.as_party("provider")
    assert len(receive_batches(provider, "evaluator").received) == 1
    # What the provider keeps of it (its received folder; here it shares the study root).
    held = study.root / "work/exchange/received/evaluator"
    evaluator_key = MinisignPublicKey.parse(
        study.parties["parties"]["evaluator"]["minisign_public_key"]
    )
    (manifest,) = collect_anchors(held, evaluator_key)
    assert manifest.source.name == "manifest.json" and manifest.head.seq >= 2
    # The attacker: the log put back, our outgoing copies deleted.
    for path, data in snapshot.items():
        path.write_bytes(data)
    for kept in (study.root / "work/exchange/outgoing").iterdir():
        for member in kept.iterdir():
            member.unlink()
        kept.rmdir()
    assert ctx.audit.verify() == 1  # the log alone looks whole
    with pytest.raises(IntegrityError, match=rf"entry {manifest.head.seq} is missing .*manifest"):
        verify_with_anchors(ctx.audit, [held])
    with pytest.raises(IntegrityError, match=rf"entry {manifest.head.seq} is missing"):
        verify_with_anchors(ctx.audit, [], files=[manifest.source])
