"""ChunkPipe, the SFTP channel's receive buffer: same bytes, same order, same semantics as
paramiko's BufferedPipe, and a reader waiting for n bytes is woken once they are there."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st
from paramiko.buffered_pipe import PipeTimeout

from sealflow.exchange.sftp_io import ChunkPipe

WINDOW = 1 << 20


@given(
    chunks=st.lists(st.binary(min_size=0, max_size=300), max_size=20),
    read_sizes=st.lists(st.integers(min_value=1, max_value=700), min_size=1, max_size=10),
)
def test_when_chunks_are_read_in_any_sizes_then_the_bytes_come_out_in_order(
    chunks: list[bytes], read_sizes: list[int]
) -> None:
    pipe = ChunkPipe(WINDOW)
    for chunk in chunks:
        pipe.feed(chunk)
    pipe.close()
    expected = b"".join(chunks)
    received = bytearray()
    for index in range(len(expected) + 1):
        wanted = read_sizes[index % len(read_sizes)]
        left = len(expected) - len(received)
        out = pipe.read(wanted, timeout=1.0)
        assert len(out) == min(wanted, left)
        assert len(pipe) == left - len(out)
        if not out:
            break
        received += out
    assert bytes(received) == expected
    assert pipe.read(10) == b""


@pytest.mark.parametrize(
    ("fed", "expected"),
    [(b"", "PipeTimeout"), (b"abc", b"abc")],
)
def test_when_the_timeout_passes_then_what_came_is_returned_or_pipe_timeout(
    fed: bytes, expected: object
) -> None:
    pipe = ChunkPipe(WINDOW)
    pipe.feed(fed)
    if expected == "PipeTimeout":
        with pytest.raises(PipeTimeout):
            pipe.read(10, timeout=0.05)
    else:
        assert pipe.read(10, timeout=0.05) == expected


def read_in_thread(pipe: ChunkPipe, nbytes: int) -> tuple[threading.Thread, list[bytes]]:
    result: list[bytes] = []
    thread = threading.Thread(target=lambda: result.append(pipe.read(nbytes)), daemon=True)
    thread.start()
    return thread, result


def test_when_a_reader_wants_n_bytes_then_it_gets_them_in_one_read() -> None:
    pipe = ChunkPipe(WINDOW)
    thread, result = read_in_thread(pipe, 1000)
    for _ in range(10):
        pipe.feed(b"x" * 100)
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert result == [b"x" * 1000]


@pytest.mark.parametrize(
    ("window", "fed", "asked"),
    [(8, b"abcd", 100), (1 << 20, b"abcd", 1 << 20)],
)
def test_when_more_than_half_the_window_is_asked_then_half_the_window_is_enough(
    window: int, fed: bytes, asked: int
) -> None:
    """A reader never waits for bytes the server may not send before a window adjust."""
    pipe = ChunkPipe(window)
    pipe.feed(fed)
    if len(fed) < window // 2:
        pipe.feed(b"y" * (window // 2 - len(fed)))
    thread, result = read_in_thread(pipe, asked)
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert result[0].startswith(fed)


def test_when_closed_while_a_reader_waits_then_it_gets_what_came() -> None:
    pipe = ChunkPipe(WINDOW)
    thread, result = read_in_thread(pipe, 1000)
    pipe.feed(b"tail")
    pipe.close()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert result == [b"tail"]
    assert pipe.read(10) == b""


@pytest.mark.parametrize(("fed", "is_set"), [(b"", False), (b"abc", True)])
def test_when_an_event_is_attached_then_it_tells_whether_data_is_ready(
    fed: bytes, is_set: bool
) -> None:
    pipe = ChunkPipe(WINDOW)
    pipe.feed(fed)
    event = threading.Event()
    pipe.set_event(event)
    assert event.is_set() is is_set
    assert pipe.read_ready() is is_set
    assert pipe.empty() == fed
    assert not event.is_set()
