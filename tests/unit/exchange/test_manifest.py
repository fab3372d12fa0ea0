from __future__ import annotations

import json
from pathlib import Path

import pytest

from sealflow.errors import IntegrityError, PathSafetyError
from sealflow.exchange.manifest import Manifest

GOOD = {
    "format": "sealflow-batch/1",
    "batch_id": "20260101T000000Z-provider-extract-0a0b0c0d",
    "sender": "provider",
    "recipient": "evaluator",
    "purpose": "extract",
    "created": "2026-01-01T00:00:00+00:00",
    "files": [{"name": "roster.csv.age", "size": 10, "sha256": "a" * 64}],
}


def _with(**changes: object) -> bytes:
    body = {**GOOD, **changes}
    body = {k: v for k, v in body.items() if v is not None}
    return json.dumps(body).encode()


def test_when_manifest_is_built_then_it_parses_back_identically(tmp_path: Path) -> None:
    sealed = tmp_path / "roster.csv.age"
    sealed.write_bytes(b"ciphertext")
    manifest = Manifest.build("b-1", "provider", "evaluator", "extract", [sealed])
    assert Manifest.from_bytes(manifest.to_bytes(), "m") == manifest
    assert manifest.files[0].size == 10


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"\xff\xfe", IntegrityError, "not UTF-8 JSON"),
        (b"[1, 2]", IntegrityError, "JSON object"),
        (_with(purpose=None), IntegrityError, "missing: purpose"),
        (_with(extra="x"), IntegrityError, "unexpected: 'extra'"),
        (_with(format="other/1"), IntegrityError, "key format"),
        (_with(created="2026-01-01T00:00:00"), IntegrityError, "time zone"),
        (_with(created="yesterday"), IntegrityError, "ISO 8601"),
        (_with(sender="Provider!"), PathSafetyError, "key sender"),
        (_with(batch_id="../up"), PathSafetyError, "key batch_id"),
        (_with(files=[]), IntegrityError, "key files"),
        (
            _with(files=[{"name": "a.age", "size": -1, "sha256": "a" * 64}]),
            IntegrityError,
            "files\\[0\\].size",
        ),
        (
            _with(files=[{"name": "a.age", "size": True, "sha256": "a" * 64}]),
            IntegrityError,
            "files\\[0\\].size",
        ),
        (_with(files=[{"name": "a.age", "size": 1, "sha256": "A" * 64}]), IntegrityError, "sha256"),
        (_with(files=[{"name": "a.age", "size": 1}]), IntegrityError, "missing: sha256"),
        (
            _with(files=[{"name": "../a.age", "size": 1, "sha256": "a" * 64}]),
            PathSafetyError,
            "files\\[0\\].name",
        ),
        (
            _with(files=[{"name": "a.age", "size": 1, "sha256": "a" * 64}] * 2),
            IntegrityError,
            "listed twice",
        ),
    ],
)
def test_when_manifest_is_malformed_then_error_names_the_key(
    data: bytes, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        Manifest.from_bytes(data, "inbox/b-1/manifest.json")
