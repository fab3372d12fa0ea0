"""The archive's side of a deposit, for tests: fetch, verify and open the sealed bag."""

from __future__ import annotations

import tarfile
from pathlib import Path

from sealflow.config import load_parties
from sealflow.exchange.context import ExchangeContext
from sealflow.exchange.receiving import open_received, receive_batches


def archive_receives(study: Path, config) -> Path:
    """Act as the archive: fetch, verify and open the batch; untar; return the bag folder."""
    side = "parties/archive"
    ctx = ExchangeContext.for_party(
        study, load_parties(config), "archive", study / side / "keys",
        {"received": f"{side}/received", "quarantine": f"{side}/quarantine",
         "replay_register": f"{side}/seen.jsonl", "records": f"{side}/records",
         "outgoing": f"{side}/sent"},
    )  # fmt: skip
    report = receive_batches(ctx, "evaluator")
    assert report.quarantined == [] and len(report.received) == 1
    opened = open_received(ctx, "evaluator", study / side / "opened")
    assert len(opened) == 1 and opened[0].name.endswith(".tar")
    with tarfile.open(opened[0]) as tar:
        tar.extractall(study / side / "unpacked", filter="data")
    (bag,) = (study / side / "unpacked").iterdir()
    return bag
