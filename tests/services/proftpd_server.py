"""ProFTPD's mod_sftp on 127.0.0.1 for the SFTP tests: a second SSH/SFTP implementation.

`ProftpdServer` has the interface of `SshServer` (sshd_server.py): fresh ed25519 host and
client keys, a private proftpd.conf, start/stop/restart by PID. Facts this relies on
(Debian 12, ProFTPD 1.3.8, mod_sftp from proftpd-mod-crypto):
- mod_sftp reads authorized keys only in RFC 4716 form (`ssh-keygen -e`), not OpenSSH's;
- it reads the OpenSSH-format ed25519 host key as is;
- `RequireValidShell off`: the test user's shell may not be listed in /etc/shells;
- `DefaultChdir /`: the test user's home folder does not exist (the tests use absolute
  paths);
- as root it logs in the unprivileged SFTP test user; it is started only as root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from sshd_server import SSH_KEYGEN, SshServer, wait_for_banner

PROFTPD = Path(shutil.which("proftpd") or "/usr/sbin/proftpd")
MOD_SFTP = Path("/usr/lib/proftpd/mod_sftp.so")


def unavailable_reason() -> str | None:
    """Why ProFTPD mod_sftp cannot run here, or None when it can."""
    if not PROFTPD.is_file():
        return f"{PROFTPD} is missing: install proftpd-basic (make system-deps, as root)"
    if not MOD_SFTP.is_file():
        return f"{MOD_SFTP} is missing: install proftpd-mod-crypto (make system-deps, as root)"
    if os.geteuid() != 0:
        return "ProFTPD logs in the SFTP test user only when started as root"
    return None


@dataclass
class ProftpdServer(SshServer):
    """One private ProFTPD with mod_sftp; `root` holds its config, keys, logs and data."""

    @property
    def log(self) -> Path:
        return self.root / "proftpd.log"

    def write_config(self) -> None:
        rfc4716 = subprocess.run(
            [SSH_KEYGEN, "-e", "-f", str(self.client_key.with_suffix(".pub"))],
            check=True,
            capture_output=True,
        ).stdout
        keys = self.root / "authorized_keys.rfc4716"
        keys.write_bytes(rfc4716)
        os.chmod(keys, 0o644)
        lines = [
            f"ModulePath {MOD_SFTP.parent}",
            "LoadModule mod_sftp.c",
            'ServerName "sealflow test"',
            "ServerType standalone",
            "DefaultServer on",
            f"Port {self.port}",
            "DefaultAddress 127.0.0.1",
            "UseIPv6 off",
            "UseReverseDNS off",
            f"PidFile {self.root / 'proftpd.pid'}",
            f"ScoreboardFile {self.root / 'proftpd.scoreboard'}",
            "DelayTable none",
            "WtmpLog off",
            f"SystemLog {self.log}",
            "TransferLog none",
            "User nobody",
            "Group nogroup",
            "RequireValidShell off",
            "DefaultChdir /",
            "AllowOverwrite on",
            "MaxInstances 30",
            "SFTPEngine on",
            f"SFTPLog {self.root / 'sftp.log'}",
            f"SFTPHostKey {self.host_key}",
            "SFTPAuthMethods publickey",
            f"SFTPAuthorizedUserKeys file:{keys}",
            "SFTPCompression off",
            f"<Limit LOGIN>\n  AllowUser {self.user}\n  DenyAll\n</Limit>",
        ]
        (self.root / "proftpd.conf").write_text("\n".join(lines) + "\n")

    def start(self) -> Self:
        log = open(self.log, "ab")  # noqa: SIM115  (kept open for the process's life)
        self.process = subprocess.Popen(
            [str(PROFTPD), "--nodaemon", "--config", str(self.root / "proftpd.conf")],
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
                f"{exc}; proftpd log:\n{self.log.read_text(errors='replace')}"
            ) from None
        return self
