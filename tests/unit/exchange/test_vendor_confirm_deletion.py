"""`sealflow vendor confirm-deletion`: the vendor's signed statement, as the evaluator checks it.

The vendor runs the command after deleting a delivery's recordings and transcript copies;
the evaluator's deletion check (followup.deletion_statuses, the `deletion_check` rule) then
finds the delivery confirmed. Bad input is refused with one line and nothing written.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from exchange_study import Study, write_study

from sealflow.cli import main
from sealflow.exchange.flow import make_outgoing, receive_to, send_batch, send_files
from sealflow.exchange.followup import deletion_statuses
from sealflow.seal.keys import new_keys


@pytest.fixture
def vendor_study(tmp_path: Path) -> Study:
    keys = new_keys("vendor", tmp_path / "study/parties/vendor/keys")
    vendor = {
        "role": "vendor",
        "country": "GB",
        "age_recipient": keys.recipient,
        "minisign_public_key": keys.minisign_public_key,
        "transport": "local",
        "dropbox": "dropbox/vendor",
        "deletion_deadline_days": 7,
    }
    return write_study(tmp_path / "study", {"vendor": vendor})


def _deliver(study: Study) -> tuple[Path, str]:
    """Recordings sent to the vendor, its transcript delivered back and received."""
    ctx = study.context()
    recordings = study.root / "rec"
    recordings.mkdir()
    (recordings / "INT01.wav").write_bytes(b"RIFF synthetic audio")
    sent = study.root / "results/exchange/sent/recordings.json"
    send_files(ctx, "vendor", "recordings", [recordings / "INT01.wav"], sent)
    transcript = study.root / "INT01.docx"
    transcript.write_text("Interviewer: synthetic transcript\n")
    batch = study.root / "parties/vendor/outgoing/transcripts"
    make_outgoing(study.as_party("vendor"), "evaluator", "transcripts", [transcript], batch)
    send_batch(study.as_party("vendor"), "evaluator", batch)
    (received,) = receive_to(ctx, "vendor", study.root / "results/exchange/rx.json").received
    return sent, str(received["batch_id"])


def _confirm(study: Study, batch_id: str, *extra: str) -> list[str]:
    return [
        "vendor", "confirm-deletion", "--batch", batch_id, "--party", "vendor",
        "-k", str(study.root / "parties/vendor/keys/vendor.minisign.key"),
        "--out", str(study.root / "dropbox/evaluator/confirmations"),
        *extra,
    ]  # fmt: skip


def test_when_the_vendor_confirms_with_sealflow_then_the_evaluator_finds_it_confirmed(
    vendor_study: Study, capsys: pytest.CaptureFixture[str]
) -> None:
    sent, delivery = _deliver(vendor_study)
    (vendor_study.root / "dropbox/evaluator/confirmations").mkdir(parents=True, exist_ok=True)
    main(_confirm(vendor_study, delivery, "--file", "INT01.wav", "--file", "INT01.docx", "--json"))
    result = json.loads(capsys.readouterr().out)
    assert (result["batch_id"], result["party"]) == (delivery, "vendor")
    assert result["files"] == ["INT01.docx", "INT01.wav"]
    assert Path(result["confirmation"]).name == f"{delivery}.deletion.json"
    assert Path(result["signature"]).is_file()
    now = datetime.now(UTC) + timedelta(days=1)
    (status,) = deletion_statuses(vendor_study.context(), [sent], now)
    assert (status["status"], status["batch_id"], status["missing"]) == ("confirmed", delivery, [])


@pytest.mark.parametrize(
    ("batch", "files", "prepare", "message"),
    [
        pytest.param("../x", ["INT01.wav"], None, "batch id", id="batch id not in the alphabet"),
        pytest.param("b-1", ["../INT01.wav"], None, "not a path", id="a path for a file name"),
        pytest.param("b-1", ["INT01.wav"], "no folder", "no such folder", id="no out folder"),
        pytest.param("b-1", ["INT01.wav"], "already", "already there", id="a second statement"),
    ],
)  # fmt: skip
def test_when_the_confirmation_cannot_be_made_then_one_line_and_nothing_new_is_written(
    vendor_study: Study,
    capsys: pytest.CaptureFixture[str],
    batch: str,
    files: list[str],
    prepare: str | None,
    message: str,
) -> None:
    out = vendor_study.root / "dropbox/evaluator/confirmations"
    if prepare != "no folder":
        out.mkdir(parents=True, exist_ok=True)
    if prepare == "already":
        (out / f"{batch}.deletion.json").write_text("{}\n")
    before = sorted(p.name for p in out.iterdir()) if out.is_dir() else None
    argv = _confirm(vendor_study, batch, *[w for name in files for w in ("--file", name)])
    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 1
    assert err.startswith("sealflow: error: ") and len(err.strip().splitlines()) == 1
    assert message in err and "Traceback" not in err
    assert (sorted(p.name for p in out.iterdir()) if out.is_dir() else None) == before
