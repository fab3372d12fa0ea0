"""Certification: refused while a gate fails; signed, countersigned, and re-checked."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sealflow.cli import main
from sealflow.deposit import front
from sealflow.deposit.certify import make_statement, verify_certification
from sealflow.errors import GateError, IntegrityError, SignatureError

from .conftest import anonymised_table, read_json, write_stage_outputs


@pytest.mark.parametrize(
    ("outputs", "failed_gates"),
    [
        ({"residual_hits": 3}, ["residual scan finds nothing"]),
        ({"k": 4}, ["k-anonymity"]),
        ({"above": 2}, ["records above the risk threshold"]),
        ({"outcome": False}, ["outcome cells pass output checks"]),
        ({"residual_hits": 1, "k": 2}, ["residual scan finds nothing", "k-anonymity"]),
    ],
)
def test_when_a_gate_fails_then_certification_is_refused_naming_it(
    study, config, settings, outputs, failed_gates
):
    write_stage_outputs(study, **outputs)
    with pytest.raises(GateError) as refused:
        front.make_statement(config, coverage=None)
    message = str(refused.value)
    assert f"{len(failed_gates)} gate(s) failed" in message
    for gate in failed_gates:
        assert gate in message
    assert not settings.statement.exists()
    assert not settings.signature.exists()


def test_when_gates_pass_then_the_statement_lists_gates_and_every_payload_file(config, settings):
    statement = front.make_statement(config, coverage=None)
    assert statement == read_json(settings.statement)
    assert all(g["passed"] for g in statement["gates"])
    listed = {f["path"] for f in statement["files"]}
    on_disk = {
        p.relative_to(settings.payload).as_posix()
        for p in settings.payload.rglob("*")
        if p.is_file()
    }
    assert listed == on_disk
    assert {"microdata/anonymised.csv", "microdata/anonymised.parquet",
            "microdata/datapackage.json", "docs/README.md", "docs/deidentification.html",
            "docs/deidentification.json"} <= listed  # fmt: skip


@pytest.mark.interop
def test_when_countersigned_then_both_signatures_verify_with_sealflow_and_minisign(
    study, config, settings, reviewer_key
):
    if shutil.which("minisign") is None:
        pytest.skip("LOUD: the minisign binary is not installed (make system-deps)")
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)
    record = front.check(config)
    assert record["certified"] is True
    assert read_json(settings.certified)["statement_sha256"] == record["statement_sha256"]
    for public_key, signature in (
        (study / "work/keys/evaluator/evaluator.minisign.pub", settings.signature),
        (study / "parties/reviewer/keys/reviewer.minisign.pub", settings.reviewer_signature),
    ):
        checked = subprocess.run(
            ["minisign", "-V", "-m", str(settings.statement), "-p", str(public_key),
             "-x", str(signature)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert checked.returncode == 0, checked.stderr
    swapped = subprocess.run(
        ["minisign", "-V", "-m", str(settings.statement),
         "-p", str(study / "work/keys/evaluator/evaluator.minisign.pub"),
         "-x", str(settings.reviewer_signature)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert swapped.returncode != 0


def test_when_the_reviewer_has_not_countersigned_then_certify_says_so(config):
    front.make_statement(config, coverage=None)
    with pytest.raises(SignatureError, match="no reviewer countersignature yet"):
        front.check(config)


def test_when_another_key_countersigns_then_it_is_refused(study, config, settings):
    front.make_statement(config, coverage=None)
    with pytest.raises(SignatureError, match="is not the reviewer key"):
        front.countersign(config, study / "parties/archive/keys/archive.minisign.key")
    assert not settings.reviewer_signature.exists()


def test_when_the_reviewer_key_is_the_data_managers_then_certification_is_refused(study, config):
    config["certify"]["reviewer_public_key"] = str(
        study / "work/keys/evaluator/evaluator.minisign.pub"
    )
    with pytest.raises(SignatureError, match="second person"):
        front.make_statement(config, coverage=None)


def _flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (lambda p: _flip_byte(p / "microdata/anonymised.csv"), "changed: microdata/anonymised.csv"),
        (
            lambda p: _flip_byte(p / "microdata/anonymised.parquet"),
            "changed: microdata/anonymised.parquet",
        ),
        (lambda p: (p / "docs/README.md").unlink(), "missing: docs/README.md"),
        (lambda p: (p / "docs/extra.txt").write_text("x"), "not certified: docs/extra.txt"),
    ],
)
def test_when_a_file_changes_after_certification_then_certify_detects_it(
    config, settings, reviewer_key, tamper, expected
):
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)
    tamper(settings.payload)
    with pytest.raises(IntegrityError, match=expected):
        front.check(config)


def test_when_the_statement_is_edited_then_both_signatures_fail(config, settings, reviewer_key):
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)
    text = settings.statement.read_text(encoding="utf-8")
    settings.statement.write_text(
        text.replace('"passed": true', '"passed": true ', 1), encoding="utf-8"
    )
    with pytest.raises(SignatureError):
        front.check(config)


def test_when_the_statement_is_made_again_then_the_old_countersignature_no_longer_counts(
    study, config, reviewer_key
):
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)
    write_stage_outputs(study, table=anonymised_table(seed=8))  # the data changed meanwhile
    front.make_statement(config, coverage=None)
    with pytest.raises(SignatureError, match="countersign the new one"):
        front.check(config)


def test_when_the_reviewer_countersigns_a_tampered_payload_then_it_is_refused(
    config, settings, reviewer_key
):
    front.make_statement(config, coverage=None)
    _flip_byte(settings.payload / "microdata/anonymised.csv")
    with pytest.raises(IntegrityError, match="changed"):
        front.countersign(config, reviewer_key)
    assert not settings.reviewer_signature.exists()


def test_when_statement_signed_then_it_is_readable_by_others_but_payload_is_private(
    config, settings
):
    front.make_statement(config, coverage=None)
    assert os.stat(settings.statement).st_mode & 0o777 == 0o644
    assert os.stat(settings.payload).st_mode & 0o777 == 0o700
    assert all(os.stat(p).st_mode & 0o077 == 0 for p in settings.payload.rglob("*"))


def test_when_verified_directly_then_the_library_and_the_front_agree(
    config, settings, ctx, reviewer_key
):
    make_statement(settings, ctx.keys)
    front.countersign(config, reviewer_key)
    record = verify_certification(settings, ctx.entry("evaluator")["minisign_public_key"])
    assert record["files"] == len(read_json(settings.statement)["files"])


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["certify", "statement"], "gate(s) failed: residual scan finds nothing"),
        (["certify"], "no certification statement"),
        (["deposit"], "no certification statement"),
    ],
)
def test_when_the_cli_is_refused_then_one_line_and_exit_1(study, capsys, argv, expected):
    write_stage_outputs(study, residual_hits=2)
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--config", str(study / "config.yaml")])
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err


def test_when_a_received_transcript_has_no_scrubbed_copy_then_certify_statement_names_it(
    study, settings, capsys
):
    # attack17 F4: a transcript imported after the scrub ran was in no scrub figure, and
    # every gate passed. Its name (never its text) now fails "every document scrubbed".
    received = study / "work/received/vendor/transcripts/interview-bbbbbbbbbbbb.txt"
    received.write_text("Interviewer: Who helped you?\nParticipant: Peregrine Ollerenshaw.\n")
    with pytest.raises(SystemExit) as stopped:
        main(["certify", "statement", "--config", str(study / "config.yaml")])
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert "every document scrubbed (figure 1" in err and "interview-bbbbbbbbbbbb.txt" in err
    assert "Ollerenshaw" not in err and err.count("\n") == 1
    assert not settings.statement.exists()


def test_when_a_received_transcript_is_not_scrubbed_then_status_fails_no_scrub_failures(
    study, capsys
):
    """attack18 G2/G8: a scrub that refused a document failed and wrote no summary; status
    showed the earlier summary's "pass: no scrub failures" beside the failing coverage."""
    import json

    config = str(study / "config.yaml")
    main(["status", "-c", config, "--json"])
    before = {g["name"]: g for g in json.loads(capsys.readouterr().out)["gates"]}
    assert before["no scrub failures"]["passed"] is True
    received = study / "work/received/vendor/transcripts/interview-bbbbbbbbbbbb.docx"
    received.write_bytes(b"PK\x03\x04 a file the scrub refused")
    main(["status", "-c", config, "--json"])
    gates = {g["name"]: g for g in json.loads(capsys.readouterr().out)["gates"]}
    assert gates["every document scrubbed"]["passed"] is False
    failures = gates["no scrub failures"]
    assert failures["passed"] is False and failures["figure"] is None
    assert failures["note"].startswith("not known: the last finished scrub predates 1 ")
    assert "logs/scrub/" in failures["note"]
