"""One exception family, so the CLI and the workflow can turn any failure into one clear line.

Each subclass also derives from the matching builtin, as PyNaCl does, so callers that
catch ``ValueError`` or ``OSError`` keep working. Messages name the file, row, column or
key at fault and say what was expected; they never carry an identifier or secret value.
"""

from __future__ import annotations


class SealflowError(Exception):
    """Base of every error sealflow raises on purpose."""


class ConfigError(SealflowError, ValueError):
    """A configuration file is missing, malformed, or fails its schema."""


class UnknownPartyError(ConfigError):
    """A party is named that parties.yaml does not define."""


class InputSchemaError(SealflowError, ValueError):
    """An input table breaks its schema: missing column, bad type, duplicate ID, bad encoding."""


class IntegrityError(SealflowError, ValueError):
    """A hash, size, MAC or signature does not match: the data was altered or truncated.

    ``path``, ``expected`` and ``found`` (set where the raiser knows them) let a caller act
    on a mismatch (quarantine that file, report both digests) without parsing the message,
    as bagit-python's ChecksumMismatch does. They hold names, sizes and digests only, never
    content.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        expected: str | int | None = None,
        found: str | int | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.expected = expected
        self.found = found


class DecryptionError(IntegrityError):
    """A sealed file could not be opened: no matching identity, bad header, bad MAC, truncation."""


class SignatureError(IntegrityError):
    """A minisign signature does not verify under the expected public key."""


class PathSafetyError(SealflowError, ValueError):
    """A name from outside (manifest, bag, SFTP listing) would escape its folder."""


class ReplayError(SealflowError, ValueError):
    """A batch id already received is offered again."""


class HostKeyError(SealflowError, OSError):
    """An SFTP host presented a key that is not the pinned one."""


class TransportError(SealflowError, OSError):
    """A transfer failed after its retries."""


class DisclosureError(SealflowError, ValueError):
    """A disclosure-control model cannot be met within the configured limits."""


class GateError(SealflowError, ValueError):
    """Certification refused: a gate failed."""


class DocumentError(SealflowError, ValueError):
    """A document cannot be read: undecodable, empty, malformed WebVTT or SRT, corrupt docx."""


class WorkspaceError(SealflowError, ValueError):
    """A file sealflow itself wrote (a report, a record, a summary) is missing or unreadable."""
