"""`receive` starts its SSH handshake before the validator is even imported.

The point of exchange/early_connect.py is that jsonschema's imports and the validation
(~0.12 s of CPU) run while the handshake waits on the server. That holds only while
reading the endpoint and starting the connection import neither jsonschema nor
referencing; this checks it in a fresh interpreter, against a port nobody listens on (the
connection fails in its thread, unclaimed), and that the validation still imports them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from exchange_study import Study
from sshd_server import free_port

PROBE = """
import sys
from sealflow.exchange import early_connect, sftp
early_connect.connect_ahead(sys.argv[1], "provider")
started = len(sftp._HANDSHAKES)
before = sorted(m for m in ("jsonschema", "referencing") if m in sys.modules)
from sealflow.config import load_config
load_config(sys.argv[1])
after = sorted(m for m in ("jsonschema", "referencing") if m in sys.modules)
early_connect.close_unclaimed()
print(started, before, after, len(sftp._HANDSHAKES))
"""


def test_when_receive_connects_ahead_then_the_validator_is_not_yet_imported(
    study: Study, tmp_path: Path
) -> None:
    entry = study.parties["parties"]["provider"]
    entry["transport"] = "sftp"
    entry["sftp"] = {"host": "127.0.0.1", "port": free_port(), "user": "nobody",
                     "known_hosts": "known_hosts"}  # fmt: skip
    (study.root / "parties.yaml").write_text(yaml.safe_dump(study.parties))
    (study.root / "known_hosts").write_text("")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(study.config_path)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "1 [] ['jsonschema', 'referencing'] 0"


ORDER_PROBE = """
import sys
from sealflow.exchange import early_connect, tcp_ahead
seen = []
real = tcp_ahead.TcpAhead.__init__
def recorded(self, *args, **kwargs):
    seen.append("paramiko" in sys.modules)
    real(self, *args, **kwargs)
tcp_ahead.TcpAhead.__init__ = recorded
early_connect.connect_ahead(sys.argv[1], "provider")
early_connect.close_unclaimed()
print(seen, "paramiko" in sys.modules)
"""


def test_when_receive_connects_ahead_then_tcp_opens_before_paramiko_is_imported(
    study: Study, tmp_path: Path
) -> None:
    entry = study.parties["parties"]["provider"]
    entry["transport"] = "sftp"
    entry["sftp"] = {"host": "127.0.0.1", "port": free_port(), "user": "nobody",
                     "known_hosts": "known_hosts"}  # fmt: skip
    (study.root / "parties.yaml").write_text(yaml.safe_dump(study.parties))
    (study.root / "known_hosts").write_text("")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", ORDER_PROBE, str(study.config_path)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[False] True"
