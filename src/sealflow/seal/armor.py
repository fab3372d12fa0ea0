"""ASCII armor for age files: strict PEM (RFC 7468) with the label "AGE ENCRYPTED FILE".

The reader is strict on purpose (armored files are malleable otherwise): only whitespace
may surround the PEM block; every line but the last holds exactly 64 columns; padding
appears only at the end; base64 must be canonical; lines end in LF or CRLF and carry no
other whitespace. It decodes line by line, so memory stays constant on large files.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from typing import BinaryIO

from sealflow.errors import DecryptionError

BEGIN_LINE = b"-----BEGIN AGE ENCRYPTED FILE-----"
END_LINE = b"-----END AGE ENCRYPTED FILE-----"
_COLUMNS = 64
_WHITESPACE = b" \t\r\n"
_MAX_LEADING_WHITESPACE = 1024
DETECT_BYTES = _MAX_LEADING_WHITESPACE + 64
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/]*={0,2}")
# A run of full 64-column lines without padding: always canonical, decoded in one go.
_FULL_LINES = re.compile(rb"(?:[A-Za-z0-9+/]{64}\r?\n)+")
_FAST_WINDOW = 65 * 1024


class ArmorError(DecryptionError):
    """The ASCII armor is malformed or not canonical."""


def is_armored(prefix: bytes) -> bool:
    """Whether the first bytes of a file look like armor rather than a binary age file.

    Anything that is not a binary header but shows a PEM boundary is handed to the strict
    armor reader, so malformed armor is reported as an armor failure, not a header one.
    """
    if prefix.startswith(b"age-encryption.org/"):
        return False
    return prefix.lstrip(_WHITESPACE).startswith(b"-----") or b"-----BEGIN" in prefix


class ArmorWriter(io.RawIOBase):
    """Encode what is written to it as armor on ``dst``; ``close()`` writes the END line."""

    def __init__(self, dst: BinaryIO) -> None:
        super().__init__()
        self._dst = dst
        self._pending = bytearray()
        self._abandoned = False
        self._dst.write(BEGIN_LINE + b"\n")

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._pending += data
        whole = len(self._pending) - len(self._pending) % 48
        if whole >= 48 * 1024:
            self._emit(bytes(self._pending[:whole]))
            del self._pending[:whole]
        return len(data)

    def _emit(self, data: bytes) -> None:
        encoded = base64.b64encode(data)
        lines = [encoded[i : i + _COLUMNS] for i in range(0, len(encoded), _COLUMNS)]
        if lines:
            self._dst.write(b"\n".join(lines) + b"\n")

    def abandon(self) -> None:
        """Close without writing the rest: the file being armored failed."""
        self._pending.clear()
        self._abandoned = True
        super().close()

    def close(self) -> None:
        if not self.closed and not self._abandoned:
            self._emit(bytes(self._pending))
            self._pending.clear()
            self._dst.write(END_LINE + b"\n")
        super().close()


class ArmorReader(io.RawIOBase):
    """Decode an armored age file from a buffered ``src`` (one with ``readline``)."""

    def __init__(self, src: BinaryIO) -> None:
        super().__init__()
        self._src = src
        self._decoded = b""
        self._position = 0
        self._last_line_seen = False
        self._finished = False
        self._skip_leading_whitespace()
        if self._next_line(allow_no_eol=False) != BEGIN_LINE:
            raise ArmorError("armor BEGIN line is missing or malformed")

    def readable(self) -> bool:
        return True

    def _skip_leading_whitespace(self) -> None:
        for _ in range(_MAX_LEADING_WHITESPACE):
            peek = getattr(self._src, "peek", None)
            head = peek(1)[:1] if peek else b""
            if not head or head not in _WHITESPACE:
                return
            self._src.read(1)
        raise ArmorError("too much whitespace before the armor BEGIN line")

    def _next_line(self, allow_no_eol: bool) -> bytes:
        line = self._src.readline(_COLUMNS + 3)
        if line.endswith(b"\r\n"):
            return line[:-2]
        if line.endswith(b"\n"):
            return line[:-1]
        if allow_no_eol and line == END_LINE:
            return line
        raise ArmorError("armor line too long, truncated or missing its line ending")

    def _finish(self) -> None:
        while True:
            rest = self._src.read(64 * 1024)
            if not rest:
                break
            if rest.strip(_WHITESPACE):
                raise ArmorError("data after the armor END line")
        self._finished = True

    def _decode_full_lines(self) -> bool:
        """Decode a run of full lines at once (the bulk of a large file); False if none."""
        peek = getattr(self._src, "peek", None)
        if peek is None or self._last_line_seen:
            return False
        match = _FULL_LINES.match(peek(_FAST_WINDOW)[:_FAST_WINDOW])
        if match is None:
            return False
        text = self._src.read(match.end())
        self._decoded = base64.b64decode(text.replace(b"\r", b"").replace(b"\n", b""))
        self._position = 0
        return True

    def _decode_next(self) -> bool:
        """Decode one or more lines into the buffer; False at the END line."""
        if self._finished:
            return False
        if self._decode_full_lines():
            return True
        line = self._next_line(allow_no_eol=True)
        if line == END_LINE:
            self._finish()
            return False
        if self._last_line_seen:
            raise ArmorError("armor line after the short last line")
        if not line or len(line) > _COLUMNS or not _BASE64_LINE.fullmatch(line):
            raise ArmorError("armor line is empty, too long or not base64")
        if len(line) < _COLUMNS or line.endswith(b"="):
            self._last_line_seen = True
        if len(line) % 4:
            raise ArmorError("armor base64 is missing its padding")
        try:
            decoded = base64.b64decode(line, validate=True)
        except binascii.Error:
            raise ArmorError("armor base64 is malformed") from None
        if base64.b64encode(decoded) != line:
            raise ArmorError("armor base64 is not canonical")
        self._decoded = decoded
        self._position = 0
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        written = 0
        while written < len(view):
            if self._position >= len(self._decoded) and not self._decode_next():
                break
            take = min(len(view) - written, len(self._decoded) - self._position)
            view[written : written + take] = self._decoded[self._position : self._position + take]
            self._position += take
            written += take
        return written


def open_armored(src: BinaryIO) -> io.BufferedReader:
    """A buffered reader of the decoded bytes of an armored file."""
    return io.BufferedReader(ArmorReader(src), buffer_size=64 * 1024)
