from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from exchange_study import Study

from sealflow.errors import IntegrityError, PathSafetyError, SignatureError
from sealflow.exchange.batch import PartyKeys, open_batch, verify_batch
from sealflow.exchange.flow import make_outgoing
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey


def _make(study: Study, plain_files: list[Path], out: Path) -> None:
    make_outgoing(study.context(), "provider", "links", plain_files, out)


def _keys(study: Study) -> dict[str, str]:
    return {n: p["minisign_public_key"] for n, p in study.parties["parties"].items()}


def test_when_batch_is_made_then_recipient_and_sender_both_open_it(
    study: Study, plain_files: list[Path], tmp_path: Path
) -> None:
    batch = tmp_path / "out" / "b"
    _make(study, plain_files, batch)
    verified = verify_batch(batch, _keys(study), expected_recipient="provider")
    assert sorted(p.name for p in batch.iterdir()) == [
        "admin_extract.csv.age", "manifest.json", "manifest.json.minisig", "roster.csv.age",
    ]  # fmt: skip
    for name, key_dir in [
        ("provider", study.root / "parties/provider/keys"),
        ("evaluator", study.root / "work/keys/evaluator"),
    ]:
        opened = open_batch(verified, PartyKeys.in_dir(name, key_dir), tmp_path / f"open-{name}")
        assert {p.name: p.read_bytes() for p in opened} == {
            p.name: p.read_bytes() for p in plain_files
        }


def _flip_byte(batch: Path) -> None:
    path = batch / "roster.csv.age"
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))


def _truncate(batch: Path) -> None:
    path = batch / "roster.csv.age"
    path.write_bytes(path.read_bytes()[:-5])


def _extra_file(batch: Path) -> None:
    (batch / "payload.sh").write_text("echo hi")


def _symlink(batch: Path) -> None:
    target = batch / "roster.csv.age"
    moved = batch.parent / "elsewhere.age"
    target.rename(moved)
    os.symlink(moved, target)


def _missing(batch: Path) -> None:
    (batch / "roster.csv.age").unlink()


def _edit_manifest(batch: Path) -> None:
    path = batch / "manifest.json"
    path.write_text(path.read_text().replace('"purpose": "links"', '"purpose": "other"'))


def _resign_with_other_party(study: Study) -> Callable[[Path], None]:
    def tamper(batch: Path) -> None:
        data = (batch / "manifest.json").read_bytes()
        key = MinisignSecretKey.load(study.root / "parties/survey/keys/survey.minisign.key")
        (batch / "manifest.json.minisig").write_text(sign_bytes(data, key, "forged"))

    return tamper


@pytest.mark.parametrize(
    ("tamper", "error", "message"),
    [
        (_flip_byte, IntegrityError, "SHA-256"),
        (_truncate, IntegrityError, "bytes, the manifest says"),
        (_extra_file, IntegrityError, "not listed"),
        (_symlink, PathSafetyError, "not a regular file"),
        (_missing, IntegrityError, "missing"),
        (_edit_manifest, SignatureError, "does not verify"),
        ("resign", IntegrityError, "signed by survey but names evaluator as its sender"),
    ],
)
def test_when_batch_is_tampered_then_verify_refuses_it(
    study: Study,
    plain_files: list[Path],
    tmp_path: Path,
    tamper: Callable[[Path], None] | str,
    error: type[Exception],
    message: str,
) -> None:
    batch = tmp_path / "b"
    _make(study, plain_files, batch)
    (_resign_with_other_party(study) if tamper == "resign" else tamper)(batch)  # type: ignore[operator]
    with pytest.raises(error, match=message):
        verify_batch(batch, _keys(study), expected_recipient="provider")


@pytest.mark.parametrize(
    ("purpose", "files_fn", "message"),
    [
        ("Bad Purpose", lambda fs: fs, "purpose"),
        ("links", lambda fs: [], "at least one file"),
        ("links", lambda fs: [fs[0], fs[0]], "two files named"),
        ("links", lambda fs: [fs[0].parent / "absent.csv"], "not a file"),
    ],
)
def test_when_make_is_given_bad_input_then_error_and_no_folder(
    study: Study, plain_files: list[Path], tmp_path: Path, purpose: str, files_fn, message: str
) -> None:
    out = tmp_path / "outgoing" / "b"
    with pytest.raises((IntegrityError, FileNotFoundError), match=message):
        make_outgoing(study.context(), "provider", purpose, files_fn(plain_files), out)
    assert not out.exists()
    assert not any((tmp_path / "outgoing").glob("*")) if (tmp_path / "outgoing").exists() else True


def test_when_out_folder_is_not_empty_then_make_refuses(
    study: Study, plain_files: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "b"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(FileExistsError, match="not empty"):
        _make(study, plain_files, out)
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


def test_when_manifest_is_made_then_it_lists_ciphertext_hashes(
    study: Study, plain_files: list[Path], tmp_path: Path
) -> None:
    import hashlib

    batch = tmp_path / "b"
    _make(study, plain_files, batch)
    body = json.loads((batch / "manifest.json").read_text())
    assert body["sender"] == "evaluator" and body["recipient"] == "provider"
    for entry in body["files"]:
        data = (batch / entry["name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["size"] == len(data)


@pytest.mark.parametrize(
    ("tamper", "field"),
    [(_flip_byte, "sha256"), (_truncate, "size")],
)
def test_when_a_file_is_altered_then_the_error_carries_path_expected_and_found(
    study: Study,
    plain_files: list[Path],
    tmp_path: Path,
    tamper: Callable[[Path], None],
    field: str,
) -> None:
    batch = tmp_path / "b"
    manifest = make_outgoing(study.context(), "provider", "links", plain_files, batch)
    entry = next(f for f in manifest.files if f.name == "roster.csv.age")
    tamper(batch)
    with pytest.raises(IntegrityError) as raised:
        verify_batch(batch, _keys(study), expected_recipient="provider")
    error = raised.value
    assert error.path == str(batch / "roster.csv.age")
    assert error.expected == getattr(entry, field)
    assert error.found is not None and error.found != error.expected
