"""A real OpenSSH sshd on 127.0.0.1 for the SFTP tests, with its own config and keys.

`SshServer.start()` writes a private sshd_config (fresh ed25519 host key, an authorized_keys
for the test user, internal-sftp only), starts `/usr/sbin/sshd -D -e -f CONFIG` on a free
port, waits for the `SSH-2.0` banner and `stop()` ends it (and its per-connection session
processes) by PID. Facts this relies on, measured on Debian 12:
- `/run/sshd` must exist (prepare-root.sh makes it);
- authorized_keys is read as the target user, so it lives in a world-readable folder under
  /tmp, or /var/tmp where /tmp is private (pytest's 0700 tmp_path is not readable by that
  user), and `StrictModes no` is needed;
- as root, sshd logs in the unprivileged `sealflow-sftp` user (made by prepare-root.sh, its
  password field `*` so that `UsePAM no` does not treat it as locked); as any other user, a
  private sshd can only log in that same user, so it does.

`DroppingProxy` sits between client and server and cuts the connection after a byte budget,
which is how the tests drop a transfer half-way without racing a kill.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

import psutil

SSHD = Path("/usr/sbin/sshd")
SSH_KEYGEN = shutil.which("ssh-keygen") or "/usr/bin/ssh-keygen"
SFTP_TEST_USER = os.environ.get("SEALFLOW_SFTP_TEST_USER", "sealflow-sftp")


def unavailable_reason() -> str | None:
    """Why a real sshd cannot run here, or None when it can."""
    if not SSHD.is_file():
        return f"{SSHD} is missing: install openssh-server (make system-deps, as root)"
    if not Path(SSH_KEYGEN).is_file():
        return "ssh-keygen is missing: install openssh-client"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SFTP_TEST_USER)
        except KeyError:
            return f"test user {SFTP_TEST_USER} missing: run tests/services/prepare-root.sh as root"
        if not Path("/run/sshd").is_dir():
            return "/run/sshd is missing: run tests/services/prepare-root.sh as root"
    return None


def server_base() -> str:
    """A folder the SFTP user can traverse: /tmp, unless it is private (0700 in some
    sandboxes, where sshd then cannot read authorized_keys as that user): then /var/tmp."""
    for base in ("/tmp", "/var/tmp"):
        if os.stat(base).st_mode & 0o001:
            return base
    return tempfile.gettempdir()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_ed25519_key(path: Path, comment: str = "sealflow-test") -> Path:
    """Write a fresh unencrypted ed25519 key pair at path (OpenSSH format) and path.pub."""
    subprocess.run(
        [SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", str(path)],
        check=True,
        stdin=subprocess.DEVNULL,
    )
    return path


def wait_for_banner(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                if sock.recv(64).startswith(b"SSH-2.0"):
                    return
        except OSError as exc:
            last_error = exc
        time.sleep(0.01)
    raise RuntimeError(f"sshd on port {port} sent no SSH-2.0 banner in {timeout}s ({last_error})")


@dataclass
class SshServer:
    """One private sshd; `root` holds its config, keys, log and the SFTP data folder."""

    root: Path
    port: int = field(default_factory=free_port)
    user: str = field(
        default_factory=lambda: (
            SFTP_TEST_USER if os.geteuid() == 0 else pwd.getpwuid(os.getuid()).pw_name
        )
    )
    sftp_server: str = "internal-sftp"
    process: subprocess.Popen[bytes] | None = None

    @property
    def host_key(self) -> Path:
        return self.root / "ssh_host_ed25519_key"

    @property
    def client_key(self) -> Path:
        return self.root / "client_ed25519"

    @property
    def data(self) -> Path:
        """The folder the test user reads and writes (its inboxes and outboxes go here)."""
        return self.root / "data"

    @property
    def internal(self) -> bool:
        return self.sftp_server == "internal-sftp"

    @property
    def log(self) -> Path:
        return self.root / "sshd.log"

    @classmethod
    def create(cls, sftp_server: str = "internal-sftp") -> Self:
        """A configured sshd; ``sftp_server`` is its SFTP subsystem (a program's path, or
        OpenSSH's own internal-sftp)."""
        root = Path(tempfile.mkdtemp(prefix="sealflow-sshd-", dir=server_base()))
        os.chmod(root, 0o755)
        server = cls(root=root, sftp_server=sftp_server)
        make_ed25519_key(server.host_key, "sealflow-test-host")
        make_ed25519_key(server.client_key, "sealflow-test-client")
        authorized = root / "authorized_keys"
        shutil.copy(server.client_key.with_suffix(".pub"), authorized)
        os.chmod(authorized, 0o644)
        server.data.mkdir(mode=0o755)
        entry = pwd.getpwnam(server.user)
        os.chown(server.data, entry.pw_uid, entry.pw_gid)
        server.write_config()
        return server

    def write_config(self) -> None:
        lines = [
            f"Port {self.port}",
            "ListenAddress 127.0.0.1",
            f"HostKey {self.host_key}",
            f"PidFile {self.root / 'sshd.pid'}",
            f"AuthorizedKeysFile {self.root / 'authorized_keys'}",
            "StrictModes no",
            "UsePAM no",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes",
            "PermitRootLogin prohibit-password",
            f"AllowUsers {self.user}",
            f"Subsystem sftp {self.sftp_server}",
            # The SFTP server is the only command a client can start; one other than
            # internal-sftp runs through the user's shell (prepare-root.sh) and starts in
            # the home folder (the tests use absolute paths).
            f"ForceCommand internal-sftp -d {self.data}"
            if self.internal
            else f"ForceCommand {self.sftp_server}",
            "AllowTcpForwarding no",
            "X11Forwarding no",
            "LogLevel VERBOSE",
        ]
        (self.root / "sshd_config").write_text("\n".join(lines) + "\n")

    def start(self) -> Self:
        log = open(self.log, "ab")  # noqa: SIM115  (kept open for the process's life)
        self.process = subprocess.Popen(
            [str(SSHD), "-D", "-e", "-f", str(self.root / "sshd_config")],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        log.close()
        try:
            wait_for_banner(self.port)
        except RuntimeError as exc:
            self.stop()
            raise RuntimeError(
                f"{exc}; sshd log:\n{self.log.read_text(errors='replace')}"
            ) from None
        return self

    def stop(self) -> None:
        """End sshd and every session process it forked (a plain kill leaves those running)."""
        if self.process is None:
            return
        with contextlib.suppress(psutil.NoSuchProcess):
            children = psutil.Process(self.process.pid).children(recursive=True)
            for child in children:
                with contextlib.suppress(psutil.NoSuchProcess):
                    child.kill()
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def known_hosts_line(self, port: int | None = None) -> str:
        """The known_hosts entry pinning this server's host key (`[host]:port` off port 22)."""
        key_type, key_b64 = self.host_key.with_suffix(".pub").read_text().split()[:2]
        return f"[127.0.0.1]:{port or self.port} {key_type} {key_b64}\n"

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


class DroppingProxy:
    """A TCP relay to 127.0.0.1:target that cuts one connection after `budget` bytes.

    The connection cut is the `cut_connection`-th (1: the first); the others pass through
    untouched, so a client that reconnects can finish.
    """

    def __init__(self, target_port: int, budget: int, cut_connection: int = 1) -> None:
        self.target_port = target_port
        self.budget = budget
        self.cut_connection = cut_connection
        self.settle_seconds = 0.3
        self.cuts = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    def _accept_loop(self) -> None:
        accepted = 0
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            accepted += 1
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            budget = self.budget if accepted == self.cut_connection else None
            threading.Thread(
                target=self._relay, args=(client, upstream, budget), daemon=True
            ).start()

    def _relay(self, client: socket.socket, upstream: socket.socket, budget: int | None) -> None:
        moved = [0]
        done = threading.Event()

        def pump(src: socket.socket, dst: socket.socket) -> None:
            try:
                while not done.is_set():
                    chunk = src.recv(65536)
                    if not chunk:
                        break
                    moved[0] += len(chunk)
                    if budget is not None and moved[0] > budget:
                        # The path dies: nothing more passes; the server gets a moment to
                        # act on what already reached it, as it would on a real network.
                        self.cuts += 1
                        time.sleep(self.settle_seconds)
                        break
                    dst.sendall(chunk)
            except OSError:
                pass
            done.set()
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                    sock.close()

        threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
        pump(client, upstream)

    def close(self) -> None:
        self._stopped.set()
        with contextlib.suppress(OSError):
            self._listener.close()
