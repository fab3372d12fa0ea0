"""The age v1 header: version line, recipient stanzas, and the HMAC that binds them.

Parsing follows the spec's ABNF exactly and fails closed: any line that is not a
well-formed version, stanza or MAC line, any non-canonical base64, and any CR is a
header failure. The parser reads line by line with a length limit so a hostile file
cannot make it buffer without bound.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from typing import BinaryIO

from sealflow.errors import DecryptionError
from sealflow.seal.primitives import b64decode_raw, b64encode_raw, hkdf_sha256

VERSION_LINE = b"age-encryption.org/v1\n"
_VERSION_PREFIX = b"age-encryption.org/"
_STANZA_PREFIX = b"-> "
_MAC_PREFIX = b"---"
_COLUMNS = 64
_MAX_LINE = 64 * 1024  # an argument line longer than this is not a real recipient
_MAX_STANZAS = 4096
_MAX_HEADER = 1024 * 1024  # thousands of recipients; a hostile header cannot grow memory


class HeaderError(DecryptionError):
    """The header is malformed: bad version, stanza, base64 or MAC line."""


class HeaderMacError(DecryptionError):
    """The header MAC does not match: the header was altered."""


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: a type, its arguments, and its binary body."""

    type: str
    args: tuple[str, ...]
    body: bytes

    def encode(self) -> bytes:
        """The stanza's header lines, body wrapped at 64 columns, ending with a short line."""
        line = b" ".join([b"->", self.type.encode(), *(a.encode() for a in self.args)])
        body = b64encode_raw(self.body)
        lines = [line] + [body[i : i + _COLUMNS] for i in range(0, len(body), _COLUMNS)]
        if len(body) % _COLUMNS == 0:
            lines.append(b"")
        return b"\n".join(lines) + b"\n"


@dataclass
class Header:
    """A parsed header; ``mac_input`` is the exact bytes the MAC covers."""

    stanzas: list[Stanza]
    mac: bytes = b""
    mac_input: bytes = field(default=b"", repr=False)


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA-256 under HKDF(file key, "header") over the header up to ``---``."""
    mac_key = hkdf_sha256(file_key, b"", b"header")
    return hmac.new(mac_key, mac_input, hashlib.sha256).digest()


def encode_header(stanzas: list[Stanza], file_key: bytes) -> bytes:
    """Serialise a header for ``stanzas`` with its MAC under ``file_key``."""
    mac_input = VERSION_LINE + b"".join(s.encode() for s in stanzas) + _MAC_PREFIX
    return mac_input + b" " + b64encode_raw(header_mac(file_key, mac_input)) + b"\n"


def verify_mac(header: Header, file_key: bytes) -> None:
    """Raise HeaderMacError unless the header's MAC matches (constant-time compare)."""
    if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
        raise HeaderMacError("header MAC mismatch: the file was altered or the key is wrong")


class _HeaderLines:
    """Reads header lines from ``src``, keeping them for the MAC, within size limits."""

    def __init__(self, src: BinaryIO) -> None:
        self._src = src
        self.consumed: list[bytes] = []
        self._size = 0

    def next(self) -> bytes:
        line = self._src.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE:
            raise HeaderError("header line too long")
        self._size += len(line)
        if self._size > _MAX_HEADER:
            raise HeaderError("header larger than 1 MiB")
        self.consumed.append(line)
        return line


def _is_vchar_arg(arg: bytes) -> bool:
    return bool(arg) and all(0x21 <= b <= 0x7E for b in arg)


def read_header(src: BinaryIO) -> Header:
    """Read and parse the header from ``src``, leaving it positioned at the payload nonce."""
    lines = _HeaderLines(src)
    first = lines.next()
    if first != VERSION_LINE:
        if first.startswith(_VERSION_PREFIX):
            raise HeaderError("unsupported age version: only age-encryption.org/v1 is read")
        raise HeaderError("not an age file: the version line is missing")
    stanzas: list[Stanza] = []
    line = lines.next()
    while True:
        if not line.endswith(b"\n"):
            raise HeaderError("header truncated before the MAC line")
        if line.startswith(_STANZA_PREFIX):
            if len(stanzas) >= _MAX_STANZAS:
                raise HeaderError("too many recipient stanzas")
            args = line[len(_STANZA_PREFIX) : -1].split(b" ")
            if not all(_is_vchar_arg(a) for a in args):
                raise HeaderError("stanza has an empty or invalid argument")
            body_lines: list[bytes] = []
            while True:
                body_line = lines.next()
                if not body_line.endswith(b"\n"):
                    raise HeaderError("header truncated inside a stanza body")
                text = body_line[:-1]
                if len(text) > _COLUMNS:
                    raise HeaderError("stanza body line longer than 64 columns")
                body_lines.append(text)
                if len(text) < _COLUMNS:
                    break
            body = b64decode_raw(b"".join(body_lines))
            if body is None:
                raise HeaderError("stanza body is not canonical unpadded base64")
            stanzas.append(
                Stanza(args[0].decode("ascii"), tuple(a.decode("ascii") for a in args[1:]), body)
            )
            line = lines.next()
            continue
        if line.startswith(_MAC_PREFIX):
            if not stanzas:
                raise HeaderError("header has no recipient stanza")
            if not line.startswith(b"--- ") or len(line) != 4 + 43 + 1:
                raise HeaderError("malformed header MAC line")
            mac = b64decode_raw(line[4:-1])
            if mac is None or len(mac) != 32:
                raise HeaderError("header MAC is not canonical base64 of 32 bytes")
            mac_input = b"".join(lines.consumed)[: -(len(line) - len(_MAC_PREFIX))]
            return Header(stanzas=stanzas, mac=mac, mac_input=mac_input)
        raise HeaderError("unexpected line in header")
