#!/bin/sh
# attack18: a real OpenSSH sshd on 127.0.0.1:2299 (internal-sftp, no chroot (/tmp is not root-only), files under /tmp/attack18/sshd/root,
# user sealflow-sftp, key login only) and a study copy whose provider is reached over SFTP.
# Stop it with: kill $(cat /tmp/attack18/sshd/pid)
# Usage: sh attack18/sftp_server.sh /tmp/attack18/base
set -e
SRC=$1; S=/tmp/attack18/sshd; Q=/tmp/attack18/sftp
[ -f $S/pid ] && kill $(cat $S/pid) 2>/dev/null || true
rm -rf $S $Q && mkdir -p $S/root/to-evaluator $S/root/to-provider && cp -a "$SRC" $Q
chown root:root $S $S/root && chmod 755 $S $S/root && chown sealflow-sftp $S/root/to-evaluator $S/root/to-provider
ssh-keygen -q -t ed25519 -N '' -f $S/host_key; ssh-keygen -q -t ed25519 -N '' -f $Q/work/keys/sftp_client
cp $Q/work/keys/sftp_client.pub $S/authorized_keys
cat > $S/sshd_config <<CFG
Port 2299
ListenAddress 127.0.0.1
HostKey $S/host_key
PidFile $S/pid
AuthorizedKeysFile $S/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
StrictModes no
UsePAM no
AllowUsers sealflow-sftp
Subsystem sftp internal-sftp
Match User sealflow-sftp
  ForceCommand internal-sftp
CFG
/usr/sbin/sshd -f $S/sshd_config -E $S/sshd.log
echo "[127.0.0.1]:2299 $(cut -d' ' -f1,2 $S/host_key.pub)" > $Q/known_hosts
python3 - $Q <<'PY'
import sys; p = sys.argv[1] + "/parties.yaml"; s = open(p).read()
s = s.replace("    transport: local\n    dropbox: dropbox/provider\n",
  "    transport: sftp\n    sftp:\n      host: 127.0.0.1\n      port: 2299\n      user: sealflow-sftp\n"
  "      known_hosts: known_hosts\n      identity_file: work/keys/sftp_client\n      inbox: /tmp/attack18/sshd/root/to-provider\n      outbox: /tmp/attack18/sshd/root/to-evaluator\n", 1)
open(p, "w").write(s)
PY
echo "sshd pid $(cat $S/pid)"
