"""`sealflow seal|open|sign|verify` and `sealflow keys new|show`: age and minisign, the same way.

The options mirror ``age`` and ``minisign`` so people and scripts that know those tools
know these. Passphrases come from a file or an environment variable, never from the
command line (it would show in ``ps`` and shell history). IN and OUT default to stdin
and stdout; a named OUT appears only when complete (and, when opening, authenticated).
`seal` and `open` are thin: their work is in seal_files.py, which the fast door
(seal_fast.py) runs too, so that help and usage errors here stay the only ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from sealflow.cli import seal_files
from sealflow.cli.options import JsonOption
from sealflow.cli.seal_files import print_result, read_passphrase
from sealflow.errors import SealflowError
from sealflow.seal import keys, minisign

keys_app = typer.Typer(
    help="Create and list a party's age and minisign keys.", no_args_is_help=True
)


def seal(
    input_path: Annotated[
        Path | None, typer.Argument(metavar="IN", help="File to seal (default: stdin).")
    ] = None,
    recipient: Annotated[
        list[str] | None, typer.Option("-r", "--recipient", help="age1… recipient (repeatable).")
    ] = None,
    recipients_file: Annotated[
        list[Path] | None,
        typer.Option("-R", "--recipients-file", help="File of age1… lines (repeatable)."),
    ] = None,
    armor: Annotated[bool, typer.Option("-a", "--armor", help="Write ASCII armor.")] = False,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Sealed file (default: stdout).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Encrypt IN to the recipients as an age v1 file."""
    try:
        seal_files.seal(input_path, recipient or [], recipients_file or [], armor, output, as_json)
    except seal_files.MissingKeyError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from None


def open_(
    input_path: Annotated[
        Path | None, typer.Argument(metavar="IN", help="age file to open (default: stdin).")
    ] = None,
    identity: Annotated[
        list[Path] | None,
        typer.Option("-i", "--identity", help="Identity file of AGE-SECRET-KEY-1… lines."),
    ] = None,
    passphrase_file: Annotated[
        Path | None,
        typer.Option(
            "--passphrase-file",
            help="File whose first line is the passphrase of the identity files "
            "(or of the file itself when no -i is given).",
        ),
    ] = None,
    passphrase_env: Annotated[
        str | None, typer.Option("--passphrase-env", help="Environment variable with it.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Plaintext file (default: stdout).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Decrypt an age file (binary or armored); OUT appears only if every chunk verifies."""
    try:
        seal_files.open_(
            input_path, identity or [], passphrase_file, passphrase_env, output, as_json
        )
    except seal_files.MissingKeyError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from None


def sign(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="File to sign.")],
    secret_key: Annotated[
        Path, typer.Option("-k", "--secret-key", help="minisign secret key file.")
    ],
    trusted_comment: Annotated[
        str | None, typer.Option("-t", "--trusted-comment", help="Signed one-line comment.")
    ] = None,
    signature: Annotated[
        Path | None, typer.Option("-x", "--signature", help="Signature file (FILE.minisig).")
    ] = None,
    passphrase_file: Annotated[
        Path | None, typer.Option("--passphrase-file", help="Passphrase of the secret key.")
    ] = None,
    passphrase_env: Annotated[
        str | None, typer.Option("--passphrase-env", help="Environment variable with it.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Sign FILE with a minisign secret key; `minisign -V` verifies the result."""
    passphrase = read_passphrase(passphrase_file, passphrase_env)
    written = minisign.sign_file(file, secret_key, signature, trusted_comment, passphrase)
    if as_json:
        print_result({"file": str(file), "signature": str(written)})


def verify(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="File to verify.")],
    public_key: Annotated[
        str, typer.Option("-p", "--public-key", help="minisign public key file or RW… key.")
    ],
    signature: Annotated[
        Path | None, typer.Option("-x", "--signature", help="Signature file (FILE.minisig).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Verify FILE against its minisign signature; prints the trusted comment."""
    key: str | Path = public_key if public_key.startswith("RW") else Path(public_key)
    trusted_comment = minisign.verify_file(file, key, signature)
    if as_json:
        print_result(
            {
                "file": str(file),
                "signature": str(signature or f"{file}{minisign.SIG_SUFFIX}"),
                "verified": True,
                "trusted_comment": trusted_comment,
            }
        )
        return
    print(f"Signature and comment signature verified\nTrusted comment: {trusted_comment}")


@keys_app.command("new")
def keys_new(
    name: Annotated[str, typer.Option("--name", help="Party name: file names start with it.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the keys (made 0700).")],
    passphrase_env: Annotated[
        str | None,
        typer.Option("--passphrase-env", help="Environment variable holding the passphrase."),
    ] = None,
    passphrase_file: Annotated[
        Path | None, typer.Option("--passphrase-file", help="File whose first line is it.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Create an age identity and a minisign key pair; prints only the public halves."""
    passphrase = read_passphrase(passphrase_file, passphrase_env)
    created = keys.new_keys(name, out, passphrase)
    if as_json:
        print_result(
            {
                "name": created.name,
                "recipient": created.recipient,
                "minisign_key_id": created.key_id,
                "minisign_public_key": created.minisign_public_key,
                # Where the files are; the secret halves are never printed.
                "files": {
                    "identity": str(created.identity_path),
                    "recipient": str(created.recipient_path),
                    "minisign_secret_key": str(created.minisign_secret_key_path),
                    "minisign_public_key": str(created.minisign_public_key_path),
                },
            }
        )
        return
    print(f"{created.name}\trecipient: {created.recipient}")
    print(
        f"{created.name}\tminisign key id: {created.key_id}\t"
        f"public key: {created.minisign_public_key}"
    )


@keys_app.command("show")
def keys_show(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="Folder of keys.")],
    as_json: JsonOption = False,
) -> None:
    """Print each key set's age recipient and minisign key id (public files only)."""
    found = keys.show_keys(folder)
    if not found:
        raise SealflowError(f"{folder}: no public key files (*.age.pub, *.minisign.pub) found")
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "name": entry.name,
                        "recipient": entry.recipient,
                        "minisign_key_id": entry.key_id,
                        "minisign_public_key": entry.minisign_public_key,
                    }
                    for entry in found
                ],
                indent=2,
                sort_keys=True,
            )
        )
        return
    for entry in found:
        print(
            f"{entry.name}\trecipient: {entry.recipient or '-'}\t"
            f"minisign key id: {entry.key_id or '-'}\t"
            f"public key: {entry.minisign_public_key or '-'}"
        )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `sealflow` app."""
    app.command("seal")(seal)
    app.command("open")(open_)
    app.command("sign")(sign)
    app.command("verify")(verify)
    app.add_typer(keys_app, name="keys")
