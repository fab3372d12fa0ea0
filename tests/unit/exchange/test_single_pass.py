"""Each byte read once for its checks: make hashes as it seals, send as it uploads, receive
decrypts once.

The checks are the same as before (hash before the final name, open before the receipt,
nothing changed since the batch was made leaves under its final name); only the second
reads are gone. These tests hold both halves: the work done once, the refusals kept.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from exchange_study import Study

from sealflow.errors import IntegrityError
from sealflow.exchange import batch as batch_module
from sealflow.exchange import manifest as manifest_module
from sealflow.exchange.flow import make_outgoing, receive_batches, send_batch
from sealflow.exchange.local import LocalTransport
from sealflow.seal import age as age_module
from sealflow.seal.age import load_identities, open_file, seal_file
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey


def _sent_by_provider(study: Study, plain_files: list[Path], purpose: str = "extract") -> dict:
    provider = study.as_party("provider")
    folder = study.root / "parties/provider/outgoing" / purpose
    make_outgoing(provider, "evaluator", purpose, plain_files, folder)
    return send_batch(provider, "evaluator", folder)


def _signed_by_provider(study: Study, batch_id: str, files: dict[str, bytes]) -> None:
    """A batch the provider signed whose members' hashes match, openable or not."""
    folder = study.root / "dropbox/evaluator" / batch_id
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    body = {
        "format": "sealflow-batch/1", "batch_id": batch_id, "sender": "provider",
        "recipient": "evaluator", "purpose": "extract", "created": "2026-01-01T00:00:00+00:00",
        "files": [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in files.items()
        ],
    }  # fmt: skip
    data = json.dumps(body).encode()
    key = MinisignSecretKey.load(study.root / "parties/provider/keys/provider.minisign.key")
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.json.minisig").write_text(sign_bytes(data, key, "provider"))


def _sealed_for_evaluator(study: Study, tmp_path: Path, name: str, text: bytes) -> bytes:
    plain, sealed = tmp_path / name, tmp_path / f"{name}.age"
    plain.write_bytes(text)
    seal_file(plain, sealed, [study.parties["parties"]["evaluator"]["age_recipient"]])
    return sealed.read_bytes()


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    calls: list[object] = []
    original = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_when_receiving_into_an_out_folder_then_each_file_is_hashed_and_decrypted_once(
    study: Study, plain_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _sent_by_provider(study, plain_files)
    decrypted = _counting(monkeypatch, age_module, "decrypt")  # the one decryption of each
    rehashed = _counting(monkeypatch, batch_module, "sha256_file")
    out = study.root / "work/received/provider"
    report = receive_batches(study.context(), "provider", out_dir=out, screen=lambda _: True)
    assert len(report.received) == 1
    assert sorted(p.name for p in report.opened) == sorted(p.name for p in plain_files)
    for path in plain_files:
        assert (out / path.name).read_bytes() == path.read_bytes()
        assert (out / path.name).stat().st_mode & 0o777 == 0o600
    assert len(decrypted) == len(plain_files)  # once each: authenticated and opened together
    assert rehashed == []  # hashed as they arrived, not read again for it
    assert not list((study.root / "work/exchange/received").glob(".opening-*"))


def test_when_receive_runs_again_then_only_the_new_batch_is_opened_and_kept_ones_are_not(
    study: Study, plain_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    provider = study.as_party("provider")
    out = study.root / "work/received/provider"
    make_outgoing(provider, "evaluator", "extract", plain_files[:1], tmp_path / "first")
    send_batch(provider, "evaluator", tmp_path / "first")
    first = receive_batches(study.context(), "provider", out_dir=out, screen=lambda _: True)
    # A person edits (or removes) an opened file: a later receive must not bring it back.
    (out / plain_files[0].name).write_text("edited after the first receive\n")
    later = tmp_path / "plain-later" / "later.csv"
    later.parent.mkdir()
    later.write_text("pseudonymous_id\nPSN-0000000009\n")
    make_outgoing(provider, "evaluator", "extract", [later], tmp_path / "second")
    send_batch(provider, "evaluator", tmp_path / "second")
    decrypted = _counting(monkeypatch, age_module, "decrypt")
    second = receive_batches(study.context(), "provider", out_dir=out, screen=lambda _: True)
    assert len(first.received) == len(second.received) == 1
    assert first.received[0]["batch_id"] != second.received[0]["batch_id"]
    assert [p.name for p in second.opened] == ["later.csv"]
    assert len(decrypted) == 1  # the new batch's one file, nothing kept
    assert (out / plain_files[0].name).read_text() == "edited after the first receive\n"
    kept = study.root / "work/exchange/received/provider"
    assert len(list(kept.iterdir())) == 2  # both kept as ciphertext, one opened per run


def test_when_the_screen_drops_a_file_then_it_is_not_in_out_nor_left_in_work(
    study: Study, plain_files: list[Path]
) -> None:
    _sent_by_provider(study, plain_files)
    out = study.root / "work/received/provider"
    report = receive_batches(
        study.context(), "provider", out_dir=out, screen=lambda path: path.name != "roster.csv"
    )
    assert [p.name for p in report.opened] == ["admin_extract.csv"]
    assert sorted(p.name for p in out.iterdir()) == ["admin_extract.csv"]
    everywhere = [p.name for p in (study.root / "work").rglob("roster.csv")]
    assert everywhere == []


def test_when_a_signed_batch_opens_only_in_part_then_quarantined_and_no_plaintext_is_kept(
    study: Study, plain_files: list[Path], tmp_path: Path
) -> None:
    secret = b"pseudonymous_id\nPSN-0000000042\n"
    good = _sealed_for_evaluator(study, tmp_path, "a.csv", secret)
    broken = _sealed_for_evaluator(study, tmp_path, "b.csv", b"x\n" * 40000)[:-40]
    batch_id = "20250101T000000Z-provider-extract-0000000c"
    _signed_by_provider(study, batch_id, {"a.csv.age": good, "b.csv.age": broken})
    sent = _sent_by_provider(study, plain_files)
    out = study.root / "work/received/provider"
    report = receive_batches(study.context(), "provider", out_dir=out, screen=lambda _: True)
    assert [q["error"] for q in report.quarantined] == ["DecryptionError"]
    assert "b.csv.age" in report.quarantined[0]["reason"]
    assert [r["batch_id"] for r in report.received] == [sent["batch_id"]]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in plain_files)
    for path in (study.root / "work").rglob("*"):  # out and every staging folder
        assert not (path.is_file() and path.read_bytes() == secret), path


def test_when_our_sealed_file_changes_after_the_batch_was_made_then_send_leaves_no_batch(
    study: Study, plain_files: list[Path]
) -> None:
    provider = study.as_party("provider")
    folder = study.root / "parties/provider/outgoing/extract"
    manifest = make_outgoing(provider, "evaluator", "extract", plain_files, folder)
    target = folder / manifest.files[0].name
    data = bytearray(target.read_bytes())
    data[-1] ^= 0x01  # same size, other bytes: only the hash can tell
    target.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="changed since the batch was made"):
        send_batch(provider, "evaluator", folder)
    arrived = study.root / "dropbox/evaluator" / manifest.batch_id
    assert not (arrived / "manifest.json").exists()
    assert not [p for p in arrived.rglob("*") if p.is_file()] if arrived.exists() else True


@pytest.mark.parametrize("resumed_at", [0, 1, 70_000])
def test_when_a_local_upload_is_checked_then_only_matching_bytes_get_the_final_name(
    tmp_path: Path, resumed_at: int
) -> None:
    source = tmp_path / "file.age"
    data = bytes(range(256)) * 1000
    source.write_bytes(data)
    transport = LocalTransport(outgoing=tmp_path / "out", incoming=tmp_path / "in")
    if resumed_at:
        (tmp_path / "out/b").mkdir(parents=True)
        (tmp_path / "out/b/file.age.part").write_bytes(data[:resumed_at])
    with pytest.raises(IntegrityError, match="SHA-256 differs"):
        transport.upload(source, "b/file.age", sha256="0" * 64)
    assert not (tmp_path / "out/b/file.age").exists()
    assert not (tmp_path / "out/b/file.age.part").exists()
    if resumed_at:
        (tmp_path / "out/b/file.age.part").write_bytes(data[:resumed_at])
    transport.upload(source, "b/file.age", sha256=hashlib.sha256(data).hexdigest())
    assert (tmp_path / "out/b/file.age").read_bytes() == data


@pytest.mark.parametrize("size", [0, 1, 65_535, 65_536, 65_537, 3 * 1024 * 1024 + 17])
def test_when_a_file_is_sealed_into_a_batch_then_its_hash_is_of_the_bytes_written(
    study: Study, tmp_path: Path, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = tmp_path / "data.bin"
    plain.write_bytes(bytes(i % 251 for i in range(size)))
    rehashed = _counting(monkeypatch, manifest_module, "sha256_file")
    provider = study.as_party("provider")
    folder = tmp_path / "batch"
    manifest = make_outgoing(provider, "evaluator", "extract", [plain], folder)
    (entry,) = manifest.files
    sealed = (folder / entry.name).read_bytes()
    assert entry.sha256 == hashlib.sha256(sealed).hexdigest()
    assert entry.size == len(sealed)
    assert rehashed == []  # hashed while sealing, not read again
    out = tmp_path / "opened"
    identities = load_identities(provider.keys.age_identity)
    open_file(folder / entry.name, out, identities)
    assert out.read_bytes() == plain.read_bytes()
