"""The SFTP transport loads paramiko without invoke, and leaves invoke importable after."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBES = {
    "sftp transport": (
        "import sys, sealflow.exchange.sftp\n"
        "assert 'paramiko' in sys.modules\n"
        "print('invoke' in sys.modules)\n"
    ),
    "invoke afterwards": (
        "import sys, sealflow.exchange.sftp, invoke\nprint(sys.modules['invoke'] is None)\n"
    ),
    "invoke first": (
        "import sys, invoke, sealflow.exchange.sftp, paramiko.config\n"
        "print(paramiko.config.invoke is None)\n"
    ),
}


@pytest.mark.parametrize("probe", PROBES.values(), ids=PROBES.keys())
def test_when_the_sftp_transport_is_imported_then_invoke_is_not_loaded_and_stays_importable(
    probe: str,
) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
