"""Interoperability with the real `age` and `minisign` binaries, both ways.

Skips loudly when a binary is missing (`make system-deps` installs the Debian packages).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sealflow.errors import DecryptionError, SignatureError
from sealflow.seal import age, keys, minisign
from sealflow.seal.age_stream import BLOCK_CHUNKS

pytestmark = pytest.mark.interop

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
MINISIGN = shutil.which("minisign")
needs_age = pytest.mark.skipif(
    AGE is None or AGE_KEYGEN is None,
    reason="SKIPPED LOUDLY: the `age` binary is not installed (Debian package age)",
)
needs_minisign = pytest.mark.skipif(
    MINISIGN is None,
    reason="SKIPPED LOUDLY: the `minisign` binary is not installed (Debian package minisign)",
)
# Around the 64 KiB chunk, and across the pipeline's blocks (two blocks, and a byte more).
SIZES = [0, 1, 65536, 3 * 65536 + 1, 2 * BLOCK_CHUNKS * 65536, 2 * BLOCK_CHUNKS * 65536 + 1]


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def party(tmp_path: Path) -> keys.KeyPaths:
    return keys.new_keys("evaluator", tmp_path / "keys")


@needs_age
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
@pytest.mark.parametrize("size", SIZES)
def test_when_sealflow_seals_then_age_opens(
    tmp_path: Path, party: keys.KeyPaths, size: int, armor: bool
):
    plain = tmp_path / "plain.bin"
    plain.write_bytes(os.urandom(size))
    other = age.X25519Identity.generate().recipient()
    age.seal_file(plain, tmp_path / "sealed.age", [other, party.recipient], armor=armor)
    result = run([AGE, "-d", "-i", str(party.identity_path), str(tmp_path / "sealed.age")])
    assert result.returncode == 0, result.stderr
    assert result.stdout == plain.read_bytes()


@needs_age
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
@pytest.mark.parametrize("size", SIZES)
def test_when_age_seals_then_sealflow_opens(tmp_path: Path, size: int, armor: bool):
    identity_file = tmp_path / "age-keygen.txt"
    assert run([AGE_KEYGEN, "-o", str(identity_file)]).returncode == 0
    identities = age.load_identities(identity_file)
    recipient = str(identities[0].recipient())
    plain = tmp_path / "plain.bin"
    plain.write_bytes(os.urandom(size))
    args = [AGE, "-r", recipient, "-o", str(tmp_path / "sealed.age"), str(plain)]
    assert run([*args[:1], *(["-a"] if armor else []), *args[1:]]).returncode == 0
    age.open_file(tmp_path / "sealed.age", tmp_path / "opened.bin", identities)
    assert (tmp_path / "opened.bin").read_bytes() == plain.read_bytes()


@needs_age
def test_when_age_file_is_truncated_then_sealflow_and_age_both_refuse(
    tmp_path: Path, party: keys.KeyPaths
):
    plain = tmp_path / "plain.bin"
    plain.write_bytes(os.urandom(2 * 65536 + 5))
    assert (
        run([AGE, "-r", party.recipient, "-o", str(tmp_path / "s.age"), str(plain)]).returncode == 0
    )
    data = (tmp_path / "s.age").read_bytes()
    (tmp_path / "s.age").write_bytes(data[: 65536 + 300])
    with pytest.raises(DecryptionError):
        age.open_file(
            tmp_path / "s.age", tmp_path / "out.bin", age.load_identities(party.identity_path)
        )
    assert not (tmp_path / "out.bin").exists()
    assert run([AGE, "-d", "-i", str(party.identity_path), str(tmp_path / "s.age")]).returncode != 0


@needs_minisign
@pytest.mark.parametrize("comment", [None, "batch 2026-11-25 provider"])
def test_when_minisign_signs_with_a_sealflow_key_then_sealflow_verifies(
    tmp_path: Path, party: keys.KeyPaths, comment: str | None
):
    document = tmp_path / "manifest.json"
    document.write_bytes(b'{"files": []}\n')
    args = [MINISIGN, "-S", "-s", str(party.minisign_secret_key_path), "-m", str(document)]
    result = run([*args, *(["-t", comment] if comment else [])])
    assert result.returncode == 0, result.stderr
    trusted = minisign.verify_file(document, party.minisign_public_key_path)
    assert trusted == comment if comment else "file:manifest.json" in trusted
    document.write_bytes(b'{"files": [1]}\n')
    with pytest.raises(SignatureError):
        minisign.verify_file(document, party.minisign_public_key)


@needs_minisign
def test_when_sealflow_signs_then_minisign_verifies(tmp_path: Path, party: keys.KeyPaths):
    document = tmp_path / "receipt.json"
    document.write_bytes(os.urandom(300_000))
    minisign.sign_file(document, party.minisign_secret_key_path, trusted_comment="receipt 1")
    by_file = run([MINISIGN, "-V", "-p", str(party.minisign_public_key_path), "-m", str(document)])
    assert by_file.returncode == 0, by_file.stderr
    assert b"Trusted comment: receipt 1" in by_file.stdout
    by_key = run([MINISIGN, "-V", "-P", party.minisign_public_key, "-m", str(document)])
    assert by_key.returncode == 0
    document.write_bytes(document.read_bytes() + b"\0")
    assert (
        run([MINISIGN, "-V", "-P", party.minisign_public_key, "-m", str(document)]).returncode != 0
    )


@needs_minisign
def test_when_keys_are_passphrase_protected_then_minisign_and_sealflow_share_them(tmp_path: Path):
    # A sealflow-protected key signs with minisign (passphrase on stdin), and a
    # minisign-protected key signs with sealflow; each verified by the other tool.
    party = keys.new_keys("vendor", tmp_path / "keys", passphrase="vendor passphrase")
    document = tmp_path / "deletion.json"
    document.write_bytes(b'{"deleted": true}\n')
    signed = run(
        [MINISIGN, "-S", "-s", str(party.minisign_secret_key_path), "-m", str(document), "-t", "x"],
        stdin=b"vendor passphrase\n",
    )
    assert signed.returncode == 0, signed.stderr
    assert minisign.verify_file(document, party.minisign_public_key_path) == "x"

    generated = run(
        [MINISIGN, "-G", "-f", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")],
        stdin=b"minisign passphrase\nminisign passphrase\n",
    )
    assert generated.returncode == 0, generated.stderr
    minisign.sign_file(
        document, tmp_path / "m.key", trusted_comment="y", passphrase="minisign passphrase"
    )
    verified = run([MINISIGN, "-V", "-p", str(tmp_path / "m.pub"), "-m", str(document)])
    assert verified.returncode == 0, verified.stderr


@needs_minisign
def test_when_minisign_generates_an_unencrypted_key_then_sealflow_signs_with_it(tmp_path: Path):
    generated = run(
        [MINISIGN, "-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")]
    )
    assert generated.returncode == 0, generated.stderr
    document = tmp_path / "doc.txt"
    document.write_bytes(b"hello\n")
    minisign.sign_file(document, tmp_path / "m.key", trusted_comment="z")
    assert run([MINISIGN, "-V", "-p", str(tmp_path / "m.pub"), "-m", str(document)]).returncode == 0
    assert minisign.verify_file(document, tmp_path / "m.pub") == "z"


def _run_with_tty_passphrase(command: list[str], passphrase: bytes, cwd: Path) -> int:
    """Run ``command`` on a pseudo-terminal, typing ``passphrase`` at each age prompt."""
    import pty
    import select
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: become the command
        os.chdir(cwd)
        os.execvp(command[0], command)
    seen = b""
    answered = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            data = os.read(fd, 1024)
        except OSError:
            break
        if not data:
            break
        seen += data
        if seen.lower().count(b"passphrase") > answered:  # one answer per prompt
            os.write(fd, passphrase + b"\n")
            answered += 1
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status)


@needs_age
def test_when_identity_is_passphrase_protected_then_age_opens_with_it(tmp_path: Path):
    party = keys.new_keys("provider", tmp_path / "keys", passphrase="provider passphrase")
    (tmp_path / "plain.txt").write_bytes(b"synthetic roster")
    age.seal_file(tmp_path / "plain.txt", tmp_path / "sealed.age", [party.recipient])
    command = [AGE, "-d", "-i", str(party.identity_path), "-o", "opened.txt", "sealed.age"]
    assert _run_with_tty_passphrase(command, b"provider passphrase", tmp_path) == 0
    assert (tmp_path / "opened.txt").read_bytes() == b"synthetic roster"


@needs_minisign
def test_when_minisign_signs_in_the_legacy_format_then_sealflow_verifies(
    tmp_path: Path, party: keys.KeyPaths
):
    document = tmp_path / "old.txt"
    document.write_bytes(b"signed by an older minisign\n")
    args = [MINISIGN, "-S", "-l", "-s", str(party.minisign_secret_key_path), "-m", str(document)]
    assert run([*args, "-t", "legacy"]).returncode == 0
    assert minisign.verify_file(document, party.minisign_public_key_path) == "legacy"
    document.write_bytes(b"altered\n")
    with pytest.raises(SignatureError, match="does not match"):
        minisign.verify_file(document, party.minisign_public_key_path)


@needs_age
def test_when_age_protects_an_identity_with_a_passphrase_then_sealflow_loads_it(tmp_path: Path):
    plain_identity = tmp_path / "plain-identity.txt"
    assert run([AGE_KEYGEN, "-o", str(plain_identity)]).returncode == 0
    command = [AGE, "-p", "-o", "protected.age", "plain-identity.txt"]
    assert _run_with_tty_passphrase(command, b"age passphrase", tmp_path) == 0
    identities = age.load_identities(tmp_path / "protected.age", "age passphrase")
    assert identities == age.load_identities(plain_identity)
    with pytest.raises(DecryptionError, match="wrong passphrase"):
        age.load_identities(tmp_path / "protected.age", "not it")
