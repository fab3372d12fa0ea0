"""A fast-door command ends its process at once (cli/fast_door.py `leave_now`), whole.

The console script skips the interpreter's tear-down after a fast-door command succeeds:
what it printed must still arrive whole, the exit status must be 0, nothing after the
command may run, and the exit handlers must still run (a temporary directory left to its
finalizer is gone, logging's held records are written). While another non-daemon thread
is alive, it must not end the process.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sealflow.cli.fast_door import leave_now
from sealflow.seal import age

IDENTITY = age.X25519Identity.generate()


@pytest.mark.parametrize("size", [0, 1, 300_000])
def test_when_a_fast_command_succeeds_then_its_output_is_whole_and_nothing_runs_after(
    tmp_path: Path, size: int
) -> None:
    (tmp_path / "doc.txt").write_bytes(b"synthetic\n" * (size // 10))
    probe = (
        "import sys\n"
        "from sealflow.cli import main\n"
        f"sys.argv = ['sealflow', 'seal', '-r', {str(IDENTITY.recipient())!r}, '--json',"
        " '-o', 'out.age', 'doc.txt']\n"
        "main()\n"
        "print('AFTER MAIN')\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}  # this checkout's sealflow
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "AFTER MAIN" not in done.stdout
    assert json.loads(done.stdout)  # the whole JSON document, flushed before the exit
    opened = io.BytesIO()
    age.decrypt(io.BytesIO((tmp_path / "out.age").read_bytes()), opened, [IDENTITY])
    assert opened.getvalue() == (tmp_path / "doc.txt").read_bytes()


def _seal_in_a_process(folder: Path, before: str) -> subprocess.CompletedProcess[str]:
    """`sealflow seal` through the console script's path (main() with no argv, so
    leave_now ends the process), after ``before`` ran in the same process."""
    (folder / "doc.txt").write_bytes(b"synthetic\n")
    probe = (
        "import sys\n"
        f"{before}\n"
        "from sealflow.cli import main\n"
        f"sys.argv = ['sealflow', 'seal', '-r', {str(IDENTITY.recipient())!r}, '-o', 'out.age',"
        " 'doc.txt']\n"
        "main()\n"
        "print('AFTER MAIN')\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}  # this checkout's sealflow
    return subprocess.run(
        [sys.executable, "-c", probe], cwd=folder, env=env, capture_output=True, text=True,
        check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    "before, left_behind, written",
    [
        # a temporary directory left to its finalizer (tempfile's, run at exit)
        (
            "import tempfile\n"
            "kept = tempfile.TemporaryDirectory(prefix='left-', dir='.')\n"
            "open(kept.name + '/part', 'w').close()",
            "left-*",
            None,
        ),
        # a handler registered with atexit
        (
            "import atexit, pathlib\n"
            "atexit.register(pathlib.Path('handler-ran').write_text, 'yes')",
            None,
            "handler-ran",
        ),
        # a logging handler that holds its records until it is flushed or closed
        (
            "import logging, logging.handlers\n"
            "target = logging.FileHandler('held.log', delay=True)\n"
            "held = logging.handlers.MemoryHandler(1000, logging.CRITICAL, target)\n"
            "logging.getLogger('probe').addHandler(held)\n"
            "logging.getLogger('probe').warning('held record')",
            None,
            "held.log",
        ),
    ],
    ids=["tempfile-finalizer", "atexit-handler", "held-log-records"],
)
def test_when_a_fast_command_ends_the_process_then_exit_handlers_still_run(
    tmp_path: Path, before: str, left_behind: str | None, written: str | None
) -> None:
    done = _seal_in_a_process(tmp_path, before)
    assert done.returncode == 0, done.stderr
    assert "AFTER MAIN" not in done.stdout  # the process did end at once
    assert (tmp_path / "out.age").is_file()
    if left_behind is not None:
        assert not list(tmp_path.glob(left_behind)), "a finalizer did not run"
    if written is not None:
        assert (tmp_path / written).is_file() and (tmp_path / written).read_text().strip()


def test_when_another_thread_is_still_working_then_leave_now_returns() -> None:
    release = threading.Event()
    worker = threading.Thread(target=release.wait, daemon=False)
    worker.start()
    try:
        leave_now()  # ending the process here would end this test run: it must return
    finally:
        release.set()
        worker.join()
    assert not worker.is_alive()
