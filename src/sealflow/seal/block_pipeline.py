"""One block pipeline for both directions of a stream: read a block, transform it, write it.

Sealing and opening the age payload are the same loop: fill a large input block with
``readinto`` (reused buffers, no allocation per block), look one block ahead so the
transform knows whether this block ends the stream (the age final flag depends on it),
transform the block into a reused output buffer, write what the transform released, and
stop at the first error the transform reports, after writing the part it released. Only
the transform differs (age_stream.py's seal and open), so the loop is written once.

The cipher (OpenSSL's ChaCha20-Poly1305 through ``cryptography``) and the reads and
writes cost about the same CPU (0.1 s for each of crypto and writing, 0.05 s for reading
256 MiB), so a worker thread transforms and writes while the calling thread reads ahead:
the system calls release the GIL. Memory is constant: three input blocks and one output
block (2 MiB with age_stream.py's 512 KiB blocks), whatever the stream's size.
"""

from __future__ import annotations

import mmap
import queue
import threading
from collections.abc import Callable
from typing import BinaryIO, NamedTuple


class Released(NamedTuple):
    """What a transform made of one block: ``size`` output bytes to write, then ``error``."""

    size: int
    error: Exception | None = None


# transform(input block, output buffer, block number, is the last block) -> Released
Transform = Callable[[memoryview, memoryview, int, bool], Released]


def read_full(src: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from ``src``; fewer bytes only at end of file."""
    filled = 0
    size = len(view)
    while filled < size:
        got = src.readinto(view[filled:])  # type: ignore[attr-defined]
        if not got:
            break
        filled += got
    return filled


def write_full(dst: BinaryIO, view: memoryview) -> None:
    """Write all of ``view``: a raw file may take less than asked in one call."""
    done = 0
    while done < len(view):
        wrote = dst.write(view[done:])
        done = len(view) if wrote is None else done + wrote


def _block_buffer(size: int) -> memoryview:
    """A zeroed buffer whose pages cost nothing until touched (small streams stay cheap)."""
    return memoryview(mmap.mmap(-1, size))


class _Writer:
    """The worker thread of :func:`run_blocks`: transforms and writes blocks in order."""

    def __init__(self, dst: BinaryIO, out_block: int, transform: Transform) -> None:
        self.dst = dst
        self.output = _block_buffer(out_block)
        self.transform = transform
        self.todo: queue.SimpleQueue[tuple[int, memoryview, int, bool] | None] = queue.SimpleQueue()
        self.free: queue.SimpleQueue[int] = queue.SimpleQueue()
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self._work, name="sealflow-blocks", daemon=True)

    def _work(self) -> None:
        while (job := self.todo.get()) is not None:
            slot, block, number, last = job
            if self.failure is None:
                try:
                    released = self.transform(block, self.output, number, last)
                    if released.size:
                        write_full(self.dst, self.output[: released.size])
                    if released.error is not None:
                        raise released.error
                except BaseException as exc:  # handed to the reading thread, which raises it
                    self.failure = exc
            self.free.put(slot)


def run_blocks(
    src: BinaryIO, dst: BinaryIO, in_block: int, out_block: int, transform: Transform
) -> None:
    """Stream ``src`` to ``dst`` through ``transform``, ``in_block`` bytes at a time.

    The transform sees every block once, in order, the last one flagged (an empty stream
    is one empty last block), and writes into an ``out_block``-byte buffer; its released
    bytes are written before its error, if any, is raised.

    The calling thread reads block k + 1 while the worker transforms and writes block k.
    Three input blocks circulate (one read, one queued, one transformed); the worker's
    first failure stops the reading and is raised here, after the worker has written what
    was released. A stream of one short block is done inline, with no thread.
    """
    first = _block_buffer(in_block)
    have = read_full(src, first)
    if have < in_block:
        output = _block_buffer(out_block)
        released = transform(first[:have], output, 0, True)
        write_full(dst, output[: released.size])
        if released.error is not None:
            raise released.error
        return
    slots = [first, _block_buffer(in_block), _block_buffer(in_block)]
    writer = _Writer(dst, out_block, transform)
    for slot in range(1, 3):
        writer.free.put(slot)
    writer.thread.start()
    try:
        slot, number = 0, 0
        while writer.failure is None:
            following_slot, following, last = -1, 0, True
            if have == in_block:
                following_slot = writer.free.get()
                following = read_full(src, slots[following_slot])
                last = following == 0
            writer.todo.put((slot, slots[slot][:have], number, last))
            if last:
                break
            slot, have, number = following_slot, following, number + 1
    finally:
        writer.todo.put(None)
        writer.thread.join()
    if writer.failure is not None:
        raise writer.failure
