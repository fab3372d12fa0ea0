"""Which failures the SFTP transport retries (lost connections) and which it does not."""

from __future__ import annotations

import errno

import paramiko
import pytest

from sealflow.errors import HostKeyError, IntegrityError
from sealflow.exchange.sftp import _retryable
from sealflow.exchange.sftp_ranges import _read_progress, split


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (EOFError(), True),
        (paramiko.SSHException("Server connection dropped"), True),
        (TimeoutError("timed out"), True),
        (ConnectionResetError(errno.ECONNRESET, "reset"), True),
        (OSError("Socket is closed"), True),
        (paramiko.ssh_exception.NoValidConnectionsError({("127.0.0.1", 22): OSError()}), True),
        (OSError(errno.EPIPE, "broken pipe"), True),
        (FileNotFoundError(errno.ENOENT, "No such file"), False),
        (PermissionError(errno.EACCES, "Permission denied"), False),
        (OSError("Failure"), False),  # an SFTP status reply: asking again will not help
        (paramiko.AuthenticationException("denied"), False),
        (HostKeyError("changed"), False),
        (IntegrityError("hash"), False),
        (ValueError("bug"), False),
    ],
)
def test_when_an_operation_fails_then_only_lost_connections_are_retried(
    error: BaseException, retried: bool
) -> None:
    assert _retryable(error) is retried


@pytest.mark.parametrize(
    ("size", "workers", "ranges"),
    [
        (10, 2, [(0, 5), (5, 10)]),
        (11, 2, [(0, 6), (6, 11)]),
        (3, 4, [(0, 1), (1, 2), (2, 3)]),
        (8, 1, [(0, 8)]),
    ],
)
def test_when_a_file_is_split_then_ranges_cover_it_once(
    size: int, workers: int, ranges: list[tuple[int, int]]
) -> None:
    assert split(size, workers) == ranges


@pytest.mark.parametrize(
    ("saved", "expected"),
    [
        ('{"0": 3, "5": 7}', {0: 3, 5: 7}),
        ('{"0": 99, "5": 1}', {0: 5, 5: 5}),  # clamped into each range
        ("not json", {}),
        ("[1, 2]", {}),
    ],
)
def test_when_range_progress_is_read_then_it_is_clamped_or_ignored(
    tmp_path, saved: str, expected: dict[int, int]
) -> None:
    path = tmp_path / "f.part.ranges"
    path.write_text(saved)
    assert _read_progress(path, [(0, 5), (5, 10)]) == expected
