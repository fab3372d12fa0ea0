"""Governance on a real workflow run: erasure survives a rerun, the export opens, the purge.

A synthetic study (`sealflow demo init --staff 60`) is run with snakemake as a user would;
then one person is erased and snakemake runs again: they must be in no table and no
output. Another person's subject access export opens with the evaluator's identity (the controller,
who answers the requester) and not the provider's (their employer),
and the retention purge leaves a certificate that `minisign -V` accepts.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import polars as pl
import pytest
import yaml

from sealflow.seal.age import decrypt, load_identities

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=900)


def _snakemake(root: Path) -> None:
    config = str(root / "config.yaml")
    ran = _run(str(BIN / "snakemake"), "--cores", "2", "--configfile", config)
    assert ran.returncode == 0, ran.stderr[-4000:]


def _sealflow(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run(str(BIN / "sealflow"), *args, "--config", str(root / "config.yaml"))


def _held(root: Path, pseudonymous_id: str) -> dict[str, int]:
    held = {}
    for path in sorted((root / "work").rglob("*.parquet")):
        frame = pl.read_parquet(path)
        if "pseudonymous_id" in frame.columns:
            held[str(path.relative_to(root))] = frame.filter(
                pl.col("pseudonymous_id") == pseudonymous_id
            ).height
    links = pl.read_csv(root / "work/links/links_for_provider.csv")
    held["links"] = links.filter(pl.col("pseudonymous_id") == pseudonymous_id).height
    return held


def _nowhere_outside_work(root: Path, pseudonymous_id: str) -> None:
    for folder in ("results", "logs"):
        for path in (root / folder).rglob("*"):
            if path.is_file():
                assert pseudonymous_id.encode() not in path.read_bytes(), path
    assert pseudonymous_id not in (root / "work/audit/audit.jsonl").read_text()


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("governance") / "study"
    made = _run(str(BIN / "sealflow"), "demo", "init", str(root), "--staff", "60")
    assert made.returncode == 0, made.stderr
    _snakemake(root)
    return root


def test_when_erased_and_the_workflow_reruns_then_the_person_stays_out(study):
    linked = pl.read_parquet(study / "work/link/linked.parquet")
    target, other = linked["pseudonymous_id"].to_list()[:2]
    assert all(_held(study, target).values())
    id_file = study / "work/requests/erase.txt"
    id_file.parent.mkdir(parents=True, exist_ok=True)
    id_file.write_text(target + "\n")
    erased = _sealflow(study, "erase", "--id-file", str(id_file))
    assert erased.returncode == 0, erased.stderr
    assert not any(_held(study, target).values())
    _snakemake(study)
    assert not any(_held(study, target).values())
    assert all(_held(study, other).values())
    assert target not in erased.stdout + erased.stderr
    _nowhere_outside_work(study, target)
    retention = json.loads((study / "results/governance/retention.json").read_text())
    assert "work/link/linked.parquet" in retention["personal_data"]["paths"]


def test_when_exported_then_the_evaluator_opens_it_and_the_employer_cannot(study, tmp_path):
    target = pl.read_parquet(study / "work/link/linked.parquet")["pseudonymous_id"][-1]
    id_file = study / "work/requests/sar.txt"
    id_file.parent.mkdir(parents=True, exist_ok=True)
    id_file.write_text(target)
    exported = _sealflow(
        study, "subject-access", "export", "--id-file", str(id_file), "--out", str(tmp_path)
    )
    assert exported.returncode == 0, exported.stderr
    (sealed,) = tmp_path.glob("*.zip.age")
    plain = io.BytesIO()
    identity = load_identities(study / "work/keys/evaluator/evaluator.age")
    with open(sealed, "rb") as fh:
        decrypt(fh, plain, identity)
    archive = zipfile.ZipFile(plain)
    employer = load_identities(study / "parties/provider/keys/provider.age")
    with open(sealed, "rb") as fh, pytest.raises(Exception, match=r"(?i)no identity|matched"):
        decrypt(fh, io.BytesIO(), employer)
    linked_rows = pl.read_csv(archive.read("tables/linked.csv"), infer_schema=False)
    assert linked_rows["pseudonymous_id"].to_list() == [target]
    assert target not in exported.stdout + exported.stderr
    _nowhere_outside_work(study, target)


@pytest.mark.skipif(shutil.which("minisign") is None, reason="LOUD: minisign CLI not installed")
def test_when_the_date_has_come_then_the_purge_certificate_verifies_with_minisign(study):
    config = yaml.safe_load((study / "config.yaml").read_text())
    yesterday = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
    config["retention"] = {"personal_data_delete_on": yesterday.isoformat()}
    (study / "config.yaml").write_text(yaml.safe_dump(config))
    purged = _sealflow(study, "retention", "purge", "--yes")
    assert purged.returncode == 0, purged.stderr
    assert not (study / "work/link/linked.parquet").exists()
    (certificate,) = (study / "results/governance").glob("deletion_certificate_*.json")
    public_key = study / "work/keys/evaluator/evaluator.minisign.pub"
    checked = subprocess.run(
        ["minisign", "-V", "-p", str(public_key), "-m", str(certificate)], capture_output=True
    )
    assert checked.returncode == 0, checked.stderr
    verified = _sealflow(study, "audit", "verify")
    assert verified.returncode == 0, verified.stderr
