#!/usr/bin/env bash
# Root-only preparation for the services tests: the unprivileged user the test sshd logs in.
# Called by install-system-deps.sh. Idempotent.
#  - /run/sshd must exist (sshd's privilege-separation folder), even for a private sshd.
#  - With `UsePAM no`, a user made by useradd is locked ('!' in /etc/shadow) and sshd refuses
#    it even for key authentication; '*' means "no password" without locking the account.
#  - The shell is /bin/sh: sshd starts any SFTP server other than its internal-sftp (the
#    gesftpserver tests) through the user's shell; the test sshd forces the SFTP server as
#    the only command (ForceCommand), so no other program is ever started.
set -euo pipefail
SFTP_TEST_USER="${SEALFLOW_SFTP_TEST_USER:-sealflow-sftp}"
if [ "$(id -u)" -ne 0 ]; then
  echo "prepare-root.sh: not root; the SFTP tests will run sshd as the current user" >&2
  exit 0
fi
install -d -m 0755 /run/sshd
if ! id "$SFTP_TEST_USER" >/dev/null 2>&1; then
  useradd --system --no-create-home --home-dir /nonexistent --shell /bin/sh "$SFTP_TEST_USER"
fi
usermod -p '*' -s /bin/sh "$SFTP_TEST_USER"
