"""`--json` on the commands that printed for a person only: seal, open, sign, verify, keys and
demo summary. The result is one JSON document on stdout and nothing else; messages stay on
stderr; no secret and no plaintext reaches stdout. `seal` and `open` give the same answer
through the fast door and through typer, and the fast door still imports no CLI library.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sealflow.cli import main
from sealflow.seal import age

FAST = [sys.executable, "-c", "from sealflow.cli import main; main()"]
TYPER_ONLY = [
    sys.executable,
    "-c",
    "import sealflow.cli.seal_fast as door; door.run_fast = lambda args: False\n"
    "from sealflow.cli import main; main()",
]
IDENTITY = age.X25519Identity.generate()
RECIPIENT = str(IDENTITY.recipient())
PLAIN = b"synthetic interview notes, nobody real\n" * 500
PASSPHRASE = "correct horse battery staple for a synthetic key"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "doc.txt").write_bytes(PLAIN)
    (tmp_path / "id.txt").write_text(IDENTITY.encode() + "\n")
    age.seal_file(tmp_path / "doc.txt", tmp_path / "sealed.age", [RECIPIENT])
    return tmp_path


def _json_run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[dict | list, str]:
    try:
        main(argv)
    except SystemExit as exited:
        assert exited.code in (0, None), capsys.readouterr().err
    out = capsys.readouterr()
    return json.loads(out.out), out.err


@pytest.mark.parametrize("door", [FAST, TYPER_ONLY], ids=["fast door", "typer"])
@pytest.mark.parametrize(
    ("args", "made", "expected"),
    [
        pytest.param(["seal", "-r", RECIPIENT, "-o", "out.age", "--json", "doc.txt"], "out.age",
                     {"sealed": "out.age", "input": "doc.txt", "recipients": 1, "armor": False},
                     id="seal"),
        pytest.param(["open", "-i", "id.txt", "-o", "out.txt", "--json", "sealed.age"], "out.txt",
                     {"opened": "out.txt", "input": "sealed.age"}, id="open"),
    ],
)  # fmt: skip
def test_when_seal_or_open_is_asked_for_json_then_stdout_holds_the_result_only(
    door: list[str], args: list[str], made: str, expected: dict, folder: Path
) -> None:
    done = subprocess.run([*door, *args], cwd=folder, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result == {**expected, "bytes": (folder / made).stat().st_size}
    assert PLAIN[:30] not in done.stdout
    if made == "out.txt":
        assert (folder / made).read_bytes() == PLAIN


@pytest.mark.parametrize("door", [FAST, TYPER_ONLY], ids=["fast door", "typer"])
@pytest.mark.parametrize(
    "args",
    [
        ["seal", "-r", RECIPIENT, "--json", "doc.txt"],
        ["open", "-i", "id.txt", "--json", "sealed.age"],
    ],
    ids=["seal", "open"],
)
def test_when_json_is_asked_without_an_output_file_then_one_usage_line_and_exit_2(
    door: list[str], args: list[str], folder: Path
) -> None:
    done = subprocess.run([*door, *args], cwd=folder, capture_output=True, check=False)
    assert done.returncode == 2
    assert done.stdout == b""
    assert len(done.stderr.strip().splitlines()) == 1
    assert b"--json needs -o FILE" in done.stderr and b"Traceback" not in done.stderr


def test_when_the_fast_door_takes_a_json_line_then_no_cli_library_is_imported(
    folder: Path,
) -> None:
    probe = (
        "import sys\n"
        "from sealflow.cli import main\n"
        "main(sys.argv[1:])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('typer', 'click', 'rich', 'tqdm', 'yaml', 'pydantic', 'jsonschema'))\n"
        "print('HEAVY:' + ','.join(heavy), file=sys.stderr)\n"
    )
    args = ["seal", "-r", RECIPIENT, "-o", "out.age", "--json", "doc.txt"]
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], cwd=folder, capture_output=True, check=True
    )
    assert done.stderr.decode().strip() == "HEAVY:"
    assert json.loads(done.stdout)["sealed"] == "out.age"


def test_when_keys_sign_and_verify_are_asked_for_json_then_each_result_is_one_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SYNTHETIC_KEY_PASSPHRASE", PASSPHRASE)
    keys = tmp_path / "keys"
    created, _ = _json_run(
        ["keys", "new", "--name", "alice", "--out", str(keys),
         "--passphrase-env", "SYNTHETIC_KEY_PASSPHRASE", "--json"],
        capsys,
    )  # fmt: skip
    assert isinstance(created, dict)
    assert created["name"] == "alice" and created["recipient"].startswith("age1")
    assert created["minisign_public_key"].startswith("RW")
    for path in created["files"].values():
        assert Path(path).is_file()
    secret = Path(created["files"]["minisign_secret_key"]).read_text().splitlines()[-1]
    assert secret not in json.dumps(created)

    shown, _ = _json_run(["keys", "show", str(keys), "--json"], capsys)
    assert shown == [
        {
            "name": "alice",
            "recipient": created["recipient"],
            "minisign_key_id": created["minisign_key_id"],
            "minisign_public_key": created["minisign_public_key"],
        }
    ]

    document = tmp_path / "manifest.json"
    document.write_text('{"batch": "synthetic"}\n')
    signed, _ = _json_run(
        ["sign", str(document), "-k", created["files"]["minisign_secret_key"],
         "-t", "batch synthetic", "--passphrase-env", "SYNTHETIC_KEY_PASSPHRASE", "--json"],
        capsys,
    )  # fmt: skip
    assert signed == {"file": str(document), "signature": f"{document}.minisig"}
    verified, _ = _json_run(
        ["verify", str(document), "-p", created["files"]["minisign_public_key"], "--json"],
        capsys,
    )
    assert verified == {
        "file": str(document),
        "signature": f"{document}.minisig",
        "verified": True,
        "trusted_comment": "batch synthetic",
    }


def test_when_a_signature_fails_with_json_then_stdout_stays_empty_and_the_exit_is_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SYNTHETIC_KEY_PASSPHRASE", PASSPHRASE)
    keys = tmp_path / "keys"
    created, _ = _json_run(
        ["keys", "new", "--name", "bob", "--out", str(keys),
         "--passphrase-env", "SYNTHETIC_KEY_PASSPHRASE", "--json"],
        capsys,
    )  # fmt: skip
    document = tmp_path / "receipt.json"
    document.write_text("{}\n")
    _json_run(
        ["sign", str(document), "-k", created["files"]["minisign_secret_key"],
         "--passphrase-env", "SYNTHETIC_KEY_PASSPHRASE", "--json"],
        capsys,
    )  # fmt: skip
    document.write_text('{"tampered": true}\n')
    with pytest.raises(SystemExit) as exited:
        main(["verify", str(document), "-p", created["minisign_public_key"], "--json"])
    out = capsys.readouterr()
    assert exited.value.code == 1
    assert out.out == "" and out.err.startswith("sealflow: error: ")


def test_when_demo_summary_is_asked_for_json_then_it_holds_the_counts_and_no_gates_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = tmp_path / "study"
    main(["demo", "init", str(study), "--staff", "20", "--json"])
    capsys.readouterr()
    summary, _ = _json_run(["demo", "summary", str(study), "--json"], capsys)
    assert isinstance(summary, dict)
    assert summary["staff"] == 20 and summary["counts"]["roster"] == 20
    assert summary["gates"] is None  # the workflow has not run: no report yet
    assert {entry["folder"] for entry in summary["outputs"]} >= {"dropbox"}
    assert all(entry["files"] == len(entry["examples"]) or entry["files"] > 4
               for entry in summary["outputs"])  # fmt: skip
