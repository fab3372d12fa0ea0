"""Survey tokens: the keyed, unguessable stand-in for a pseudonymous ID in survey links.

A token is HMAC-SHA256 of the pseudonymous ID under a 32-byte secret key kept in the
workspace, base32-encoded in lower case without padding and cut to 32 characters (160
bits). The same key always gives the same token, so a resent link still matches; without
the key nobody, the survey platform included, can link a token to an ID or guess one.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import secrets
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from sealflow.errors import ConfigError
from sealflow.fsutil import PRIVATE_FILE_MODE, fsync_dir, private_dir

TOKEN_KEY_BYTES = 32
TOKEN_LENGTH = 32
# 32 base32 characters carry 160 bits: the first 20 bytes of the digest, no padding needed.
_TOKEN_DIGEST_BYTES = TOKEN_LENGTH * 5 // 8


def survey_token(key: bytes, pseudonymous_id: str) -> str:
    """The survey token of ``pseudonymous_id`` under ``key`` (32 lower-case base32 chars)."""
    if len(key) != TOKEN_KEY_BYTES:
        raise ValueError(f"survey token key must be {TOKEN_KEY_BYTES} bytes, got {len(key)}")
    digest = hmac.new(key, pseudonymous_id.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:TOKEN_LENGTH]


def survey_tokens(key: bytes, pseudonymous_ids: Iterable[str]) -> list[str]:
    """The survey token of each ID, in order; byte-identical to ``survey_token`` per ID.

    Written for the roster sizes of ``links`` and ``ingest`` (100 000 IDs), where calling
    ``survey_token`` per ID spends most of its time in setting up the HMAC and in the
    standard library's base32, which is pure Python in 3.11. Here the keyed HMAC state is
    made once and copied per ID, and the 20-byte digest prefixes (exactly 32 base32
    characters each) are encoded all at once by ``_base32_lower``.
    """
    if len(key) != TOKEN_KEY_BYTES:
        raise ValueError(f"survey token key must be {TOKEN_KEY_BYTES} bytes, got {len(key)}")
    keyed = hmac.new(key, digestmod=hashlib.sha256)
    prefixes = []
    for pseudonymous_id in pseudonymous_ids:
        mac = keyed.copy()
        mac.update(pseudonymous_id.encode("utf-8"))
        prefixes.append(mac.digest()[:_TOKEN_DIGEST_BYTES])
    encoded = _base32_lower(b"".join(prefixes))
    return [encoded[i : i + TOKEN_LENGTH] for i in range(0, len(encoded), TOKEN_LENGTH)]


@cache
def _base32_tables() -> tuple[Any, Any, Any]:
    """numpy's tables for _base32_lower, made on first use: numpy is imported only by the
    bulk path (`survey_token`, which `receive` uses for its withdrawal screen, needs none)."""
    import numpy as np

    alphabet = np.frombuffer(b"abcdefghijklmnopqrstuvwxyz234567", dtype=np.uint8)
    byte_shifts = np.arange(32, -1, -8, dtype=np.uint64)  # 5 bytes, big-endian, into 40 bits
    char_shifts = np.arange(35, -1, -5, dtype=np.uint64)  # 40 bits out as 8 five-bit digits
    return alphabet, byte_shifts, char_shifts


def _base32_lower(data: bytes) -> str:
    """RFC 4648 base32 in lower case of ``data``, whose length is a multiple of 5 (no padding).

    Hand-written because the standard library's ``base64.b32encode`` loops in Python (3.11)
    and no dependency offers base32; with numpy each 5-byte group becomes one 40-bit integer
    and its eight digits come out by shifts. Equality with ``b32encode`` is tested.
    """
    import numpy as np

    alphabet, byte_shifts, char_shifts = _base32_tables()
    groups = np.frombuffer(data, dtype=np.uint8).reshape(-1, 5).astype(np.uint64)
    values = (groups << byte_shifts).sum(axis=1, dtype=np.uint64)
    digits = (values[:, None] >> char_shifts) & np.uint64(31)
    return str(alphabet[digits].tobytes().decode("ascii"))


def _read_key(path: Path) -> bytes:
    key = path.read_bytes()
    if len(key) != TOKEN_KEY_BYTES:
        raise ConfigError(
            f"{path}: survey token key must be exactly {TOKEN_KEY_BYTES} bytes, found "
            f"{len(key)}; restore the original key file (tokens already sent depend on it)"
        )
    if path.stat().st_mode & 0o077:
        raise ConfigError(
            f"{path}: survey token key is readable by group or others; run chmod 600 on it"
        )
    return key


def load_or_create_token_key(path: str | os.PathLike[str]) -> bytes:
    """Read the 32-byte token key at ``path``; create it (random, 0600) if it is missing.

    Creation is race-free: the key is written under a temporary name and hard-linked into
    place, which fails if another process got there first, in which case its key is used.
    A key file that is the wrong size or readable by others is an error, never replaced.
    """
    key_path = Path(path)
    if key_path.exists():
        return _read_key(key_path)
    private_dir(key_path.parent)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{key_path.name}.", suffix=".part", dir=key_path.parent
    )
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(TOKEN_KEY_BYTES))
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(tmp_name, key_path)
            fsync_dir(key_path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
    return _read_key(key_path)
