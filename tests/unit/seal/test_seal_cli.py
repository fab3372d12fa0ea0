"""The CLI contract: options as the issue fixes them, one clear stderr line on any failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-c", "from sealflow.cli import main; main()"]


def run(args: list[str], cwd: Path, stdin: bytes = b"", env_extra: dict[str, str] | None = None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([*CLI, *args], cwd=cwd, input=stdin, capture_output=True, env=env)


@pytest.fixture(scope="module")
def party(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    result = run(["keys", "new", "--name", "evaluator", "--out", "keys"], folder)
    assert result.returncode == 0, result.stderr
    assert b"AGE-SECRET-KEY" not in result.stdout + result.stderr
    (folder / "doc.txt").write_bytes(b"synthetic document\n" * 1000)
    return folder


def test_when_keys_are_shown_then_recipient_and_key_id_are_printed(party: Path):
    result = run(["keys", "show", "keys"], party)
    assert result.returncode == 0
    recipient = (party / "keys" / "evaluator.age.pub").read_text().strip()
    assert recipient.encode() in result.stdout
    assert b"minisign key id:" in result.stdout


@pytest.mark.parametrize("armor", [[], ["--armor"]], ids=["binary", "armored"])
def test_when_sealed_and_opened_by_files_then_content_round_trips(party: Path, armor: list[str]):
    sealed = party / f"doc{len(armor)}.age"
    recipient = (party / "keys" / "evaluator.age.pub").read_text().strip()
    assert (
        run(["seal", "-r", recipient, *armor, "-o", str(sealed), "doc.txt"], party).returncode == 0
    )
    result = run(["open", "-i", "keys/evaluator.age", "-o", "opened.txt", str(sealed)], party)
    assert result.returncode == 0, result.stderr
    assert (party / "opened.txt").read_bytes() == (party / "doc.txt").read_bytes()


def test_when_stdin_and_stdout_are_used_then_content_round_trips(party: Path):
    sealed = run(["seal", "-R", "keys/evaluator.age.pub"], party, stdin=b"piped data")
    assert sealed.returncode == 0
    opened = run(["open", "-i", "keys/evaluator.age"], party, stdin=sealed.stdout)
    assert opened.returncode == 0
    assert opened.stdout == b"piped data"


def test_when_signed_and_verified_then_the_trusted_comment_is_printed(party: Path):
    assert (
        run(
            ["sign", "-k", "keys/evaluator.minisign.key", "-t", "batch 1", "doc.txt"], party
        ).returncode
        == 0
    )
    result = run(["verify", "-p", "keys/evaluator.minisign.pub", "doc.txt"], party)
    assert result.returncode == 0
    assert b"Trusted comment: batch 1" in result.stdout


def _write(party: Path, name: str, data: bytes) -> str:
    (party / name).write_bytes(data)
    return name


@pytest.mark.parametrize(
    "args, message",
    [
        (["open", "-i", "keys/evaluator.age", "-o", "out.txt", "doc.txt"], b"not an age file"),
        (["open", "-i", "doc.txt", "-o", "out.txt", "doc.txt"], b"line 1: not an age identity"),
        (["open", "-i", "missing.age", "-o", "out.txt", "doc.txt"], b"missing.age"),
        (["seal", "-r", "age1bogus", "-o", "out.age", "doc.txt"], b"not an age recipient"),
        (["seal", "-o", "out.age", "doc.txt"], b"no recipient"),
        (["verify", "-p", "keys/evaluator.minisign.pub", "-x", "keys/evaluator.age.pub", "doc.txt"],
         b"not a minisign signature"),
        (["sign", "-k", "keys/evaluator.age.pub", "doc.txt"], b"minisign secret key"),
        (["keys", "new", "--name", "x", "--out", "k2", "--passphrase-env", "SEALFLOW_UNSET_VAR"],
         b"SEALFLOW_UNSET_VAR is unset"),
    ],
    ids=["not-age", "bad-identity", "missing-identity", "bad-recipient", "no-recipient",
         "bad-signature-file", "bad-secret-key", "unset-passphrase-env"],
)  # fmt: skip
def test_when_a_command_fails_then_one_line_and_nonzero_exit(party: Path, args, message: bytes):
    result = run(args, party)
    assert result.returncode != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert b"Traceback" not in result.stderr
    assert not (party / "out.txt").exists()
    assert not (party / "out.age").exists()


@pytest.mark.parametrize("damage", ["truncate", "append", "flip"])
def test_when_sealed_file_is_damaged_then_open_fails_and_leaves_nothing(party: Path, damage: str):
    recipient = (party / "keys" / "evaluator.age.pub").read_text().strip()
    assert run(["seal", "-r", recipient, "-o", "d.age", "doc.txt"], party).returncode == 0
    data = bytearray((party / "d.age").read_bytes())
    if damage == "truncate":
        data = data[:-10]
    elif damage == "append":
        data += b"x"
    else:
        data[-100] ^= 0x10
    (party / "d.age").write_bytes(bytes(data))
    result = run(["open", "-i", "keys/evaluator.age", "-o", "damaged-out.txt", "d.age"], party)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (party / "damaged-out.txt").exists()
    assert not list(party.glob(".damaged-out.txt.*"))


def test_when_tampered_file_is_verified_then_it_fails_with_one_line(party: Path):
    _write(party, "t.txt", b"original")
    assert run(["sign", "-k", "keys/evaluator.minisign.key", "t.txt"], party).returncode == 0
    _write(party, "t.txt", b"originaL")
    result = run(["verify", "-p", "keys/evaluator.minisign.pub", "t.txt"], party)
    assert result.returncode != 0
    assert b"does not match" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_when_keys_have_a_passphrase_then_open_and_sign_take_it_from_file_or_env(tmp_path: Path):
    env = {"SEALFLOW_TEST_PASSPHRASE": "synthetic passphrase"}
    created = run(
        ["keys", "new", "--name", "vendor", "--out", "keys", "--passphrase-env",
         "SEALFLOW_TEST_PASSPHRASE"], tmp_path, env_extra=env,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert b"synthetic passphrase" not in created.stdout + created.stderr
    (tmp_path / "pass.txt").write_text("synthetic passphrase\n")
    (tmp_path / "wrong.txt").write_text("not it\n")
    sealed = run(["seal", "-R", "keys/vendor.age.pub", "-o", "t.age"], tmp_path, stdin=b"text")
    assert sealed.returncode == 0
    opened = run(
        ["open", "-i", "keys/vendor.age", "--passphrase-file", "pass.txt", "t.age"], tmp_path
    )
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == b"text"
    refused = run(
        ["open", "-i", "keys/vendor.age", "--passphrase-file", "wrong.txt", "t.age"], tmp_path
    )
    assert refused.returncode != 0
    assert b"wrong passphrase" in refused.stderr
    signed = run(
        ["sign", "-k", "keys/vendor.minisign.key", "--passphrase-env", "SEALFLOW_TEST_PASSPHRASE",
         "t.age"], tmp_path, env_extra=env,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    assert run(["verify", "-p", "keys/vendor.minisign.pub", "t.age"], tmp_path).returncode == 0


def test_when_file_is_sealed_to_a_passphrase_then_open_takes_it_without_an_identity(
    tmp_path: Path,
):
    import io

    from sealflow.seal import age

    sealed = io.BytesIO()
    recipient = age.ScryptRecipient(b"file passphrase", work_factor=10)
    age.encrypt(io.BytesIO(b"passphrase-sealed"), sealed, [recipient])
    (tmp_path / "p.age").write_bytes(sealed.getvalue())
    (tmp_path / "pass.txt").write_text("file passphrase\n")
    opened = run(["open", "--passphrase-file", "pass.txt", "-o", "p.txt", "p.age"], tmp_path)
    assert opened.returncode == 0, opened.stderr
    assert (tmp_path / "p.txt").read_bytes() == b"passphrase-sealed"
