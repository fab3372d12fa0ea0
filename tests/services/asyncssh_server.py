"""asyncssh's SSH/SFTP server on 127.0.0.1 for the SFTP tests: a third implementation.

asyncssh is not one of sealflow's dependencies, so it lives in a virtual environment of its
own, made once under .cache/asyncssh-venv (`asyncssh_python()`, reused across runs; bench/
exchange.py uses the same one for its client), and the server runs there as a subprocess
(SERVER_SCRIPT). `AsyncsshServer` has the interface of `SshServer` (sshd_server.py): fresh
ed25519 host and client keys, start/stop/restart by PID. It serves the real file system
as the user running it (root in CI), logging in our test user by key only; `max_read`
caps every READ reply at that many bytes (SFTP allows short reads; OpenSSH never sends
one for a regular file), which the tests use to exercise the short-read path.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from sshd_server import SshServer, wait_for_banner
from tool_venv import tool_python, tool_venv

ASYNCSSH_REQUIREMENT = "asyncssh==2.24.1"
ASYNCSSH_VENV = tool_venv("asyncssh")

SERVER_SCRIPT = """
import asyncio, sys
import asyncssh

port, host_key, authorized, user, max_read = sys.argv[1:6]
cap = int(max_read)


class Server(asyncssh.SSHServer):
    def begin_auth(self, username):
        if username != user:
            raise asyncssh.PermissionDenied("unknown user")
        return True

    def public_key_auth_supported(self):
        return True

    def password_auth_supported(self):
        return False


class CappedSFTPServer(asyncssh.SFTPServer):
    def read(self, file_obj, offset, size):
        return super().read(file_obj, offset, min(size, cap) if cap else size)


async def main():
    await asyncssh.listen(
        "127.0.0.1", int(port), server_factory=Server, server_host_keys=[host_key],
        authorized_client_keys=authorized, sftp_factory=CappedSFTPServer, allow_scp=False,
    )
    await asyncio.Event().wait()

asyncio.run(main())
"""


def asyncssh_python() -> Path:
    """The interpreter of the cached asyncssh environment, made on first use.

    Raises RuntimeError (with pip's output) if it cannot be made, e.g. without PyPI.
    """
    return tool_python("asyncssh", [ASYNCSSH_REQUIREMENT])


def unavailable_reason() -> str | None:
    """Why the asyncssh server cannot run here, or None when it can."""
    try:
        asyncssh_python()
    except RuntimeError as exc:
        return str(exc)
    return None


@dataclass
class AsyncsshServer(SshServer):
    """One asyncssh SFTP server; `root` holds its keys, log and the SFTP data folder."""

    max_read: int = 0

    @property
    def log(self) -> Path:
        return self.root / "asyncssh.log"

    def write_config(self) -> None:
        (self.root / "server.py").write_text(SERVER_SCRIPT)

    def start(self) -> Self:
        log = open(self.log, "ab")  # noqa: SIM115  (kept open for the process's life)
        argv = [str(asyncssh_python()), str(self.root / "server.py"), str(self.port)]
        argv += [str(self.host_key), str(self.root / "authorized_keys"), self.user]
        self.process = subprocess.Popen(
            [*argv, str(self.max_read)], stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        log.close()
        try:
            wait_for_banner(self.port, timeout=30.0)
        except RuntimeError as exc:
            self.stop()
            raise RuntimeError(
                f"{exc}; asyncssh log:\n{self.log.read_text(errors='replace')}"
            ) from None
        return self


if __name__ == "__main__":  # make the environment ahead of a test run
    print(asyncssh_python(), file=sys.stderr)
