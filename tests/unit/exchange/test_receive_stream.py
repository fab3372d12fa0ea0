"""`receive` opens each member while it downloads (exchange/stream_open.py).

The plaintext made on the way is a temporary file that takes its name only after the
file's SHA-256 equalled the signed manifest's; a bad byte, a lost connection or a chunk
that fails authentication leaves no plaintext anywhere, and a lost connection leaves the
batch receivable. The one-pass output is the old two-pass output (download, then
`open_file`) byte for byte, however the bytes arrive.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import pytest
from exchange_study import Study
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.errors import DecryptionError, TransportError
from sealflow.exchange.flow import make_outgoing, receive_batches, send_batch
from sealflow.exchange.local import LocalTransport
from sealflow.exchange.replay import ReplayRegister
from sealflow.exchange.stream_open import StreamOpener
from sealflow.seal.age import X25519Identity, open_file, seal_file
from sealflow.seal.age_stream import CHUNK_SIZE
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey


def _sent(study: Study, plain: list[Path]) -> str:
    provider = study.as_party("provider")
    folder = study.root / "parties/provider/outgoing/extract"
    make_outgoing(provider, "evaluator", "extract", plain, folder)
    return str(send_batch(provider, "evaluator", folder)["batch_id"])


def _big_plain(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "plain-big"
    folder.mkdir()
    path = folder / "roster.csv"
    path.write_bytes(b"pseudonymous_id\n" + b"PSN-0000000042\n" * 40_000)  # ~600 KiB, 10 chunks
    return [path]


def _plaintext_anywhere(study: Study, secret: bytes) -> list[Path]:
    """Files under work/ holding ``secret`` (opened plaintext, finished or temporary)."""
    return [
        path
        for path in (study.root / "work").rglob("*")
        if path.is_file() and secret in path.read_bytes()
    ]


def test_when_a_ciphertext_byte_is_changed_mid_file_then_no_plaintext_is_left_and_it_is_quarantined(
    study: Study, tmp_path: Path
) -> None:
    plain = _big_plain(tmp_path)
    batch_id = _sent(study, plain)
    sealed = study.root / "dropbox/evaluator" / batch_id / "roster.csv.age"
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size: only the hash (and age's chunk tag) can tell
    sealed.write_bytes(bytes(data))
    out = study.root / "work/received/provider"
    ctx = study.context()
    report = receive_batches(ctx, "provider", out_dir=out, screen=lambda _: True)
    assert report.received == [] and report.opened == []
    assert [q["error"] for q in report.quarantined] == ["IntegrityError"]
    assert "SHA-256 differs" in report.quarantined[0]["reason"]
    assert _plaintext_anywhere(study, b"PSN-0000000042") == []
    assert not out.exists() or list(out.iterdir()) == []
    assert list((study.root / "work").rglob("*.opening")) == []
    assert ReplayRegister(ctx.path("replay_register")).seen(batch_id)  # rejected, receipted


def test_when_a_file_opens_but_its_hash_is_not_the_signed_one_then_no_plaintext_is_named(
    study: Study, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The decryption finishes before the hash is compared: only the hash may name it."""
    secret = b"pseudonymous_id\nPSN-0000000077\n"
    plain, sealed = tmp_path / "a.csv", tmp_path / "a.csv.age"
    plain.write_bytes(secret)
    seal_file(plain, sealed, [study.parties["parties"]["evaluator"]["age_recipient"]])
    data = sealed.read_bytes()
    batch_id = "20250101T000000Z-provider-extract-0000000d"
    folder = study.root / "dropbox/evaluator" / batch_id
    folder.mkdir(parents=True)
    (folder / "a.csv.age").write_bytes(data)
    body = {
        "format": "sealflow-batch/1", "batch_id": batch_id, "sender": "provider",
        "recipient": "evaluator", "purpose": "extract", "created": "2026-01-01T00:00:00+00:00",
        "files": [{"name": "a.csv.age", "size": len(data), "sha256": "ab" * 32}],
    }  # fmt: skip
    manifest = json.dumps(body).encode()
    key = MinisignSecretKey.load(study.root / "parties/provider/keys/provider.minisign.key")
    (folder / "manifest.json").write_bytes(manifest)
    (folder / "manifest.json.minisig").write_text(sign_bytes(manifest, key, "provider"))
    named: list[str] = []  # finish() is what names the plaintext: never for this file
    finish = StreamOpener.finish

    def spied(self: StreamOpener) -> Path | None:
        named.append(self.member)
        return finish(self)

    monkeypatch.setattr(StreamOpener, "finish", spied)
    out = study.root / "work/received/provider"
    report = receive_batches(study.context(), "provider", out_dir=out, screen=lambda _: True)
    assert [q["error"] for q in report.quarantined] == ["IntegrityError"]
    assert "SHA-256 differs" in report.quarantined[0]["reason"]
    assert named == []
    assert report.opened == [] and _plaintext_anywhere(study, b"PSN-0000000077") == []
    assert list((study.root / "work").rglob("*.opening")) == []


class _CutAfter(LocalTransport):
    """A drop-box whose connection is lost after ``budget`` bytes of a download."""

    def __init__(self, outgoing: Path, incoming: Path, budget: int) -> None:
        super().__init__(outgoing, incoming)
        self.budget = budget

    def download(self, remote, local, size, sha256, sink=None) -> None:  # type: ignore[no-untyped-def]
        outer = self

        class Cutting:
            def restart(self) -> None:
                sink.restart()

            def put(self, chunk: bytes | memoryview) -> None:
                if outer.budget <= 0:
                    raise TransportError("connection lost (test)")
                outer.budget -= len(chunk)
                sink.put(chunk)

        super().download(remote, local, size, sha256, Cutting() if sink else None)


def test_when_the_download_is_cut_mid_file_then_no_plaintext_is_left_and_the_batch_is_received_next_run(  # noqa: E501
    study: Study, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = _big_plain(tmp_path)
    batch_id = _sent(study, plain)
    monkeypatch.setattr("sealflow.exchange.local.COPY_CHUNK", 100_000)
    ctx = study.context()
    dropbox = study.root / "dropbox"
    cut = _CutAfter(dropbox / "provider", dropbox / "evaluator", budget=250_000)
    monkeypatch.setattr(ctx, "transport", lambda _name: cut)
    out = study.root / "work/received/provider"
    with pytest.raises(TransportError, match="connection lost"):
        receive_batches(ctx, "provider", out_dir=out, screen=lambda _: True)
    assert cut.budget <= 0  # the cut came mid-file, after plaintext was being written
    assert _plaintext_anywhere(study, b"PSN-0000000042") == []
    assert list((study.root / "work").rglob("*.opening")) == []
    assert not ReplayRegister(ctx.path("replay_register")).seen(batch_id)
    assert not (study.root / "work/exchange/quarantine").exists()
    monkeypatch.undo()
    report = receive_batches(study.context(), "provider", out_dir=out, screen=lambda _: True)
    assert [r["batch_id"] for r in report.received] == [batch_id]
    assert (out / "roster.csv").read_bytes() == plain[0].read_bytes()


def test_when_the_workflow_receives_without_an_out_folder_then_members_are_authenticated_and_no_plaintext_kept(  # noqa: E501
    study: Study, tmp_path: Path
) -> None:
    plain = _big_plain(tmp_path)
    batch_id = _sent(study, plain)
    report = receive_batches(study.context(), "provider")
    assert [r["batch_id"] for r in report.received] == [batch_id]
    assert _plaintext_anywhere(study, b"PSN-0000000042") == []


@pytest.fixture(scope="module")
def identity() -> X25519Identity:
    return X25519Identity.generate()


def _old_path(sealed: Path, out: Path, identity: X25519Identity) -> bytes:
    open_file(sealed, out, [identity])
    return out.read_bytes()


def _one_pass(sealed: Path, out: Path, identity: X25519Identity, cuts: list[int]) -> bytes:
    """Feed the sealed bytes in pieces cut at ``cuts``, with a restart (a resumed attempt)."""
    data = sealed.read_bytes()
    opener = StreamOpener([identity], out, sealed.name)
    opener.restart()
    opener.put(data[: len(data) // 3])  # a first attempt, lost
    opener.restart()
    edges = [0, *sorted(c % (len(data) + 1) for c in cuts), len(data)]
    for start, end in itertools.pairwise(edges):
        opener.put(memoryview(data)[start:end])
    assert opener.finish() == out
    return out.read_bytes()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    size=st.sampled_from([0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 8 * CHUNK_SIZE + 5])
    | st.integers(0, 3 * CHUNK_SIZE),
    cuts=st.lists(st.integers(0, 10**7), max_size=6),
)
def test_when_bytes_arrive_in_any_pieces_then_the_one_pass_output_equals_the_old_paths(
    tmp_path_factory: pytest.TempPathFactory, identity: X25519Identity, size: int, cuts: list[int]
) -> None:
    folder = tmp_path_factory.mktemp("equal")
    plain = folder / "data.bin"
    plain.write_bytes(hashlib.shake_256(str(size).encode()).digest(size) if size else b"")
    sealed = folder / "data.bin.age"
    seal_file(plain, sealed, [identity.recipient()])
    old = _old_path(sealed, folder / "old.bin", identity)
    new = _one_pass(sealed, folder / "new.bin", identity, cuts)
    assert new == old == plain.read_bytes()
    assert (folder / "new.bin").stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".opening")) == []


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda d: d[:-40], id="truncated"),
        pytest.param(lambda d: d[:200] + bytes([d[200] ^ 1]) + d[201:], id="altered-chunk"),
        pytest.param(lambda d: d + b"x", id="trailing-data"),
    ],
)
def test_when_the_stream_does_not_open_then_finish_raises_naming_the_member_and_leaves_nothing(
    tmp_path: Path, identity: X25519Identity, damage
) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "data.bin"
    plain.write_bytes(b"secret row\n" * 20_000)
    sealed = tmp_path / "data.bin.age"
    seal_file(plain, sealed, [identity.recipient()])
    target = tmp_path / "out" / "data.bin"
    target.parent.mkdir()
    opener = StreamOpener([identity], target, "data.bin.age")
    opener.restart()
    opener.put(damage(sealed.read_bytes()))
    with pytest.raises(DecryptionError, match=r"^data\.bin\.age: .*the batch cannot be opened"):
        opener.finish()
    assert list(target.parent.iterdir()) == []


def test_when_a_download_is_aborted_then_the_temporary_plaintext_is_deleted(
    tmp_path: Path, identity: X25519Identity
) -> None:
    plain = tmp_path / "data.bin"
    plain.write_bytes(b"secret row\n" * 50_000)
    sealed = tmp_path / "data.bin.age"
    seal_file(plain, sealed, [identity.recipient()])
    target = tmp_path / "out" / "data.bin"
    target.parent.mkdir()
    opener = StreamOpener([identity], target, "data.bin.age")
    opener.restart()
    opener.put(sealed.read_bytes()[: 3 * CHUNK_SIZE])
    opener.abort()
    assert list(target.parent.iterdir()) == []
