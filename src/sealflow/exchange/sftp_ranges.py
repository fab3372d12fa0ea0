"""Large SFTP downloads as byte ranges fetched by several processes, hashed as they land.

Written when one Python process could not match OpenSSH's download speed. Since the SFTP
channel reads through ChunkPipe with 512 KiB packets (see sftp.py), one stream measures
about 1.0 of OpenSSH's `sftp` on 2 cores and two ranges only 0.9 (sshd then runs two
encrypting processes on the same cores), so ranges are off by default
(`parallel_downloads: 1`); they may pay on machines with more cores. Each range gets a
process and a connection of its own (forked: a spawned worker would spend ~0.5 s
importing), writing in place into the `.part` file
and publishing how far it got in shared memory. Meanwhile this process hashes the file in
order, following the first unfinished range, so the SHA-256 check costs no extra pass.
Each range's progress is saved in `NAME.part.ranges`, so a retry fetches only the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from sealflow.errors import SealflowError, TransportError
from sealflow.exchange.sftp_io import pipelined_read

HASH_CHUNK = 4 * 1024 * 1024
POLL_SECONDS = 0.002


def split(size: int, workers: int) -> list[tuple[int, int]]:
    step = -(-size // workers)
    return [(start, min(start + step, size)) for start in range(0, size, step)]


def download_ranges(
    endpoint: Any,
    connect: Callable[[Any], Any],
    path: str,
    part: Path,
    size: int,
    workers: int,
    resumed_from: list[int],
) -> str:
    """Fetch ``path`` into ``part`` over ``workers`` connections; return its SHA-256.

    The caller must hold no open connection (no paramiko thread may run at fork time).
    Raises ConnectionError (retryable) when a range was cut short, after saving progress.
    """
    progress_path = part.with_name(part.name + ".ranges")
    ranges = split(size, workers)
    saved = _read_progress(progress_path, ranges)
    fd = os.open(part, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_size != size:
            os.ftruncate(fd, size)
    finally:
        os.close(fd)
    context = get_context("fork")
    reached = context.Array("q", [saved.get(start, start) for start, _ in ranges], lock=False)
    if any(reached[i] > start for i, (start, _) in enumerate(ranges)):
        resumed_from.append(
            min(reached[i] for i, (_, end) in enumerate(ranges) if reached[i] < end)
        )
    errors = context.SimpleQueue()
    processes = {}
    for index, (_start, end) in enumerate(ranges):
        if reached[index] < end:
            process = context.Process(
                target=_fetch_range,
                args=(connect, endpoint, path, str(part), index, end, reached, errors),
                daemon=True,
            )
            process.start()
            processes[index] = process
    digest = _hash_following(part, ranges, reached, processes)
    for process in processes.values():
        process.join()
    progress = {start: int(reached[i]) for i, (start, _) in enumerate(ranges)}
    failures = []
    while not errors.empty():
        failures.append(errors.get())
    incomplete = [i for i, (_, end) in enumerate(ranges) if reached[i] < end]
    if failures or incomplete or digest is None:
        progress_path.write_text(json.dumps({str(k): v for k, v in progress.items()}))
        fatal = [message for is_fatal, message in failures if is_fatal]
        if fatal:
            raise TransportError(f"{path}: a range worker failed: {fatal[0]}")
        reason = failures[0][1] if failures else "a worker stopped early"
        raise ConnectionError(f"{path}: range download interrupted ({reason})")
    progress_path.unlink(missing_ok=True)
    fd = os.open(part, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return digest


def _hash_following(
    part: Path, ranges: list[tuple[int, int]], reached: Any, processes: dict[int, Any]
) -> str | None:
    """SHA-256 of the file, read in order as the workers publish their progress."""
    digest = hashlib.sha256()
    hashed = 0
    fd = os.open(part, os.O_RDONLY)
    try:
        for index, (_start, end) in enumerate(ranges):
            while hashed < end:
                available = reached[index]
                if available > hashed:
                    block = os.pread(fd, min(available, hashed + HASH_CHUNK) - hashed, hashed)
                    digest.update(block)
                    hashed += len(block)
                elif index in processes and processes[index].is_alive():
                    time.sleep(POLL_SECONDS)
                elif reached[index] <= hashed:
                    return None  # this range's worker ended short: the caller retries
    finally:
        os.close(fd)
    return digest.hexdigest()


def _fetch_range(
    connect: Callable[[Any], Any],
    endpoint: Any,
    path: str,
    part: str,
    index: int,
    end: int,
    reached: Any,
    errors: Any,
) -> None:
    """One worker process: its own connection, one byte range, written in place."""
    try:
        session = connect(endpoint)
        try:
            fd = os.open(part, os.O_WRONLY)
            try:
                with session.sftp.open(path, "rb") as remote_file:
                    position = reached[index]
                    for chunk in pipelined_read(
                        session.sftp, remote_file, position, end, session.read_size
                    ):
                        os.pwrite(fd, chunk, position)
                        position += len(chunk)
                        reached[index] = position
            finally:
                os.close(fd)
        finally:
            session.client.close()
    except BaseException as exc:
        errors.put((isinstance(exc, SealflowError), f"{type(exc).__name__}: {exc}"))


def _read_progress(path: Path, ranges: list[tuple[int, int]]) -> dict[int, int]:
    if not path.exists():
        return {}
    try:
        saved = {int(k): int(v) for k, v in json.loads(path.read_text()).items()}
    except (ValueError, AttributeError):
        return {}
    return {start: max(start, min(saved.get(start, start), end)) for start, end in ranges}
