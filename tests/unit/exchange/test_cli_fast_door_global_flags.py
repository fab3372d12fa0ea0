"""-q and -v before `send`/`receive` (`sealflow -q send ...`): the fast door still takes the
command line (no typer imported) and honours them as it does after the command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from exchange_study import Study

from sealflow.exchange.flow import make_outgoing, send_batch


def _run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`main(argv)` in a fresh interpreter; its last line says whether typer was imported."""
    probe = (
        "import sys\n"
        "from sealflow.cli import main\n"
        f"main({argv!r})\n"
        "print('TYPER:' + str('typer' in sys.modules))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )


def test_when_q_and_v_come_before_send_and_receive_then_the_fast_door_honours_them(
    study: Study, plain_files: list[Path]
) -> None:
    ours = study.root / "work/exchange/outgoing/b1"
    make_outgoing(study.context(), "provider", "links", plain_files, ours)
    provider = study.as_party("provider")
    theirs = study.root / "parties/provider/outgoing/b"
    make_outgoing(provider, "evaluator", "extract", plain_files, theirs)
    send_batch(provider, "evaluator", theirs)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env["SEALFLOW_CONFIG"] = str(study.config_path)

    sent = _run(["-q", "send", str(ours), "--to", "provider"], env)
    assert sent.returncode == 0, sent.stderr
    assert "sent to provider via drop-box" in sent.stdout
    assert sent.stdout.strip().splitlines()[-1] == "TYPER:False"
    assert sent.stderr == ""

    out = study.root / "work/received/provider"
    got = _run(["-v", "receive", "--from", "provider", "--out", str(out)], env)
    assert got.returncode == 0, got.stderr
    assert got.stdout.strip().splitlines()[-1] == "TYPER:False"
    assert "sealflow receive: started" in got.stderr
    assert "sealflow receive: done in" in got.stderr
    for path in plain_files:
        assert (out / path.name).read_bytes() == path.read_bytes()
