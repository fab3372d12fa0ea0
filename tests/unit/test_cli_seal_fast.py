"""The fast door for `sealflow seal`/`open` behaves as the typer commands do, without typer.

Every command line runs twice as a process: through the console entry point as people run
it (the fast door takes what it can), and with the fast door switched off (typer does all).
Outcomes must match: exit status, stderr, stdout, and the content of what was written. A
command line the fast door takes must not import typer, click, rich, tqdm or yaml.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sealflow.seal import age

FAST = [sys.executable, "-c", "from sealflow.cli import main; main()"]
TYPER_ONLY = [
    sys.executable,
    "-c",
    "import sealflow.cli.seal_fast as door; door.run_fast = lambda args: False\n"
    "from sealflow.cli import main; main()",
]
IDENTITY = age.X25519Identity.generate()
OTHER = age.X25519Identity.generate()
RECIPIENT = str(IDENTITY.recipient())
OTHER_RECIPIENT = str(OTHER.recipient())
PLAIN = b"synthetic interview notes, nobody real\n" * 3000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "doc.txt").write_bytes(PLAIN)
    (tmp_path / "id.txt").write_text(IDENTITY.encode() + "\n")
    (tmp_path / "recipients.txt").write_text(f"# the evaluator\n{RECIPIENT}\n")
    sealed = tmp_path / "sealed.age"
    age.seal_file(tmp_path / "doc.txt", sealed, [RECIPIENT])
    return tmp_path


def run(door: list[str], args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*door, *args], cwd=cwd, capture_output=True, stdin=subprocess.DEVNULL)


def opened(data: bytes) -> bytes:
    import io

    out = io.BytesIO()
    age.decrypt(io.BytesIO(data), out, [IDENTITY])
    return out.getvalue()


SEAL_LINES = [
    ["seal", "-r", RECIPIENT, "-o", "out.age", "doc.txt"],
    ["seal", "-R", "recipients.txt", "--armor", "-o", "out.age", "doc.txt"],
    ["seal", "-ao", "out.age", "-r", RECIPIENT, "doc.txt"],
    ["seal", f"--recipient={RECIPIENT}", "--output=out.age", "doc.txt"],
    ["seal", "doc.txt", "-r", OTHER_RECIPIENT, "-r", RECIPIENT, "-o", "out.age"],
    ["seal", "-r", RECIPIENT, "-o", "out.age", "--", "doc.txt"],
]


@pytest.mark.parametrize("args", SEAL_LINES, ids=lambda a: " ".join(a[1:4]))
def test_when_a_seal_line_is_complete_then_both_doors_write_a_file_that_opens(
    args: list[str], folder: Path
) -> None:
    for door in (FAST, TYPER_ONLY):
        done = run(door, args, folder)
        assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")
        assert opened((folder / "out.age").read_bytes()) == PLAIN
        (folder / "out.age").unlink()


@pytest.mark.parametrize(
    "args",
    [
        ["open", "-i", "id.txt", "-o", "out.txt", "sealed.age"],
        ["open", "--identity", "id.txt", "--output", "out.txt", "sealed.age"],
        ["open", "-i", "id.txt", "sealed.age"],
    ],
    ids=["short", "long", "stdout"],
)
def test_when_an_open_line_is_complete_then_both_doors_give_the_plaintext(
    args: list[str], folder: Path
) -> None:
    for door in (FAST, TYPER_ONLY):
        done = run(door, args, folder)
        assert done.returncode == 0, done.stderr
        assert done.stderr == b""
        if "out.txt" in args:
            assert (folder / "out.txt").read_bytes() == PLAIN
            (folder / "out.txt").unlink()
        else:
            assert done.stdout == PLAIN


@pytest.mark.parametrize(
    "args",
    [
        ["seal", "-r", "age1bogus", "-o", "out.age", "doc.txt"],
        ["seal", "-r", RECIPIENT, "-o", "out.age", "missing.txt"],
        ["seal", "-R", "doc.txt", "-o", "out.age", "doc.txt"],
        ["seal", "-o", "out.age", "doc.txt"],
        ["seal", "--no-such-option"],
        ["seal", "--rec", RECIPIENT, "-o", "out.age", "doc.txt"],
        ["seal", "-r", RECIPIENT, "-o", "out.age", "doc.txt", "extra.txt"],
        ["seal", "-r"],
        ["seal", "--help"],
        ["seal"],
        ["open", "-i", "doc.txt", "-o", "out.age", "sealed.age"],
        ["open", "-i", "id.txt", "-o", "out.age", "doc.txt"],
        ["open", "-o", "out.age", "sealed.age"],
        ["open", "-i", "id.txt", "--passphrase-env", "SEALFLOW_UNSET_VAR", "sealed.age"],
        ["open", "-i", "id.txt", "--passphrase-file", "missing.txt", "sealed.age"],
        ["open", "-i"],
        ["open", "--help"],
    ],
    ids=lambda a: " ".join(a),
)
def test_when_a_line_is_wrong_or_asks_for_help_then_both_doors_say_the_same(
    args: list[str], folder: Path
) -> None:
    fast = run(FAST, args, folder)
    typer_only = run(TYPER_ONLY, args, folder)
    assert (fast.returncode, fast.stdout, fast.stderr) == (
        typer_only.returncode,
        typer_only.stdout,
        typer_only.stderr,
    )
    if "--help" not in args:
        assert fast.returncode in (1, 2)
        assert len(fast.stderr.strip().splitlines()) == 1
        assert b"Traceback" not in fast.stderr
    assert not (folder / "out.age").exists()


PROBE = (
    "import sys\n"
    "from sealflow.cli import main\n"
    "main(sys.argv[1:])\n"
    "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
    "('typer', 'click', 'rich', 'tqdm', 'yaml', 'pydantic', 'jsonschema'))\n"
    "print('HEAVY:' + ','.join(heavy), file=sys.stderr)\n"
)


@pytest.mark.parametrize(
    "args",
    [SEAL_LINES[0], SEAL_LINES[2], ["open", "-i", "id.txt", "-o", "out.txt", "sealed.age"],
     [*SEAL_LINES[0], "-q"], ["open", "-v", "-i", "id.txt", "-o", "out.txt", "sealed.age"]],
    ids=["seal", "seal-combined-flags", "open", "seal -q", "open -v"],
)  # fmt: skip
def test_when_the_fast_door_takes_a_line_then_no_cli_library_is_imported(
    args: list[str], folder: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=folder, capture_output=True, check=True
    )
    assert done.stderr.decode().strip().splitlines()[-1] == "HEAVY:"


@pytest.mark.parametrize(
    ("flag", "said"),
    [("-q", []), ("--quiet", []),
     ("-v", ["sealflow seal: started", "sealflow seal: done in "]),
     ("--verbose", ["sealflow seal: started", "sealflow seal: done in "])],
)  # fmt: skip
def test_when_quiet_or_verbose_then_both_doors_say_the_same_on_stderr(
    flag: str, said: list[str], folder: Path
) -> None:
    for door in (FAST, TYPER_ONLY):
        done = run(door, [*SEAL_LINES[0], flag], folder)
        assert done.returncode == 0, done.stderr
        lines = done.stderr.decode().splitlines()
        assert [line[: len(start)] for line, start in zip(lines, said, strict=False)] == said
        assert len(lines) == len(said)
        assert opened((folder / "out.age").read_bytes()) == PLAIN
        (folder / "out.age").unlink()
