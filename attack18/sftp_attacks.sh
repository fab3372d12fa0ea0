#!/bin/bash
# attack18: a compromised SFTP server (file access on the server, no party key), against
# the study made by sftp_server.sh. Each case then checks that a later good batch arrives.
# Usage: bash attack18/sftp_attacks.sh   (after sh attack18/sftp_server.sh /tmp/attack18/base)
Q=/tmp/attack18/sftp; O=/tmp/attack18/sshd/root/to-evaluator
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
MK="python attack18/mkbatch.py $Q $O"
recv() { chown -R sealflow-sftp $O 2>/dev/null; echo "== $1"; /usr/bin/time -f "(%e s)" timeout 300 nice sealflow receive --from provider --out $Q/work/inbox -c $Q/config.yaml > /tmp/attack18/srecv.out 2>&1; echo "rc=$? $(tail -1 /tmp/attack18/srecv.out)"; grep -v "^(" /tmp/attack18/srecv.out | tail -2 | cut -c1-400; }
good() { $MK provider roster.csv=/tmp/attack18/r.csv >/dev/null; recv "  then a good batch"; }
B=$($MK provider roster.csv=/tmp/attack18/r.csv admin_extract.csv=/tmp/attack18/r.csv); rm $O/$B/admin_extract.csv.age; recv "server deletes one member"; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); mv $O/$B/roster.csv.age /tmp/attack18/sshd/elsewhere.age; ln -s /tmp/attack18/sshd/elsewhere.age $O/$B/roster.csv.age; recv "member is a server-side symlink to the right bytes"; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); mv $O/$B/roster.csv.age "$O/$B/roster.csv.age
evil"; recv "member renamed with a newline in its name"; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); mkdir "$O/$B-"$'\x1b[31m'"red"; recv "a folder with an escape sequence in its name"; rm -rf "$O/$B-"$'\x1b[31m'"red"; good
for i in $(seq 1 3000); do mkdir $O/20261207T000000Z-provider-extract-$(printf %08x $i); done; recv "3000 empty batch folders (no manifest)"; rm -rf $O/20261207T000000Z-provider-extract-*; good
B=$($MK provider roster.csv=/tmp/attack18/r.csv); cp -a $Q/work/exchange/received/provider/$(ls $Q/work/exchange/received/provider | head -1) $O/ 2>/dev/null; recv "server replays a batch already received"; good
# the server's host key changes (an impostor at the same address)
kill $(cat /tmp/attack18/sshd/pid); sleep 1; ssh-keygen -q -t ed25519 -N '' -f /tmp/attack18/sshd/host_key2
sed -i 's#host_key$#host_key2#' /tmp/attack18/sshd/sshd_config; /usr/sbin/sshd -f /tmp/attack18/sshd/sshd_config -E /tmp/attack18/sshd/sshd.log
$MK provider roster.csv=/tmp/attack18/r.csv >/dev/null; recv "changed host key"
kill $(cat /tmp/attack18/sshd/pid); sleep 1
# a server that accepts TCP and never says a word
python3 -c "
import socket,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1',2299)); s.listen(5)
cs=[]; t=time.time()
while time.time()-t<200:
    s.settimeout(5)
    try: cs.append(s.accept())
    except Exception: pass
" & SILENT=$!
sleep 1; recv "a silent server (accepts TCP, never speaks)"; kill $SILENT
