"""`sealflow vendor confirm-deletion`: what a transcription vendor runs after deleting.

The vendor's guide (docs/parties/vendor.md) shows it beside the `minisign`-only route; both
write the same signed statement, which the evaluator's `deletion_check` verifies with the
vendor's pinned key. The passphrase comes from a file or an environment variable, never
the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sealflow.cli.options import JsonOption, note
from sealflow.cli.seal_files import print_result, read_passphrase

vendor_app = typer.Typer(help="A transcription vendor's side: the signed deletion confirmation.")


@vendor_app.command("confirm-deletion")
def confirm_deletion(
    batch: Annotated[
        str, typer.Option("--batch", help="Batch id of the transcript delivery (DELIVERY).")
    ],
    party: Annotated[str, typer.Option("--party", help="Your party name in parties.yaml.")],
    secret_key: Annotated[
        Path, typer.Option("-k", "--secret-key", help="Your minisign secret key file.")
    ],
    file: Annotated[
        list[str],
        typer.Option("--file", help="Name of a recording or transcript deleted (repeatable)."),
    ],
    out: Annotated[
        Path, typer.Option("--out", help="The drop-box's confirmations/ folder (or to upload).")
    ],
    passphrase_file: Annotated[
        Path | None, typer.Option("--passphrase-file", help="Passphrase of the secret key.")
    ] = None,
    passphrase_env: Annotated[
        str | None, typer.Option("--passphrase-env", help="Environment variable with it.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Sign and write DELIVERY.deletion.json (and .minisig): the recordings and every
    transcript copy of that delivery are deleted."""
    from sealflow.exchange.deletion_confirmation import write_deletion_confirmation

    written = write_deletion_confirmation(
        batch, party, secret_key, read_passphrase(passphrase_file, passphrase_env), file, out
    )
    if as_json:
        print_result(
            {
                "batch_id": written.batch_id,
                "party": written.party,
                "deleted_at": written.deleted_at,
                "files": written.files,
                "confirmation": str(written.confirmation),
                "signature": str(written.signature),
            }
        )
        return
    note(f"deletion of batch {written.batch_id} confirmed at {written.deleted_at}")
    print(written.confirmation)


def register(app: typer.Typer) -> None:
    """Add the `vendor` group to the `sealflow` app."""
    app.add_typer(vendor_app, name="vendor")
