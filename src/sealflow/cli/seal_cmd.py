"""`sealflow seal|open|sign|verify` and `sealflow keys new|show`: age and minisign, the same way.

The options mirror ``age`` and ``minisign`` so people and scripts that know those tools
know these. Passphrases come from a file or an environment variable, never from the
command line (it would show in ``ps`` and shell history). IN and OUT default to stdin
and stdout; a named OUT appears only when complete (and, when opening, authenticated).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from tqdm import tqdm

from sealflow.errors import SealflowError
from sealflow.seal import age, keys, minisign

_PROGRESS_MIN_BYTES = 64 * 1024 * 1024

keys_app = typer.Typer(
    help="Create and list a party's age and minisign keys.", no_args_is_help=True
)


def _read_passphrase(passphrase_file: Path | None, passphrase_env: str | None) -> str | None:
    """The passphrase from a file (first line) or an environment variable, if either is given."""
    if passphrase_file is not None and passphrase_env is not None:
        raise SealflowError("give either --passphrase-file or --passphrase-env, not both")
    if passphrase_file is not None:
        try:
            text = passphrase_file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise SealflowError(
                f"{passphrase_file}: the passphrase file is not UTF-8 text"
            ) from None
        passphrase = text.splitlines()[0] if text.splitlines() else ""
        if not passphrase:
            raise SealflowError(f"{passphrase_file}: the passphrase file is empty")
        return passphrase
    if passphrase_env is not None:
        from_env = os.environ.get(passphrase_env)
        if not from_env:
            raise SealflowError(f"environment variable {passphrase_env} is unset or empty")
        return from_env
    return None


def _stdout() -> BinaryIO:
    return sys.stdout.buffer


@contextlib.contextmanager
def _progress(path: Path, action: str) -> Iterator[Callable[[int], object] | None]:
    """A byte-count progress bar on stderr for files of 64 MiB or more, when it is a terminal."""
    size = path.stat().st_size
    if size < _PROGRESS_MIN_BYTES or not sys.stderr.isatty():
        yield None
        return
    with tqdm(total=size, unit="B", unit_scale=True, desc=action, leave=False) as bar:
        yield bar.update


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
) -> None:
    """Encrypt IN to the recipients as an age v1 file."""
    recipients: list[age.Recipient] = [age.parse_recipient(r) for r in recipient or []]
    for path in recipients_file or []:
        recipients.extend(age.load_recipients(path))
    if not recipients:
        raise typer.BadParameter(
            "no recipient: give -r age1… or -R RECIPIENTS_FILE", param_hint="-r"
        )
    if output is None and not armor and sys.stdout.isatty():
        raise SealflowError("refusing to write a binary age file to a terminal: use -o or --armor")
    if input_path is not None and output is not None:
        with _progress(input_path, "sealing") as progress:
            age.seal_file(input_path, output, recipients, armor=armor, progress=progress)
    elif output is not None:
        from sealflow.fsutil import atomic_output

        with atomic_output(output) as dst:
            age.encrypt(sys.stdin.buffer, dst, recipients, armor=armor)  # type: ignore[arg-type]
    elif input_path is not None:
        with open(input_path, "rb", buffering=0) as src:
            age.encrypt(src, _stdout(), recipients, armor=armor)
    else:
        age.encrypt(sys.stdin.buffer, _stdout(), recipients, armor=armor)


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
) -> None:
    """Decrypt an age file (binary or armored); OUT appears only if every chunk verifies."""
    passphrase = _read_passphrase(passphrase_file, passphrase_env)
    identities: list[age.Identity] = []
    for path in identity or []:
        identities.extend(age.load_identities(path, passphrase))
    if not identities:
        if passphrase is None:
            raise typer.BadParameter(
                "no identity: give -i IDENTITY_FILE (or a passphrase file)", param_hint="-i"
            )
        identities.append(age.ScryptIdentity(passphrase.encode("utf-8")))
    if input_path is not None and output is not None:
        with _progress(input_path, "opening") as progress:
            age.open_file(input_path, output, identities, progress=progress)
    elif output is not None:
        from sealflow.fsutil import atomic_output

        with atomic_output(output) as dst:
            age.decrypt(sys.stdin.buffer, dst, identities)  # type: ignore[arg-type]
    elif input_path is not None:
        with open(input_path, "rb", buffering=1024 * 1024) as src:
            age.decrypt(src, _stdout(), identities)
    else:
        age.decrypt(sys.stdin.buffer, _stdout(), identities)
    _stdout().flush()


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
) -> None:
    """Sign FILE with a minisign secret key; `minisign -V` verifies the result."""
    passphrase = _read_passphrase(passphrase_file, passphrase_env)
    minisign.sign_file(file, secret_key, signature, trusted_comment, passphrase)


def verify(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="File to verify.")],
    public_key: Annotated[
        str, typer.Option("-p", "--public-key", help="minisign public key file or RW… key.")
    ],
    signature: Annotated[
        Path | None, typer.Option("-x", "--signature", help="Signature file (FILE.minisig).")
    ] = None,
) -> None:
    """Verify FILE against its minisign signature; prints the trusted comment."""
    key: str | Path = public_key if public_key.startswith("RW") else Path(public_key)
    trusted_comment = minisign.verify_file(file, key, signature)
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
) -> None:
    """Create an age identity and a minisign key pair; prints only the public halves."""
    passphrase = _read_passphrase(passphrase_file, passphrase_env)
    created = keys.new_keys(name, out, passphrase)
    print(f"{created.name}\trecipient: {created.recipient}")
    print(
        f"{created.name}\tminisign key id: {created.key_id}\t"
        f"public key: {created.minisign_public_key}"
    )


@keys_app.command("show")
def keys_show(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="Folder of keys.")],
) -> None:
    """Print each key set's age recipient and minisign key id (public files only)."""
    found = keys.show_keys(folder)
    if not found:
        raise SealflowError(f"{folder}: no public key files (*.age.pub, *.minisign.pub) found")
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
