"""What every age recipient and identity type provides, so the format code stays generic."""

from __future__ import annotations

from typing import Protocol

from sealflow.seal.age_header import Stanza

FILE_KEY_SIZE = 16


class Recipient(Protocol):
    """Something a file can be sealed to: wraps the file key into stanzas."""

    def wrap(self, file_key: bytes) -> list[Stanza]: ...


class Identity(Protocol):
    """Something that can open a file: finds its stanza and unwraps the file key.

    ``unwrap`` returns None when no stanza is addressed to it (or the stanza's tag fails,
    which looks the same by design), and raises HeaderError when a stanza of its own type
    is malformed.
    """

    def unwrap(self, stanzas: list[Stanza]) -> bytes | None: ...
