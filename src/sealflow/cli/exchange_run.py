"""What `sealflow send` and `sealflow receive` do, with no typer: shared by both doors.

exchange_cmd.py's typer commands and exchange_fast.py's argparse door call these, so the
two doors cannot drift apart. Output names batch ids, file names and counts, never a value
from inside a file.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sealflow.cli.chatter import note
from sealflow.errors import ConfigError, IntegrityError

if TYPE_CHECKING:
    from sealflow.exchange.context import ExchangeContext
    from sealflow.exchange.receiving import ReceiveReport


def send(
    paths: Sequence[Path], to: str, config: Path, purpose: str | None = None
) -> dict[str, Any]:
    """Send one batch folder we made (re-verified first); with ``purpose``, seal ``paths``
    (files, or folders of files) into a new batch first, as `batch make` would. The send
    record.

    The SSH handshake runs while the batch is checked or sealed (early_connect.py, as for
    receive); nothing goes over it before the batch is verified.
    """
    from sealflow.exchange.early_connect import close_unclaimed, connect_ahead

    if purpose is None and len(paths) != 1:
        raise ConfigError(
            f"send: {len(paths)} paths given without --purpose; give one batch folder (made "
            "by `sealflow batch make`), or --purpose to seal and send files in one step"
        )
    connect_ahead(config, to)
    try:
        from sealflow.exchange.context import ExchangeContext
        from sealflow.exchange.sending import make_and_send, send_batch

        ctx = ExchangeContext.from_config(config)
        if purpose is None:
            note(f"send: verifying {paths[0]}, then uploading it to {to}", detail=True)
            return send_batch(ctx, to, paths[0])
        note(f"send: sealing {len(paths)} path(s) for {to}, then uploading", detail=True)
        return make_and_send(ctx, to, purpose, paths)
    finally:
        close_unclaimed()


def print_sent(record: dict[str, Any], to: str) -> None:
    print(f"batch {record['batch_id']}: sent to {to} via {record['via']}")


def receive(sender: str, out: Path, config: Path, as_json: bool = False) -> None:
    """Fetch, verify, receipt and open ``sender``'s new batches into ``out``; report them.

    With ``as_json`` the result is one JSON document on stdout (quarantine reasons in it).
    Raises IntegrityError after handling the others when any batch was quarantined.
    """
    from sealflow.exchange.early_connect import close_unclaimed, connect_ahead

    # The SSH handshake runs while the configuration is validated (early_connect.py); the
    # connection is used only if the validated settings name the same endpoint.
    connect_ahead(config, sender)
    try:
        report, ctx = _receive(sender, out, config)
    finally:
        close_unclaimed()
    if as_json:
        import json

        document = {
            "from": sender,
            "received": [item["batch_id"] for item in report.received],
            "files_opened": len(report.opened),
            "out": str(out),
            "quarantined": [
                {"batch_id": item["batch_id"], "reason": item["reason"]}
                for item in report.quarantined
            ],
        }
        print(json.dumps(document, indent=2, sort_keys=True))
    else:
        for item in report.received:
            print(f"batch {item['batch_id']}: received from {sender}, receipt sent")
        print(
            f"{len(report.received)} batch(es) received, {len(report.opened)} file(s) "
            f"opened in {out}"
        )
    if report.quarantined:
        # With --json the reasons are in the document; the error line below still says it.
        for item in [] if as_json else report.quarantined:
            print(f"batch {item['batch_id']}: QUARANTINED ({item['reason']})", file=sys.stderr)
        raise IntegrityError(
            f"{len(report.quarantined)} batch(es) from {sender} quarantined in "
            f"{ctx.path('quarantine')}; none of them was opened"
        )


def _receive(sender: str, out: Path, config: Path) -> tuple[ReceiveReport, ExchangeContext]:
    """receive()'s work: the validated settings, then every new batch received and opened."""
    from sealflow.config import load_config
    from sealflow.exchange.context import ExchangeContext
    from sealflow.exchange.receiving import receive_batches
    from sealflow.govern.screen import withdrawn_screen
    from sealflow.govern.settings import GovernSettings

    note(f"receive: new batches from {sender}, verified, then opened into {out}", detail=True)
    study = load_config(config)  # once for both: reading and validating it is ~0.1 s
    ctx = ExchangeContext.from_settings(study)
    # Withdrawn people's rows and interviews are dropped as each batch is opened. Only the
    # batches this run receives are opened (decrypted once, as they are authenticated):
    # those kept from earlier runs were opened then.
    screen = withdrawn_screen(GovernSettings.from_config(study))
    return receive_batches(ctx, sender, out_dir=out, screen=screen), ctx
