"""What `sealflow seal` and `sealflow open` do, with no command-line library behind it.

Both front doors run these functions: the typer commands in seal_cmd.py (help, usage
errors) and the fast path in seal_fast.py, which parses a well-formed `seal`/`open`
command line with argparse so that sealing a file does not first import typer, rich and
the rest (about a quarter of a second). Keeping the work here, once, is what keeps the two
doors' behaviour the same. Nothing heavy is imported at module level: tqdm only for a
progress bar, fsutil only for an atomic OUT.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from sealflow.errors import SealflowError
from sealflow.seal import age

PROGRESS_MIN_BYTES = 64 * 1024 * 1024


class MissingKeyError(SealflowError):
    """No recipient (seal) or identity (open) was given: a usage error, exit status 2."""

    def __init__(self, message: str, option: str) -> None:
        super().__init__(message)
        self.option = option


# --json puts the result on stdout, so the file itself must go to -o.
JSON_NEEDS_OUTPUT = "--json needs -o FILE: without it, stdout carries the file itself"


def print_result(document: dict[str, object]) -> None:
    """A command's result as JSON on stdout (--json): names, sizes and counts only."""
    import json

    print(json.dumps(document, indent=2, sort_keys=True))


def read_passphrase(passphrase_file: Path | None, passphrase_env: str | None) -> str | None:
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
    if size < PROGRESS_MIN_BYTES or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=size, unit="B", unit_scale=True, desc=action, leave=False) as bar:
        yield bar.update


def seal(
    input_path: Path | None,
    recipient: list[str],
    recipients_file: list[Path],
    armor: bool,
    output: Path | None,
    as_json: bool = False,
) -> None:
    """Encrypt IN (or stdin) to the recipients, into OUT (or stdout); with ``as_json``, the
    result (OUT, its size, how many recipients) as JSON on stdout."""
    if as_json and output is None:
        raise MissingKeyError(JSON_NEEDS_OUTPUT, "-o")
    recipients: list[age.Recipient] = [age.parse_recipient(r) for r in recipient]
    for path in recipients_file:
        recipients.extend(age.load_recipients(path))
    if not recipients:
        raise MissingKeyError("no recipient: give -r age1… or -R RECIPIENTS_FILE", "-r")
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
    if as_json and output is not None:
        print_result(
            {
                "sealed": str(output),
                "input": str(input_path) if input_path is not None else "-",
                "bytes": output.stat().st_size,
                "recipients": len(recipients),
                "armor": armor,
            }
        )


def open_(
    input_path: Path | None,
    identity: list[Path],
    passphrase_file: Path | None,
    passphrase_env: str | None,
    output: Path | None,
    as_json: bool = False,
) -> None:
    """Decrypt IN (or stdin) with the identities or passphrase, into OUT (or stdout); with
    ``as_json``, the result (OUT and its size) as JSON on stdout."""
    if as_json and output is None:
        raise MissingKeyError(JSON_NEEDS_OUTPUT, "-o")
    passphrase = read_passphrase(passphrase_file, passphrase_env)
    identities: list[age.Identity] = []
    for path in identity:
        identities.extend(age.load_identities(path, passphrase))
    if not identities:
        if passphrase is None:
            raise MissingKeyError("no identity: give -i IDENTITY_FILE (or a passphrase file)", "-i")
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
    if as_json and output is not None:
        print_result(
            {
                "opened": str(output),
                "input": str(input_path) if input_path is not None else "-",
                "bytes": output.stat().st_size,
            }
        )
