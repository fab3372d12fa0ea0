"""Batches are readable by the real tools: `age` opens the files, `minisign` checks the
manifest; and a batch made with those tools by hand is accepted by sealflow."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from exchange_study import Study, write_study  # on sys.path through this folder's conftest

from sealflow.exchange.flow import make_outgoing, open_received, receive_batches, send_files
from sealflow.exchange.followup import deletion_statuses
from sealflow.exchange.vendors import open_vendor_transcripts
from sealflow.seal.keys import new_keys

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


# The party guides (docs/parties/*.md): their `age` and `minisign` sequences, run as shown.
GUIDES = Path(__file__).resolve().parents[2] / "docs/parties"
GUIDE_PARTIES = {  # page -> (party, role, file it sends)
    "provider": ("provider", "provider", "admin_extract.csv"),
    "survey-platform": ("survey", "survey", "survey_export.csv"),
    "vendor": ("vendor", "vendor", "INT-001.txt"),
}


def _guide_block(page: str, marker: str) -> str:
    text = (GUIDES / f"{page}.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- run: {marker} -->\n```sh\n(.*?)^```", text, flags=re.S | re.M)
    assert found, f"docs/parties/{page}.md: no sh block after <!-- run: {marker} -->"
    return found.group(1)


def _guide_study(tmp_path: Path) -> Study:
    extra = {}
    keys = new_keys("vendor", tmp_path / "study/parties/vendor/keys")
    extra["vendor"] = {
        "role": "vendor", "country": "GB", "age_recipient": keys.recipient,
        "minisign_public_key": keys.minisign_public_key, "transport": "local",
        "dropbox": "dropbox/vendor", "deletion_deadline_days": 7,
    }  # fmt: skip
    return write_study(tmp_path / "study", extra)


@pytest.mark.parametrize("page", sorted(GUIDE_PARTIES))
def test_when_a_party_follows_its_guide_with_age_and_minisign_then_sealflow_accepts_it(
    tmp_path: Path, page: str
) -> None:
    party, _, sent = GUIDE_PARTIES[page]
    study = _guide_study(tmp_path)
    side = study.root / "parties" / party  # the party's folder: keys/ and the file it sends
    (side / sent).write_text("Interviewer: hello\n")
    dropbox = study.root / "dropbox/evaluator"
    dropbox.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "EVALUATOR_AGE": study.parties["parties"]["evaluator"]["age_recipient"],
        "DROPBOX": str(dropbox),
    }
    ran = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", _guide_block(page, "make")],
        cwd=side, env=env, input="\n", capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    ctx = study.context()
    if party == "vendor":  # a vendor's transcript opens only for a recording sent to it
        recording = tmp_path / "INT-001.wav"
        recording.write_bytes(b"RIFF")
        send_files(ctx, "vendor", "recordings", [recording], tmp_path / "sent.json")
    report = receive_batches(ctx, party)
    assert len(report.received) == 1, report.quarantined
    out = tmp_path / "opened"
    if party == "vendor":
        open_vendor_transcripts(ctx, ["vendor"], out)
        out = out / "vendor"
    else:
        open_received(ctx, party, out, expect=[sent])
    assert (out / sent).read_bytes() == (side / sent).read_bytes()
    if party == "vendor":  # then it confirms deletion as its guide shows
        env["DELIVERY"] = report.received[0]["batch_id"]
        ran = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", _guide_block(page, "confirm")],
            cwd=side, env=env, input="\n", capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert ran.returncode == 0, ran.stderr
        (status,) = deletion_statuses(ctx, [tmp_path / "sent.json"])
        assert (status["status"], status["missing"]) == ("confirmed", [])


@pytest.mark.parametrize("page", [*sorted(GUIDE_PARTIES), "archive"])
def test_when_a_party_reads_a_batch_as_its_guide_shows_then_it_gets_the_files(
    tmp_path: Path, page: str
) -> None:
    party = GUIDE_PARTIES.get(page, ("archive",))[0]
    extra = {}
    if party in ("vendor", "archive"):
        keys = new_keys(party, tmp_path / f"study/parties/{party}/keys")
        extra[party] = {
            "role": party, "country": "GB", "age_recipient": keys.recipient,
            "minisign_public_key": keys.minisign_public_key, "transport": "local",
            "dropbox": f"dropbox/{party}",
        }  # fmt: skip
    study = write_study(tmp_path / "study", extra)
    plain = tmp_path / "for-party.csv"
    plain.write_text("survey_token\nabc\n")
    batch = tmp_path / "batch"
    make_outgoing(study.context(), party, "links", [plain], batch)
    side = study.root / "parties" / party
    env = {
        **os.environ,
        "BATCH": str(batch),
        "EVALUATOR_MINISIGN": study.parties["parties"]["evaluator"]["minisign_public_key"],
    }
    ran = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", _guide_block(page, "read")],
        cwd=side, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert (side / "IN/for-party.csv").read_bytes() == plain.read_bytes()
    # a manifest changed after signing is refused before anything is decrypted
    shutil.rmtree(side / "IN")
    manifest = batch / "manifest.json"
    manifest.write_text(manifest.read_text().replace("links", "linkz"))
    ran = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", _guide_block(page, "read")],
        cwd=side, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert ran.returncode != 0 and not (side / "IN").exists()
