"""`sealflow import --from PARTY FILE...`: data that arrives outside a sealed batch.

The file is placed where the sealed route would open it, the audit log records sender,
hash, size and time, and the workflow's open_* rules no longer claim it (Snakemake deletes
a rule's outputs before running it; no rule may delete a file it did not make).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sealflow.cli import main
from sealflow.config import load_config
from sealflow.ingest.imports import imported_inputs

REPO = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "study"
    main(["demo", "init", str(root), "--staff", "60"])
    return root


@pytest.fixture
def study(demo: Path, tmp_path: Path) -> Path:
    root = tmp_path / "study"
    shutil.copytree(demo, root, symlinks=True)
    return root


def _outside(study: Path, name: str, data: bytes) -> Path:
    path = study.parent / "usb-stick" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _audit_entries(study: Path) -> list[dict]:
    lines = (study / "work/audit/audit.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines]


def test_when_a_provider_file_is_imported_then_it_is_placed_as_a_batch_would_and_audited(
    study, capsys
):
    target = study / "work/received/provider/admin_extract.csv"
    data = target.read_bytes().replace(b"\n", b"\r\n")
    target.unlink()
    source = _outside(study, "admin_extract.csv", data)

    main(["import", "--from", "provider", "-c", str(study / "config.yaml"), str(source)])

    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    entry = _audit_entries(study)[-1]
    assert entry["action"] == "receive"
    assert entry["subject"] == "work/received/provider/admin_extract.csv"
    assert entry["details"]["route"] == "import"
    assert entry["details"]["sender"] == "provider"
    assert entry["details"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert entry["details"]["size"] == len(data)
    assert entry["at"]
    config = load_config(study / "config.yaml")
    assert imported_inputs(config, config["root"]) == {"work/received/provider/admin_extract.csv"}
    shown = capsys.readouterr()
    assert "PSN-" not in shown.out + shown.err  # hash and size, never content


def test_when_a_file_has_its_own_name_then_it_lands_beside_the_partys_inputs(study):
    source = _outside(study, "extract.xlsx", b"PK\x03\x04 not really a workbook")
    main(["import", "--from", "provider", "-c", str(study / "config.yaml"), str(source)])
    assert (study / "work/received/provider/extract.xlsx").read_bytes() == source.read_bytes()


def test_when_a_hand_placed_file_is_imported_in_place_then_it_is_recorded_not_copied(study):
    target = study / "work/received/survey/survey_export.csv"
    before = target.read_bytes()
    main(["import", "--from", "survey", "-c", str(study / "config.yaml"), str(target)])
    assert target.read_bytes() == before
    register = json.loads((study / "work/imports.json").read_text())
    assert register["work/received/survey/survey_export.csv"]["sha256"] == (
        hashlib.sha256(before).hexdigest()
    )


@pytest.mark.parametrize(
    ("sender", "message"),
    [("printer", "--from printer: no such party"), ("evaluator", "its role is evaluator")],
)
def test_when_the_sender_cannot_send_data_then_one_error_line_and_nothing_placed(
    study, sender, message, capsys
):
    source = _outside(study, "roster_v2.csv", b"pseudonymous_id\n")
    with pytest.raises(SystemExit) as exited:
        main(["import", "--from", sender, "-c", str(study / "config.yaml"), str(source)])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (study / "work/received/provider/roster_v2.csv").exists()


@pytest.mark.parametrize(
    ("name", "kind"),
    [("interview-bbbbbbbbbbbb.md", "of type '.md'"), ("interview-bbbbbbbbbbbb", "without a type")],
)
def test_when_a_transcript_is_of_a_type_never_scrubbed_then_it_is_refused_naming_the_types(
    study, name, kind, capsys
):
    """attack18 G8: a .md was imported, never scrubbed, and the gate then failed for ever."""
    good = _outside(study, "interview-aaaaaaaaaaaa.txt", b"Participant: synthetic words.\n")
    bad = _outside(study, name, b"Participant: synthetic words.\n")
    with pytest.raises(SystemExit) as exited:
        main(["import", "--from", "vendor", "-c", str(study / "config.yaml"), str(good), str(bad)])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert (
        err.count("\n") == 1 and f"{bad}: a transcript {kind}" in err and "is never scrubbed" in err
    )
    assert ".txt, .vtt, .srt, .docx" in err
    received = study / "work/received/vendor/transcripts"
    assert not (received / good.name).exists() and not (received / name).exists()


def test_when_transcript_suffixes_are_listed_then_they_are_what_the_scrub_reads():
    from sealflow.received_transcripts import SCRUBBED_SUFFIXES
    from sealflow.scrub.formats import SUFFIXES

    assert sorted(SCRUBBED_SUFFIXES) == sorted(SUFFIXES)


def test_when_provider_files_were_imported_then_no_workflow_rule_claims_them(study):
    config = str(study / "config.yaml")
    for name in ("roster.csv", "admin_extract.csv"):
        target = study / "work/received/provider" / name
        main(["import", "--from", "provider", "-c", config, str(target)])
    plan = subprocess.run(
        [str(BIN / "snakemake"), "-n", "--cores", "1", "--configfile", config],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert plan.returncode == 0, plan.stderr[-2000:]
    assert "rule open_provider" not in plan.stdout
    assert "rule open_survey" in plan.stdout  # the survey's export still comes sealed
    assert "rule ingest_admin" in plan.stdout
