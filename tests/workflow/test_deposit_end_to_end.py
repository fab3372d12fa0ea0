"""Certify and deposit on the real workflow: demo study, snakemake, the reviewer's CLI step.

Runs snakemake in a subprocess under umask 022 as a user would. The deposit the archive
receives is scanned for every pseudonymous ID of the roster and every survey token of the
survey export: none may appear, in any file of the bag (Parquet read as values).
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from archive_side import archive_receives

from sealflow.config import load_config

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STAFF = 200


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=900,
        preexec_fn=lambda: os.umask(0o022), check=False,
    )  # fmt: skip


def _snakemake(study: Path, *targets: str) -> subprocess.CompletedProcess:
    # One core: the stages upstream are not under test here, only their outputs.
    return _run(
        [str(BIN / "snakemake"), "-s", str(REPO / "Snakefile"), "--cores", "1", *targets,
         "--configfile", str(study / "config.yaml")],
        REPO,
    )  # fmt: skip


def _column(path: Path, column: str) -> set[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return {row[column] for row in csv.DictReader(fh) if row[column]}


def _texts(folder: Path) -> dict[str, str]:
    texts = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.suffix == ".parquet":
            frame = pl.read_parquet(path)
            texts[str(path)] = frame.cast(pl.String).write_csv()
        else:
            texts[str(path)] = path.read_bytes().decode("utf-8", errors="replace")
    return texts


@pytest.fixture(scope="module")
def certified_study(tmp_path_factory) -> Path:
    study = tmp_path_factory.mktemp("deposit-e2e") / "study"
    made = _run([str(BIN / "sealflow"), "demo", "init", str(study), "--staff", str(STAFF)], REPO)
    assert made.returncode == 0, made.stderr
    ran = _snakemake(study, "certify_statement")
    report = json.loads((study / "results/report/deidentification.json").read_text())
    if not report["certifiable"]:
        failed = [g["name"] for g in report["gates"] if not g["passed"]]
        log = (study / "logs/certify/certify_statement.log").read_text()
        assert ran.returncode != 0 and all(name in log for name in failed), log
        pytest.skip(f"LOUD: the demo study's gates fail ({', '.join(failed)}); refusal checked")
    assert ran.returncode == 0, ran.stderr[-3000:]
    return study


def test_when_the_reviewer_has_not_countersigned_then_snakemake_certify_stops(certified_study):
    ran = _snakemake(certified_study, "certify")
    assert ran.returncode != 0
    assert "certification.json.reviewer.minisig" in ran.stderr


def test_when_countersigned_then_deposit_reaches_the_archive_without_any_identifier(
    certified_study,
):
    study = certified_study
    sealflow = str(BIN / "sealflow")
    signed = _run(
        [sealflow, "certify", "countersign", "--config", str(study / "config.yaml"),
         "--key", str(study / "parties/reviewer/keys/reviewer.minisign.key")],
        study,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    checked = _run([sealflow, "certify", "--config", str(study / "config.yaml")], study)
    assert checked.returncode == 0, checked.stderr
    ran = _snakemake(study, "deposit")
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert (
        json.loads((study / "results/deposit/deposited.json").read_text())["status"] == "deposited"
    )

    bag = archive_receives(study, load_config(study / "config.yaml"))
    pseudonymous_ids = _column(study / "work/received/provider/roster.csv", "pseudonymous_id")
    survey_tokens = _column(study / "work/received/survey/survey_export.csv", "survey_token")
    # Re-opened batches drop withdrawn people as they decrypt: the rest of the roster is there.
    withdrawn = _column(study / "work/withdrawals.csv", "pseudonymous_id")
    assert len(pseudonymous_ids) + len(withdrawn) == STAFF and survey_tokens
    pseudonymous_ids |= withdrawn
    scanned = {
        **_texts(bag),
        **_texts(study / "results/certify"),
        **_texts(study / "results/deposit"),
        **_texts(study / "logs/certify"),
        **_texts(study / "logs/deposit"),
    }
    leaks = [
        (name, kind)
        for name, text in scanned.items()
        for kind, values in (("pseudonymous_id", pseudonymous_ids), ("survey_token", survey_tokens))
        if any(value in text for value in values)
    ]
    assert leaks == []  # names the file and the kind, never the value
    assert any(name.endswith("anonymised.parquet") for name in scanned)

    # A forced rerun cannot deposit twice: the lock is not an output Snakemake deletes.
    again = _snakemake(study, "deposit", "--forcerun", "deposit")
    assert again.returncode != 0
    assert "is not made twice" in (study / "logs/deposit/deposit.log").read_text()
    assert list((study / "dropbox/archive").iterdir()) == []  # the one batch was fetched
