"""Cheap key-derivation costs for unit tests; the real costs are exercised in integration."""

from __future__ import annotations

import pytest

from sealflow.seal import keys, minisign_keys


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make passphrase-protected keys fast to write and read (scrypt N = 2^10)."""
    monkeypatch.setattr(keys, "IDENTITY_WORK_FACTOR", 10)
    monkeypatch.setattr(minisign_keys, "KDF_OPSLIMIT", 1 << 15)
    monkeypatch.setattr(minisign_keys, "KDF_MEMLIMIT", 1 << 20)
