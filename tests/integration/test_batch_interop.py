"""Batches are readable by the real tools: `age` opens the files, `minisign` checks the
manifest; and a batch made with those tools by hand is accepted by sealflow."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from exchange_study import write_study  # on sys.path through this folder's conftest

from sealflow.exchange.flow import make_outgoing, open_received, receive_batches

pytestmark = [
    pytest.mark.interop,
    pytest.mark.skipif(
        not (shutil.which("age") and shutil.which("minisign")),
        reason="SKIPPED LOUDLY: the age and minisign binaries are needed (make system-deps)",
    ),
]


def test_when_sealflow_makes_a_batch_then_age_and_minisign_read_it(tmp_path: Path) -> None:
    study = write_study(tmp_path / "study")
    plain = tmp_path / "links.csv"
    plain.write_text("survey_token,url\nabc,https://survey.example.org/s/abc\n")
    batch = tmp_path / "batch"
    make_outgoing(study.context(), "provider", "links", [plain], batch)
    provider_pub = study.root / "parties/provider/keys/provider.minisign.pub"
    evaluator_pub = study.root / "work/keys/evaluator/evaluator.minisign.pub"
    subprocess.run(
        ["minisign", "-V", "-q", "-p", str(evaluator_pub), "-m", str(batch / "manifest.json")],
        check=True,
    )
    with pytest.raises(subprocess.CalledProcessError):
        subprocess.run(
            ["minisign", "-V", "-q", "-p", str(provider_pub), "-m", str(batch / "manifest.json")],
            check=True, capture_output=True,
        )  # fmt: skip
    for identity in (
        study.root / "parties/provider/keys/provider.age",
        study.root / "work/keys/evaluator/evaluator.age",
    ):
        opened = subprocess.run(
            ["age", "-d", "-i", str(identity), str(batch / "links.csv.age")],
            check=True, capture_output=True,
        ).stdout  # fmt: skip
        assert opened == plain.read_bytes()


def test_when_a_party_builds_a_batch_with_age_and_minisign_then_sealflow_accepts_it(
    tmp_path: Path,
) -> None:
    study = write_study(tmp_path / "study")
    parties = study.parties["parties"]
    plain = tmp_path / "roster.csv"
    plain.write_text("pseudonymous_id\nPSN-0123456789\n")
    batch_id = "20260301T120000Z-provider-extract-0badcafe"
    folder = study.root / "dropbox/evaluator" / batch_id
    folder.mkdir(parents=True)
    sealed = folder / "roster.csv.age"
    subprocess.run(
        ["age", "-r", parties["evaluator"]["age_recipient"], "-r",
         parties["provider"]["age_recipient"], "-o", str(sealed), str(plain)],
        check=True,
    )  # fmt: skip
    manifest = {
        "format": "sealflow-batch/1", "batch_id": batch_id, "sender": "provider",
        "recipient": "evaluator", "purpose": "extract", "created": "2026-03-01T12:00:00+00:00",
        "files": [{"name": sealed.name, "size": sealed.stat().st_size,
                   "sha256": hashlib.sha256(sealed.read_bytes()).hexdigest()}],
    }  # fmt: skip
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))
    secret = study.root / "parties/provider/keys/provider.minisign.key"
    subprocess.run(
        ["minisign", "-S", "-s", str(secret), "-m", str(folder / "manifest.json"),
         "-t", f"batch:{batch_id}"],
        check=True, input=b"\n", capture_output=True,
    )  # fmt: skip
    ctx = study.context()
    report = receive_batches(ctx, "provider")
    assert [r["batch_id"] for r in report.received] == [batch_id], report.quarantined
    out = tmp_path / "opened"
    open_received(ctx, "provider", out, expect=["roster.csv"])
    assert (out / "roster.csv").read_bytes() == plain.read_bytes()
