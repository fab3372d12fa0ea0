"""Party keys: the four files, their modes, their formats, and refusal to overwrite."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sealflow.errors import DecryptionError, SealflowError
from sealflow.seal import age, keys, minisign
from sealflow.seal.minisign_keys import MinisignSecretKey


@pytest.mark.usefixtures("cheap_kdf")
@pytest.mark.parametrize("passphrase", [None, "correct horse battery"], ids=["plain", "protected"])
def test_when_keys_are_created_then_files_modes_and_formats_are_right(
    tmp_path: Path, passphrase: str | None
):
    created = keys.new_keys("evaluator", tmp_path / "keys", passphrase)
    folder = tmp_path / "keys"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert created.identity_path.stat().st_mode & 0o777 == 0o600
    assert created.minisign_secret_key_path.stat().st_mode & 0o777 == 0o600
    assert created.recipient_path.read_text() == created.recipient + "\n"
    assert created.recipient.startswith("age1")
    assert created.minisign_public_key.startswith("RW")
    assert f"minisign public key {created.key_id}" in created.minisign_public_key_path.read_text()
    identity_text = created.identity_path.read_bytes()
    assert (b"AGE-SECRET-KEY-1" in identity_text) == (passphrase is None)
    identities = age.load_identities(created.identity_path, passphrase)
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(b"hello"), sealed, [created.recipient])
    opened = io.BytesIO()
    age.decrypt(io.BytesIO(sealed.getvalue()), opened, identities)
    assert opened.getvalue() == b"hello"
    signing_key = MinisignSecretKey.load(created.minisign_secret_key_path, passphrase)
    signature = minisign.sign_bytes(b"doc", signing_key, trusted_comment="t")
    assert minisign.verify_bytes(b"doc", signature, created.minisign_public_key_path) == "t"


@pytest.mark.usefixtures("cheap_kdf")
def test_when_protected_identity_is_loaded_without_or_with_wrong_passphrase_then_it_fails(
    tmp_path: Path,
):
    created = keys.new_keys("vendor", tmp_path, "right")
    with pytest.raises(DecryptionError, match="passphrase-protected"):
        age.load_identities(created.identity_path)
    with pytest.raises(DecryptionError, match="wrong passphrase"):
        age.load_identities(created.identity_path, "wrong")


def test_when_keys_exist_then_new_keys_refuses_and_leaves_them(tmp_path: Path):
    created = keys.new_keys("provider", tmp_path)
    before = created.identity_path.read_bytes()
    with pytest.raises(keys.KeyExistsError, match="never overwrites"):
        keys.new_keys("provider", tmp_path)
    assert created.identity_path.read_bytes() == before


@pytest.mark.parametrize("name", ["../escape", "a/b", "", ".hidden", "x" * 65])
def test_when_key_name_is_unsafe_then_it_is_refused(tmp_path: Path, name: str):
    with pytest.raises(SealflowError, match="not allowed"):
        keys.new_keys(name, tmp_path / "k")
    assert not (tmp_path / "k").exists()


def test_when_keys_are_shown_then_public_halves_are_listed(tmp_path: Path):
    first = keys.new_keys("archive", tmp_path)
    second = keys.new_keys("survey", tmp_path)
    shown = keys.show_keys(tmp_path)
    assert [(k.name, k.recipient, k.key_id) for k in shown] == [
        ("archive", first.recipient, first.key_id),
        ("survey", second.recipient, second.key_id),
    ]


@pytest.mark.parametrize(
    "content, message",
    [
        ("# only a comment\n", "no identity found"),
        ("AGE-SECRET-KEY-1NOTVALID\n", "line 1: not an age identity"),
        ("\n\nage1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj\n", "line 3"),
    ],
)
def test_when_identity_file_is_malformed_then_the_error_names_the_line(
    tmp_path: Path, content: str, message: str
):
    path = tmp_path / "id.age"
    path.write_text(content)
    with pytest.raises(age.KeyFormatError, match=message) as caught:
        age.load_identities(path)
    assert "NOTVALID" not in str(caught.value)
