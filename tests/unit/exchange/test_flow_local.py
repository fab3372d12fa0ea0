"""Send and receive through local drop-boxes: the same checks the SFTP transport gets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from exchange_study import Study
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.errors import IntegrityError, SignatureError
from sealflow.exchange.flow import (
    collect_receipts,
    make_outgoing,
    open_received,
    receive_batches,
    receive_to,
    send_batch,
)
from sealflow.exchange.receipts import read_signed, verify_receipt
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey


def _provider_sends(study: Study, plain_files: list[Path], purpose: str = "extract") -> dict:
    provider = study.as_party("provider")
    batch = study.root / "parties/provider/outgoing" / purpose
    make_outgoing(provider, "evaluator", purpose, plain_files, batch)
    return send_batch(provider, "evaluator", batch)


def _dropbox(study: Study) -> Path:
    return study.root / "dropbox/evaluator"


def test_when_party_sends_then_evaluator_receives_opens_and_receipts(
    study: Study, plain_files: list[Path]
) -> None:
    sent = _provider_sends(study, plain_files)
    ctx = study.context()
    report = receive_batches(ctx, "provider")
    assert [r["batch_id"] for r in report.received] == [sent["batch_id"]]
    assert not report.quarantined
    assert not (_dropbox(study) / sent["batch_id"]).exists()  # removed once received
    out = study.root / "work/received/provider"
    open_received(ctx, "provider", out, expect=["roster.csv", "admin_extract.csv"])
    for path in plain_files:
        assert (out / path.name).read_bytes() == path.read_bytes()
        assert (out / path.name).stat().st_mode & 0o777 == 0o600
    receipt = study.root / "dropbox/provider/receipts" / f"{sent['batch_id']}.receipt.json"
    body = verify_receipt(
        *read_signed(receipt),
        study.parties["parties"]["evaluator"]["minisign_public_key"],
        sent["batch_id"],
        sent["manifest_sha256"],
        str(receipt),
    )
    assert body["receiver"] == "evaluator"
    assert ctx.audit is not None and ctx.audit.verify() >= 2


def _tamper_file(batch: Path) -> None:
    target = next(batch.glob("*.csv.age"))
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))


def _forge_sender(study: Study):
    def tamper(batch: Path) -> None:
        manifest = batch / "manifest.json"
        key = MinisignSecretKey.generate()  # a key no party pins
        manifest_sig = batch / "manifest.json.minisig"
        manifest_sig.write_text(sign_bytes(manifest.read_bytes(), key, "a stranger pretends"))

    return tamper


def _add_unlisted(batch: Path) -> None:
    (batch / "extra.bin").write_bytes(b"x")


@pytest.mark.parametrize(
    ("tamper", "error"),
    [
        (_tamper_file, "IntegrityError"),
        ("forge", "SignatureError"),
        (_add_unlisted, "IntegrityError"),
    ],
)
def test_when_batch_is_bad_then_quarantined_and_never_opened(
    study: Study, plain_files: list[Path], tamper, error: str
) -> None:
    sent = _provider_sends(study, plain_files)
    (_forge_sender(study) if tamper == "forge" else tamper)(_dropbox(study) / sent["batch_id"])
    ctx = study.context()
    report_path = study.root / "results/exchange/received/provider.json"
    with pytest.raises(IntegrityError, match="in quarantine"):
        receive_to(ctx, "provider", report_path)
    report = json.loads(report_path.read_text())
    assert report["received"] == []
    assert [q["error"] for q in report["quarantined"]] == [error]
    reason = json.loads(
        (study.root / report["quarantined"][0]["folder"] / "reason.json").read_text()
    )
    assert reason["error"] == error
    out = study.root / "work/received/provider"
    with pytest.raises(IntegrityError, match=r"expected roster\.csv"):
        open_received(ctx, "provider", out, expect=["roster.csv"])
    assert not list(out.glob("*.csv"))
    receipts = sorted((study.root / "dropbox/provider/receipts").glob("*.receipt.json"))
    assert all(json.loads(r.read_text())["status"] == "rejected" for r in receipts)
    assert len(receipts) == (0 if tamper == "forge" else 1)  # only a signed batch is answered


def test_when_another_party_signs_a_batch_claiming_to_be_the_sender_then_its_receive_refuses(
    study: Study, plain_files: list[Path]
) -> None:
    sent = _provider_sends(study, plain_files)
    folder = _dropbox(study) / sent["batch_id"]
    key = MinisignSecretKey.load(study.root / "parties/survey/keys/survey.minisign.key")
    data = (folder / "manifest.json").read_bytes()
    (folder / "manifest.json.minisig").write_text(sign_bytes(data, key, "survey pretends"))
    report = receive_batches(study.context(), "provider")
    assert report.received == []
    assert [q["error"] for q in report.quarantined] == ["SignatureError"]
    assert "signed by survey but names provider" in report.quarantined[0]["reason"]


def test_when_received_batch_is_offered_again_then_refused_as_replay(
    study: Study, plain_files: list[Path]
) -> None:
    sent = _provider_sends(study, plain_files)
    copy = study.root / "copy"
    shutil.copytree(_dropbox(study) / sent["batch_id"], copy)
    ctx = study.context()
    assert len(receive_batches(ctx, "provider").received) == 1
    shutil.copytree(copy, _dropbox(study) / sent["batch_id"])
    report = receive_batches(ctx, "provider")
    assert report.received == []
    assert [q["error"] for q in report.quarantined] == ["ReplayError"]


def test_when_dropbox_holds_others_files_then_they_are_left_alone(
    study: Study, plain_files: list[Path]
) -> None:
    _provider_sends(study, plain_files)
    survey = study.as_party("survey")
    other = study.root / "parties/survey/outgoing/x"
    make_outgoing(survey, "evaluator", "export", plain_files[:1], other)
    send_batch(survey, "evaluator", other)
    (_dropbox(study) / "notes.txt").write_text("hello")
    (_dropbox(study) / "half-uploaded").mkdir()
    (_dropbox(study) / "half-uploaded" / "x.age.part").write_bytes(b"..")
    report = receive_batches(study.context(), "provider")
    assert len(report.received) == 1 and not report.quarantined
    assert report.skipped == 3
    assert (_dropbox(study) / "notes.txt").exists()
    assert len(receive_batches(study.context(), "survey").received) == 1


HOSTILE = st.one_of(
    st.sampled_from(
        ["../../etc/cron.d/x", "/tmp/abs.age", "~/x.age", "a\x00b.age", "a/b.age", ".."]
    ),
    st.text(min_size=1, max_size=12).map(lambda t: "../" + t),
    st.text(alphabet=st.characters(categories=["Cc", "Cf"]), min_size=1, max_size=4).map(
        lambda t: "x" + t + ".age"
    ),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE)
def test_when_signed_manifest_lists_hostile_name_then_quarantined_and_nothing_escapes(
    study: Study, name: str
) -> None:
    batch_id = "20260101T000000Z-provider-extract-hostile"
    folder = _dropbox(study) / batch_id
    folder.mkdir(parents=True, exist_ok=True)
    body = {
        "format": "sealflow-batch/1",
        "batch_id": batch_id,
        "sender": "provider",
        "recipient": "evaluator",
        "purpose": "extract",
        "created": "2026-01-01T00:00:00+00:00",
        "files": [{"name": name, "size": 1, "sha256": "0" * 64}],
    }
    data = json.dumps(body).encode()
    key = MinisignSecretKey.load(study.root / "parties/provider/keys/provider.minisign.key")
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.json.minisig").write_text(sign_bytes(data, key, "hostile"))
    before = {p for p in study.root.rglob("*")}
    report = receive_batches(study.context(), "provider")
    assert report.received == []
    assert [q["error"] for q in report.quarantined] == ["PathSafetyError"]
    allowed = [
        study.root / folder
        for folder in ("work/exchange", "work/audit", "work/keys", "results/exchange/receipts",
                       "dropbox/provider/receipts",  # signed receipts: "rejected", no plaintext
                       "work/validated-settings.json")  # the study's own settings, validated
    ]  # fmt: skip
    for path in {p for p in study.root.rglob("*")} - before:
        # in an allowed place, or a folder made on the way to one (results/exchange)
        assert any(path.is_relative_to(a) or a.is_relative_to(path) for a in allowed), path
    assert not list((study.root / "work/exchange/received").glob("provider/*"))


def test_when_receive_is_retried_after_a_quarantine_then_it_still_fails_until_released(
    study: Study, plain_files: list[Path]
) -> None:
    sent = _provider_sends(study, plain_files)
    _tamper_file(_dropbox(study) / sent["batch_id"])
    ctx = study.context()
    report_path = study.root / "results/exchange/received/provider.json"
    for _attempt in range(2):
        with pytest.raises(IntegrityError, match="in quarantine"):
            receive_to(ctx, "provider", report_path)
    for entry in (study.root / "work/exchange/quarantine").iterdir():
        shutil.rmtree(entry)
    assert receive_to(ctx, "provider", report_path).received == []


def test_when_party_receives_our_batch_then_its_receipt_acknowledges_it(
    study: Study, plain_files: list[Path]
) -> None:
    ctx = study.context()
    batch = study.root / "work/exchange/outgoing/b"
    make_outgoing(ctx, "provider", "links", plain_files, batch)
    sent = send_batch(ctx, "provider", batch)
    assert [s["status"] for s in collect_receipts(ctx, "provider")] == ["awaiting"]
    provider = study.as_party("provider")
    assert len(receive_batches(provider, "evaluator").received) == 1
    statuses = collect_receipts(ctx, "provider")
    assert [(s["batch_id"], s["status"]) for s in statuses] == [(sent["batch_id"], "acknowledged")]


def test_when_receipt_is_forged_then_collecting_it_fails(
    study: Study, plain_files: list[Path]
) -> None:
    ctx = study.context()
    batch = study.root / "work/exchange/outgoing/b"
    make_outgoing(ctx, "provider", "links", plain_files, batch)
    sent = send_batch(ctx, "provider", batch)
    receipts = _dropbox(study) / "receipts"
    receipts.mkdir(parents=True)
    name = f"{sent['batch_id']}.receipt.json"
    data = json.dumps({"format": "sealflow-receipt/1", "batch_id": sent["batch_id"]}).encode()
    key = MinisignSecretKey.load(study.root / "parties/survey/keys/survey.minisign.key")
    (receipts / name).write_bytes(data)
    (receipts / f"{name}.minisig").write_text(sign_bytes(data, key, "forged"))
    with pytest.raises(SignatureError):
        collect_receipts(ctx, "provider")


def test_when_a_link_poses_as_a_batch_folder_then_quarantined_and_target_untouched(
    study: Study, plain_files: list[Path]
) -> None:
    sent = _provider_sends(study, plain_files)
    real = study.root / "elsewhere"
    (_dropbox(study) / sent["batch_id"]).rename(real)
    (_dropbox(study) / sent["batch_id"]).symlink_to(real)
    report = receive_batches(study.context(), "provider")
    assert [q["error"] for q in report.quarantined] == ["PathSafetyError"]
    assert sorted(p.name for p in real.iterdir()) == sorted(
        ["manifest.json", "manifest.json.minisig", *(f["name"] for f in sent["files"])]
    )


def test_when_a_signed_batch_holds_plaintext_then_send_refuses_it(
    study: Study, plain_files: list[Path]
) -> None:
    from sealflow.exchange.manifest import Manifest

    ctx = study.context()
    batch = study.root / "work/exchange/outgoing/b"
    manifest = make_outgoing(ctx, "provider", "links", plain_files, batch)
    leaked = batch / "roster.csv.age"
    leaked.write_bytes(plain_files[0].read_bytes())  # plaintext under a sealed name
    rebuilt = Manifest.build(
        manifest.batch_id,
        "evaluator",
        "provider",
        "links",
        [batch / f.name for f in manifest.files],
    )
    key = MinisignSecretKey.load(study.root / "work/keys/evaluator/evaluator.minisign.key")
    (batch / "manifest.json").write_bytes(rebuilt.to_bytes())
    (batch / "manifest.json.minisig").write_text(sign_bytes(rebuilt.to_bytes(), key, "ours"))
    with pytest.raises(IntegrityError, match="not an age-sealed file"):
        send_batch(ctx, "provider", batch)
    assert not list((study.root / "dropbox/provider").glob("*"))
