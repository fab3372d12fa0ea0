"""Whole-or-nothing file writes and private folders.

Every output sealflow writes appears complete under its final name or not at all:
it is written to a temporary name in the same folder, flushed and fsynced, then renamed
(atomic on POSIX), and the folder is fsynced so the rename survives a crash. Personal
data lives in 0700 folders as 0600 files.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sealflow.errors import WorkspaceError

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` (and parents) and make it 0700; returns it as a Path."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    os.chmod(folder, PRIVATE_DIR_MODE)
    return folder


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """Flush a folder's entries so a rename in it survives a power cut."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(
    path: str | os.PathLike[str], mode: int = PRIVATE_FILE_MODE, text: bool = False
) -> Iterator[IO[Any]]:
    """Yield a file handle whose content reaches ``path`` only if the block succeeds.

    On an exception the temporary file is removed and ``path`` is left untouched.
    """
    with atomic_path(path, mode=mode) as tmp:
        handle: IO[Any] = open(tmp, "w", encoding="utf-8") if text else open(tmp, "wb")  # noqa: SIM115
        with handle as fh:
            yield fh


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], mode: int = PRIVATE_FILE_MODE) -> Iterator[Path]:
    """Yield a temporary path next to ``path`` for libraries that write by name (Parquet, docx).

    The library writes the temporary path; on success it is fsynced, chmodded and renamed.
    """
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        fsync_dir(final.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    with atomic_output(path, mode=mode) as fh:
        fh.write(data)


def write_text(path: str | os.PathLike[str], data: str, mode: int = PRIVATE_FILE_MODE) -> None:
    write_bytes(path, data.encode("utf-8"), mode=mode)


def write_json(path: str | os.PathLike[str], obj: Any, mode: int = PRIVATE_FILE_MODE) -> None:
    """Write JSON with sorted keys and a trailing newline, so outputs diff and hash stably."""
    write_text(path, json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n", mode)


def read_json(path: str | os.PathLike[str]) -> Any:
    """A JSON file an earlier stage wrote; a corrupt one is an error naming the file, not a
    traceback (its bytes are never quoted: a workspace file may hold personal data)."""
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise WorkspaceError(
            f"{path}: not the JSON file sealflow wrote there (corrupted or replaced); "
            "delete it and rerun the rule that makes it"
        ) from None


def read_json_lines(path: str | os.PathLike[str]) -> list[Any]:
    """A JSON-lines file an earlier stage wrote, with the same error as ``read_json``."""
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise WorkspaceError(
            f"{path}: not the JSON-lines file sealflow wrote there (corrupted or replaced); "
            "delete it and rerun the rule that makes it"
        ) from None
