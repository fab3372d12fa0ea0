"""`sealflow batch make|verify`, `sealflow send`, `sealflow receive`: sealed, signed batches.

The same library functions the workflow's transfer rules call. Output names batch ids,
file names, counts and hashes, never a value from inside a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sealflow.cli.options import (
    STUDY,
    ConfigOption,
    JsonOption,
    QuietOption,
    VerboseOption,
    show_result,
)

if TYPE_CHECKING:
    from sealflow.exchange.flow import ExchangeContext

batch_app = typer.Typer(help="Make and verify sealed, signed batches.", no_args_is_help=True)


def _batch_document(manifest: Any, folder: Path) -> dict[str, Any]:
    """What `batch make` and `batch verify --json` show: names, sizes and parties only."""
    return {
        "batch_id": manifest.batch_id,
        "sender": manifest.sender,
        "recipient": manifest.recipient,
        "purpose": manifest.purpose,
        "files": len(manifest.files),
        "total_size": manifest.total_size,
        "folder": str(folder),
    }


def _context(config: Path) -> ExchangeContext:
    from sealflow.exchange.flow import ExchangeContext

    return ExchangeContext.from_config(config)


@batch_app.command("make")
def batch_make(
    files: Annotated[list[Path], typer.Argument(metavar="FILES...", help="Files to seal.")],
    to: Annotated[str, typer.Option("--to", help="Recipient party (in parties.yaml).")],
    purpose: Annotated[str, typer.Option("--purpose", help="Why: links, extract, recordings…")],
    out: Annotated[Path, typer.Option("--out", help="Batch folder to create (new or empty).")],
    config: ConfigOption = STUDY,
    as_json: JsonOption = False,
) -> None:
    """Seal FILES for a party (and for ourselves) into a new batch folder with a signed manifest."""
    from sealflow.exchange.flow import make_outgoing

    manifest = make_outgoing(_context(config), to, purpose, files, out)
    if as_json:
        show_result("batch:", _batch_document(manifest, out), as_json)
        return
    typer.echo(f"batch {manifest.batch_id}: {len(manifest.files)} file(s) sealed for {to} in {out}")


@batch_app.command("verify")
def batch_verify(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="Batch folder.")],
    config: ConfigOption = STUDY,
    as_json: JsonOption = False,
) -> None:
    """Check a batch's signature (key pinned in parties.yaml), names, sizes and hashes."""
    from sealflow.exchange.batch import verify_batch

    ctx = _context(config)
    verified = verify_batch(folder, ctx.public_keys())
    manifest = verified.manifest
    if as_json:
        show_result("batch:", {**_batch_document(manifest, folder), "verified": True}, as_json)
        return
    typer.echo(
        f"batch {manifest.batch_id}: OK, signed by {manifest.sender} for {manifest.recipient}, "
        f"purpose {manifest.purpose}, {len(manifest.files)} file(s), {manifest.total_size} bytes"
    )


def send(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="DIR | FILES...",
            help="Batch folder to send; with --purpose, files (or folders of files) to seal "
            "into a new batch and send.",
        ),
    ],
    to: Annotated[str, typer.Option("--to", help="Recipient party (in parties.yaml).")],
    purpose: Annotated[
        str | None,
        typer.Option(
            "--purpose", help="Seal FILES for this purpose first (links, extract…), as batch make."
        ),
    ] = None,
    config: ConfigOption = STUDY,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Verify and upload a batch we made (manifest last, resumable), or seal FILES into one."""
    from sealflow.cli import exchange_run

    record = exchange_run.send(paths, to, config, purpose)
    if as_json:
        show_result("send:", record, as_json)
        return
    exchange_run.print_sent(record, to)


def receive(
    sender: Annotated[str, typer.Option("--from", help="Party whose batches to fetch.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the opened files (0700).")],
    config: ConfigOption = STUDY,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Fetch new batches from a party, verify them, send receipts, and open them into OUT.

    Batches that fail any check are quarantined with their reason and never opened; the
    command then exits non-zero after handling the others.
    """
    from sealflow.cli import exchange_run

    exchange_run.receive(sender, out, config, as_json)


@batch_app.command("receipts")
def batch_receipts(
    party: Annotated[str, typer.Option("--from", help="Party whose receipts to check.")],
    config: ConfigOption = STUDY,
    as_json: JsonOption = False,
) -> None:
    """Check the signed receipts a party returned for the batches we sent it."""
    from sealflow.exchange.flow import collect_receipts

    statuses = collect_receipts(_context(config), party)
    if as_json:
        show_result("receipts:", statuses, as_json)
        return
    for status in statuses:
        typer.echo(f"batch {status['batch_id']}: {status['status']}")
    typer.echo(
        f"{sum(s['status'] == 'acknowledged' for s in statuses)}/{len(statuses)} acknowledged"
    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `sealflow` app."""
    app.add_typer(batch_app, name="batch")
    app.command("send")(send)
    app.command("receive")(receive)
