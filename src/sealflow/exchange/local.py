"""The local drop-box transport: one folder per party on a shared or local disk.

It is the demo's default and the model of the real one: the same `.part`-then-rename
uploads, the same verified downloads, the same refusal of links, so a batch that passes
through a drop-box is checked exactly as one fetched over SFTP.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from sealflow import fsutil
from sealflow.errors import IntegrityError, PathSafetyError, TransportError
from sealflow.exchange.names import PARTIAL_SUFFIX
from sealflow.exchange.stream_sink import StreamSink

COPY_CHUNK = 1024 * 1024


class LocalTransport:
    def __init__(self, outgoing: Path, incoming: Path) -> None:
        self.outgoing = outgoing
        self.incoming = incoming
        self.description = f"drop-box {outgoing.parent.name}/{outgoing.name}"
        self.incoming_description = f"drop-box {incoming.parent.name}/{incoming.name}"
        self.on_bytes: Callable[[int], None] | None = None  # local copies are fast: unused

    def _out(self, remote: str) -> Path:
        return self.outgoing / remote

    def _in(self, remote: str) -> Path:
        path = self.incoming / remote
        # Drop-box folders are written by others: a link could point anywhere on our disk.
        current = self.incoming
        for part in Path(remote).parts:
            current = current / part
            if current.is_symlink():
                raise PathSafetyError(f"{current}: is a symbolic link; links are never followed")
        return path

    def upload(self, local: Path, remote: str, sha256: str | None = None) -> None:
        final = self._out(remote)
        final.parent.mkdir(parents=True, exist_ok=True)
        part = final.with_name(final.name + PARTIAL_SUFFIX)
        size = local.stat().st_size
        offset = part.stat().st_size if part.exists() else 0
        if offset > size:
            offset = 0
        digest = hashlib.sha256()
        with open(local, "rb") as src, open(part, "r+b" if offset else "wb") as dst:
            if sha256 is not None:  # what the .part already holds is ours up to offset
                while src.tell() < offset and (
                    block := src.read(min(COPY_CHUNK, offset - src.tell()))
                ):
                    digest.update(block)
            src.seek(offset)
            dst.seek(offset)
            dst.truncate(offset)
            while block := src.read(COPY_CHUNK):
                dst.write(block)
                if sha256 is not None:
                    digest.update(block)
            dst.flush()
            os.fsync(dst.fileno())
        if sha256 is not None and digest.hexdigest() != sha256:
            part.unlink(missing_ok=True)
            raise IntegrityError(
                f"{local}: SHA-256 differs from the manifest (changed since the batch was "
                "made); not sent, make the batch again",
                path=str(local), expected=sha256, found=digest.hexdigest(),
            )  # fmt: skip
        if part.stat().st_size != size:
            raise TransportError(f"{part}: size {part.stat().st_size} after copy, expected {size}")
        os.replace(part, final)
        fsutil.fsync_dir(final.parent)

    def write_bytes(self, remote: str, data: bytes) -> None:
        fsutil.write_bytes(self._out(remote), data)

    def list_incoming(self, folder: str = "") -> list[str]:
        path = self._in(folder) if folder else self.incoming
        if not path.is_dir():
            return []
        return sorted(entry.name for entry in os.scandir(path))

    def read_incoming(self, remote: str, max_bytes: int) -> bytes:
        path = self._in(remote)
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode):
            raise PathSafetyError(f"{path}: not a regular file")
        if info.st_size > max_bytes:
            raise IntegrityError(f"{path}: {info.st_size} bytes, more than the {max_bytes} allowed")
        with open(path, "rb") as fh:
            return fh.read(max_bytes + 1)[:max_bytes]

    def download(
        self, remote: str, local: Path, size: int, sha256: str, sink: StreamSink | None = None
    ) -> None:
        source = self._in(remote)
        info = os.lstat(source)
        if not stat.S_ISREG(info.st_mode):
            raise PathSafetyError(f"{source}: not a regular file (links and devices are refused)")
        if info.st_size != size:
            raise IntegrityError(f"{source}: {info.st_size} bytes, the manifest says {size}")
        local.parent.mkdir(parents=True, exist_ok=True)
        part = local.with_name(local.name + PARTIAL_SUFFIX)
        digest = hashlib.sha256()
        if sink is not None:
            sink.restart()
        try:
            with open(source, "rb") as src, open(part, "wb") as dst:
                os.fchmod(dst.fileno(), fsutil.PRIVATE_FILE_MODE)
                while chunk := src.read(COPY_CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
                    if sink is not None:
                        sink.put(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            if digest.hexdigest() != sha256:
                raise IntegrityError(
                    f"{source}: SHA-256 differs from the manifest (altered or truncated)"
                )
            os.replace(part, local)
        finally:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()

    def remove_incoming(self, remote: str) -> None:
        parent = self._in(str(Path(remote).parent)) if Path(remote).parent != Path(".") else None
        path = (parent or self.incoming) / Path(remote).name
        if path.is_symlink():
            path.unlink()  # the link itself, never what it points to
        elif path.is_dir():
            shutil.rmtree(path)
        else:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def close(self) -> None:
        return None
