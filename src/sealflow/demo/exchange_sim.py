"""The other parties' side of the demo: each one seals, signs and drops its batch for us.

`sealflow demo init` leaves each party's originals in `parties/<party>/outbox/`, and
its keys in `parties/<party>/keys/`. Here every such party makes a real batch (sealed to
the evaluator and to itself, manifest signed with its own minisign key) and sends it with
the same code a real party's tooling would use, into the evaluator's drop-box. The
workflow's receive stage then verifies and opens genuine batches, not copies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sealflow.config import load_config, load_parties
from sealflow.exchange.context import private_tree
from sealflow.exchange.flow import ExchangeContext, make_outgoing, send_batch
from sealflow.exchange.plan import record_sent
from sealflow.settings import StudySettings

PURPOSE_BY_ROLE = {"provider": "extract", "survey": "export", "vendor": "transcripts"}


def party_key_dir(study_dir: Path, name: str) -> Path:
    return study_dir / "parties" / name / "keys"


def send_party_batches(study_dir: str | Path) -> list[dict[str, Any]]:
    """Every party with an outbox sends its files to the evaluator; returns the send records."""
    root = Path(study_dir)
    config = load_config(root / "config.yaml")
    parties = load_parties(config)
    evaluator = config["evaluator"]
    records = []
    for name, entry in parties["parties"].items():
        outbox = root / "parties" / name / "outbox"
        purpose = PURPOSE_BY_ROLE.get(entry.get("role", ""))
        if name == evaluator or purpose is None or not outbox.is_dir():
            continue
        files = sorted(p for p in outbox.iterdir() if p.is_file() and not p.is_symlink())
        if not files:
            continue
        side = f"parties/{name}"
        ctx = ExchangeContext.for_party(
            Path(config["root"]), parties, name, party_key_dir(root, name),
            {"outgoing": f"{side}/sent", "records": f"{side}/records"},
        )  # fmt: skip
        batch_dir = root / side / "sent" / f"{purpose}-batch"
        make_outgoing(ctx, evaluator, purpose, files, batch_dir)
        records.append(send_batch(ctx, evaluator, batch_dir) | {"from": name})
    return records


def send_recordings_to_vendors(study_dir: str | Path, by_vendor: dict[str, list[Path]]) -> None:
    """The evaluator sends each vendor the recordings it is to transcribe, before the vendors
    reply: the send records (records/sent/) are what a vendor's transcripts are checked
    against when they open (exchange/vendors.py), as in a real study's order of events."""
    root = Path(study_dir)
    ctx = ExchangeContext.from_config(root / "config.yaml")
    study = StudySettings.from_config(load_config(root / "config.yaml"))
    for vendor, recordings in sorted(by_vendor.items()):
        # 0700 on the way down, as sending.py makes it (mkdir's parents get the umask's 0755)
        batch_dir = private_tree(ctx, ctx.path("outgoing")) / f"{vendor}-recordings-demo"
        make_outgoing(ctx, vendor, "recordings", sorted(recordings), batch_dir)
        record = send_batch(ctx, vendor, batch_dir)
        # in the send ledger, as a send rule would write it: the workflow's transcription
        # send then never sends these to another vendor, nor again to this one
        record_sent(ctx, study, "recordings", record, sorted(recordings))
