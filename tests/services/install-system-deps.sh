#!/usr/bin/env bash
# Installs the Debian packages the tests use (chromium: the report and review pages are
# checked in a real browser) and prepares the SFTP test user.
# Runs as root (CI and developers' machines here are root); otherwise prints what is missing.
set -euo pipefail
# gesftpserver, proftpd-basic + proftpd-mod-crypto (mod_sftp): the SFTP servers besides OpenSSH
# that the exchange tests run against (tests/integration/conftest.py).
PKGS=(openssh-server age minisign slurm-wlm munge gesftpserver proftpd-basic proftpd-mod-crypto chromium)
missing=()
for p in "${PKGS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "WARNING: not root; missing Debian packages ${missing[*]}: tests that need them will skip loudly" >&2
  fi
fi
# Further root-only preparation for the services tests (e.g. the SFTP test user) goes below.
if [ "$(id -u)" -eq 0 ] && [ -x tests/services/prepare-root.sh ]; then
  tests/services/prepare-root.sh
fi
