"""The TCP connection of a handshake started ahead, opened before paramiko is imported.

An SSH server spends its first ~10-20 ms of every connection before it sends its banner
(OpenSSH forks and re-executes itself, loads its configuration and host keys). Opened
in a thread as soon as the endpoint is read (early_connect.py), while the main thread
imports paramiko (~60 ms), the connection is ready when the handshake starts instead of
beginning then. Nothing but TCP happens here: the SSH handshake on this socket pins the
host key and logs in with a key exactly as on one paramiko opened itself (sftp.connect),
and the socket is handed over only for the same host and port. If the connection fails
in any way the handshake opens its own, so every error reads as before.
"""

from __future__ import annotations

import contextlib
import socket
import threading


class TcpAhead:
    """A TCP connection to ``host``:``port`` opening in a background thread."""

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.address = (host, port)
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(
            target=self._run, args=(timeout,), name="sealflow-tcp", daemon=True
        )
        self._thread.start()

    def _run(self, timeout: float) -> None:
        try:
            opened = socket.create_connection(self.address, timeout=timeout)
        except OSError:
            return  # the handshake connects by itself and meets the error there
        with self._lock:
            if self._closed:
                opened.close()
            else:
                self._socket = opened

    def take(self, host: str, port: int) -> socket.socket | None:
        """The connected socket, if it is to ``host``:``port`` and opened; else None."""
        self._thread.join()
        with self._lock:
            taken, self._socket = self._socket, None
            self._closed = True
        if taken is not None and (host, port) != self.address:
            taken.close()
            return None
        return taken

    def close(self) -> None:
        """Close the socket now, or as soon as it opens: it will not be used."""
        with self._lock:
            self._closed = True
            taken, self._socket = self._socket, None
        if taken is not None:
            with contextlib.suppress(OSError):
                taken.close()
