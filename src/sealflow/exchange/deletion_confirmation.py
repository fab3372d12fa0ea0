"""The vendor's side of deletion: write its signed confirmation for the evaluator to check.

A transcription vendor promises to delete the recordings and every copy of the transcripts
within the study's deadline of each delivery. `sealflow vendor confirm-deletion` writes the
statement (receipts.make_deletion_confirmation: batch id, party, time, the file names) and
its minisign signature where the evaluator's `deletion_check` looks (the `confirmations/`
folder of the drop-box, or a folder the vendor then uploads). The signature is written
first and the statement last, so a reader never finds a statement without its signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sealflow import fsutil
from sealflow.errors import ConfigError
from sealflow.exchange.names import check_batch_id, check_party_name
from sealflow.exchange.receipts import deletion_name, make_deletion_confirmation
from sealflow.seal.minisign import SIG_SUFFIX
from sealflow.seal.minisign_keys import MinisignSecretKey

# Not personal data (a batch id, a party, a time and file names), and read by the evaluator.
CONFIRMATION_MODE = 0o644


@dataclass(frozen=True)
class WrittenConfirmation:
    batch_id: str
    party: str
    deleted_at: str
    files: list[str]
    confirmation: Path
    signature: Path


def write_deletion_confirmation(
    batch_id: str,
    party: str,
    secret_key_path: Path,
    passphrase: str | None,
    files: list[str],
    out_dir: Path,
) -> WrittenConfirmation:
    """Sign and write ``<batch_id>.deletion.json`` and its ``.minisig`` into ``out_dir``.

    Refuses a batch id or party outside the exchange alphabet, a file entry that is a path
    rather than a name, and a confirmation already written (a second statement for the same
    delivery would restate when it was deleted)."""
    check_batch_id(batch_id, "--batch")
    check_party_name(party, "--party")
    for name in files:
        if not name or "/" in name or "\\" in name or name in (".", ".."):
            raise ConfigError(
                f"--file {name!a}: give the name of each deleted recording or transcript "
                "(INT-001.wav), not a path"
            )
    if not files:
        raise ConfigError(
            "--file: name each recording and transcript deleted (repeat --file); the "
            "evaluator marks a delivery incomplete when one it sent is not named"
        )
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ConfigError(
            f"{out_dir}: no such folder; give --out the drop-box's confirmations/ folder "
            "(or a folder you then upload)"
        )
    target = out_dir / deletion_name(batch_id)
    signature = Path(f"{target}{SIG_SUFFIX}")
    if target.exists() or signature.exists():
        raise ConfigError(
            f"{target}: a deletion confirmation for batch {batch_id} is already there; "
            "one statement per delivery"
        )
    key = MinisignSecretKey.load(secret_key_path, passphrase)
    data, signature_text = make_deletion_confirmation(batch_id, party, key, files=files)
    fsutil.write_text(signature, signature_text, CONFIRMATION_MODE)
    fsutil.write_bytes(target, data, CONFIRMATION_MODE)
    deleted_at = str(fsutil.read_json(target)["deleted_at"])
    return WrittenConfirmation(batch_id, party, deleted_at, sorted(files), target, signature)
