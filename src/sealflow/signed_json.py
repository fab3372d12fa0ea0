"""Reading JSON that arrived from outside: authenticated first, then parsed within bounds.

Manifests, receipts, deletion confirmations and the anchors in them are small signed JSON
documents written by someone else. Nothing of them is parsed before the minisign signature
over their raw bytes verifies under the key we pin for their author, and even then parsing
is bounded in size and nesting depth, so a hostile document gets one IntegrityError (and its
batch a quarantine) rather than a RecursionError, a MemoryError or a traceback.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from sealflow.errors import IntegrityError, SealflowError, SignatureError
from sealflow.seal.minisign import verify_bytes
from sealflow.seal.minisign_keys import MinisignPublicKey

MAX_DOCUMENT_BYTES = 1024 * 1024
MAX_DEPTH = 16
MAX_SIGNATURE_BYTES = 4096


def nested_deeper_than(data: bytes, limit: int) -> bool:
    """Whether JSON arrays and objects in ``data`` nest deeper than ``limit`` (strings skipped).

    Scans bytes without parsing, so it is safe on any input; most documents have fewer
    brackets than the limit and are answered without the scan.
    """
    if data.count(b"[") + data.count(b"{") <= limit:
        return False
    depth = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


def load_object(
    data: bytes, where: str, max_bytes: int = MAX_DOCUMENT_BYTES, max_depth: int = MAX_DEPTH
) -> dict[str, Any]:
    """A JSON object from ``data`` (UTF-8), or IntegrityError naming ``where``."""
    if len(data) > max_bytes:
        raise IntegrityError(f"{where}: {len(data)} bytes, more than the {max_bytes} allowed")
    if nested_deeper_than(data, max_depth):
        raise IntegrityError(f"{where}: JSON nested deeper than {max_depth} levels")
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
        raise IntegrityError(f"{where}: not UTF-8 JSON ({reason})") from None
    if not isinstance(value, dict):
        raise IntegrityError(f"{where}: must be a JSON object")
    return value


def signature_text(raw: bytes, where: str) -> str:
    """A .minisig's text, bounded and decoded; SignatureError for anything else."""
    if len(raw) > MAX_SIGNATURE_BYTES:
        raise SignatureError(f"{where}: larger than {MAX_SIGNATURE_BYTES} bytes: not a signature")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError(f"{where}: not a minisign signature (not UTF-8)") from None


def signature_key_id(signature: str) -> bytes | None:
    """The key id a minisign signature claims (line 2), or None if it names none.

    A claim, not a proof: it only chooses which pinned key must then verify the signature.
    """
    lines = signature.splitlines()
    if len(lines) < 2:
        return None
    try:
        raw = base64.b64decode(lines[1], validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw[2:10] if len(raw) == 74 else None


def authenticate(
    data: bytes, signature: str, public_key: str | MinisignPublicKey, signer: str, where: str
) -> None:
    """Check ``signature`` over the raw ``data`` with ``signer``'s pinned key; nothing parsed."""
    try:
        verify_bytes(data, signature, public_key)
    except SealflowError as exc:
        raise SignatureError(
            f"{where}: signature does not verify under the key pinned for {signer} ({exc}); "
            "nothing in it was read"
        ) from None


def load_signed_object(
    data: bytes,
    signature: str,
    public_key: str | MinisignPublicKey,
    signer: str,
    where: str,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> dict[str, Any]:
    """Authenticate, then parse (bounded): the one way to read a signed JSON document."""
    if len(data) > max_bytes:
        raise IntegrityError(f"{where}: {len(data)} bytes, more than the {max_bytes} allowed")
    authenticate(data, signature, public_key, signer, where)
    return load_object(data, where, max_bytes)
