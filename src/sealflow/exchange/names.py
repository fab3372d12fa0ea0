"""Path safety of every name that arrives from another party.

A manifest, an SFTP listing or a drop-box folder is written by someone else; a name in it
must never make us read or write outside the batch folder. Batches are flat, so a member
name is one plain path component. Checked here, once, before any file is opened:
no separator, no `.`/`..`, no leading `~`, no NUL or other control or format characters
(which also hide bidirectional-text tricks), no surrounding spaces, at most 255 bytes, and
not one of the names the batch format reserves for itself.
"""

from __future__ import annotations

import re
import unicodedata

from sealflow.errors import PathSafetyError

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"
RESERVED_NAMES = frozenset({MANIFEST_NAME, SIGNATURE_NAME})
PARTIAL_SUFFIX = ".part"
MAX_NAME_BYTES = 255

BATCH_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
PARTY_PATTERN = re.compile(r"^[a-z][a-z0-9_-]*$")


def unsafe_reason(name: object) -> str | None:
    """Why ``name`` is not a safe flat file name, or None when it is."""
    if not isinstance(name, str):
        return f"is a {type(name).__name__}, not a string"
    if name in ("", ".", ".."):
        return "is empty or a relative folder reference"
    if "/" in name or "\\" in name:
        return "contains a path separator (batches are flat: no folders, no absolute paths)"
    if name.startswith("~"):
        return "starts with ~ (home-folder expansion)"
    for char in name:
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            return f"contains the control or unassigned character U+{ord(char):04X}"
    if name != name.strip():
        return "starts or ends with white space"
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return f"is longer than {MAX_NAME_BYTES} bytes"
    if name in RESERVED_NAMES:
        return "is reserved for the batch's own manifest"
    if name.endswith(PARTIAL_SUFFIX):
        return f"ends with {PARTIAL_SUFFIX}, reserved for transfers in progress"
    return None


def check_member_name(name: object, where: str) -> str:
    """Return ``name`` if it is a safe flat file name, else raise PathSafetyError."""
    reason = unsafe_reason(name)
    if reason is not None:
        raise PathSafetyError(
            f"{where}: file name {name!a} {reason}; the batch is refused and nothing in it "
            "is opened"
        )
    assert isinstance(name, str)
    return name


SEALED_SUFFIX = ".age"


def check_sealed_name(name: object, where: str) -> str:
    """A batch member's name: a safe ``NAME.age`` whose ``NAME`` is itself a safe, free name.

    Returns ``NAME``, what the file opens as. Refused: no ``.age`` suffix, an empty stem
    (``.age``), a stem the batch reserves (``manifest.json.age``) or any unsafe stem, so
    that no member can open onto the manifest or onto another member.
    """
    sealed = check_member_name(name, where)
    if not sealed.endswith(SEALED_SUFFIX):
        raise PathSafetyError(
            f"{where}: file name {sealed!a} does not end in {SEALED_SUFFIX}; every batch member "
            "is an age file, so the batch is refused and nothing in it is opened"
        )
    stem = sealed.removesuffix(SEALED_SUFFIX)
    reason = unsafe_reason(stem)
    if reason is not None:
        raise PathSafetyError(
            f"{where}: file name {sealed!a} would open as {stem!a}, which {reason}; the batch "
            "is refused and nothing in it is opened"
        )
    return stem


def check_batch_id(batch_id: object, where: str) -> str:
    """A batch id is also a folder name on both sides, so it has a strict alphabet."""
    if not isinstance(batch_id, str) or not BATCH_ID_PATTERN.fullmatch(batch_id):
        raise PathSafetyError(
            f"{where}: batch id {batch_id!a} is not 1-128 characters of A-Z a-z 0-9 . _ - "
            "starting with a letter or digit"
        )
    return batch_id


def check_party_name(party: object, where: str) -> str:
    if not isinstance(party, str) or not PARTY_PATTERN.fullmatch(party):
        raise PathSafetyError(f"{where}: party name {party!a} is not a parties.yaml name")
    return party
