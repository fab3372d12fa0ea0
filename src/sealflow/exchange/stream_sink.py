"""What a download hands its bytes to as they are kept.

On its own so the transports (local.py, sftp.py) and the factory that picks one
(transport.py) can all name it without importing each other in a circle.
"""

from __future__ import annotations

from typing import Protocol


class StreamSink(Protocol):
    """Takes every byte of a download as it is kept, in order (exchange/stream_open.py)."""

    def restart(self) -> None:
        """A new attempt begins: the bytes given so far are void; all come again from 0."""

    def put(self, chunk: bytes | memoryview) -> None:
        """The next bytes of the file."""
