"""The reviewer public keys a study's config names, checked where the config is checked.

``outcome.quotes.reviewer_public_key`` and ``certify.reviewer_public_key`` each take the
path of a minisign public key file or the ``RW...`` key itself. The schema cannot tell a
path to no file from a good one, so a wrong path passed `sealflow config check` and was
first met by the outcome rule, once the reviewer had signed the approvals (attack18 G8).
`config check` now reads each key. A file that is not a key is an error; a missing file is
an error once the key is needed (the approvals file, or the certification, exists), and
before that a note: a new study (`sealflow init`) names the reviewer's key before the
reviewer has made it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sealflow.config import resolve
from sealflow.errors import ConfigError, SealflowError
from sealflow.seal.minisign_keys import MinisignPublicKey

# Where a config names a reviewer's minisign public key (section, ..., key), and the config
# key of the file whose existence means that key is needed now (joined to certify.dir when
# it names a folder).
REVIEWER_KEYS = {
    ("outcome", "quotes", "reviewer_public_key"): (("outcome", "quotes", "approvals"), ""),
    ("certify", "reviewer_public_key"): (("certify", "dir"), "certification.json"),
}


def _get(config: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = config
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    return value


def check_reviewer_keys(config: dict[str, Any]) -> list[str]:
    """The notes for reviewer keys not made yet; one ConfigError for a key that is wrong.

    The error and the notes name the config key and the file.
    """
    notes = []
    for path, (needed_by, file_name) in REVIEWER_KEYS.items():
        value, name = _get(config, path), ".".join(path)
        if not isinstance(value, str) or not value:
            continue
        source: str | Path = value if value.startswith("RW") else resolve(config["root"], value)
        if isinstance(source, Path) and not source.is_file():
            message = (
                f"key {name}: file not found: {source}; give the reviewer's minisign public "
                "key file (paths are relative to root) or the RW... key itself"
            )
            user = _get(config, needed_by)
            if not isinstance(user, str) or not user:
                notes.append(message)
                continue
            needed = f"{user}/{file_name}" if file_name else user
            if resolve(config["root"], needed).exists():
                raise ConfigError(message)
            notes.append(f"{message} (needed once {needed} exists)")
            continue
        try:
            MinisignPublicKey.load(source)
        except SealflowError as exc:
            raise ConfigError(f"key {name}: {exc}") from None
    return notes
