"""The demo's other parties send real batches, which the evaluator verifies and opens."""

from __future__ import annotations

from pathlib import Path

from sealflow.demo.study import init_study
from sealflow.exchange.flow import ExchangeContext, open_received, receive_batches


def test_when_demo_study_is_made_then_each_party_batch_verifies_and_opens_to_its_originals(
    tmp_path: Path,
) -> None:
    study = tmp_path / "study"
    init_study(study, staff=20, seed=3)
    ctx = ExchangeContext.from_config(study / "config.yaml")
    for party in ("provider", "survey", "vendor", "vendor2"):
        report = receive_batches(ctx, party)
        assert len(report.received) == 1 and not report.quarantined, party
        out = tmp_path / "opened" / party
        opened = open_received(ctx, party, out)
        originals = sorted((study / "parties" / party / "outbox").iterdir())
        assert [p.name for p in sorted(opened)] == [p.name for p in originals]
        assert all((out / p.name).read_bytes() == p.read_bytes() for p in originals)
    assert not [p for p in (study / "dropbox/evaluator").iterdir() if p.is_dir()]
