"""The BagIt bag: valid as written, every bit flip caught, names safe, bag-info complete."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import bagit
import polars as pl
import pytest

from sealflow.deposit import front
from sealflow.deposit.bag import bag_name, make_bag, tar_bag, validate_bag
from sealflow.errors import IntegrityError, PathSafetyError

KEYS = {"data-manager.minisign.pub": "RWQexample", "reviewer.minisign.pub": "RWQexample"}


@pytest.fixture
def bag(config, settings, reviewer_key) -> Path:
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)
    return make_bag(settings, KEYS)


def test_when_made_then_the_bag_validates_and_holds_data_docs_and_certification(bag):
    assert bagit.Bag(str(bag)).is_valid()
    members = {
        p.relative_to(bag / "data").as_posix() for p in (bag / "data").rglob("*") if p.is_file()
    }
    assert members == {
        "microdata/anonymised.csv", "microdata/anonymised.parquet", "microdata/datapackage.json",
        "docs/README.md", "docs/deidentification.html", "docs/deidentification.json",
        "certification/certification.json", "certification/certification.json.minisig",
        "certification/certification.json.reviewer.minisig",
        "certification/data-manager.minisign.pub", "certification/reviewer.minisign.pub",
    }  # fmt: skip
    assert {"manifest-sha256.txt", "manifest-sha512.txt"} <= {p.name for p in bag.iterdir()}


def test_when_made_then_bag_info_names_the_study_contact_and_dates(bag, settings):
    info = bagit.Bag(str(bag)).info
    assert info["External-Description"].endswith(settings.study_name)
    assert info["Contact-Email"] == settings.contact_email
    assert info["Source-Organization"] == settings.organisation
    assert info["Bag-Group-Identifier"] == settings.study_id
    assert info["Certification-Date"] == info["Bagging-Date"]
    assert "External-Identifier" not in info


@pytest.mark.parametrize(
    "member",
    [
        "data/microdata/anonymised.csv",
        "data/microdata/anonymised.parquet",
        "data/certification/certification.json",
        "bag-info.txt",
    ],
)
def test_when_a_bit_flips_then_validation_names_the_file(bag, member):
    path = bag / member
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x04
    path.write_bytes(bytes(data))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag)).validate()
    with pytest.raises(IntegrityError, match=member):
        validate_bag(bag)


def test_when_a_payload_file_is_removed_then_validation_fails(bag):
    (bag / "data/docs/README.md").unlink()
    with pytest.raises(IntegrityError, match="does not validate"):
        validate_bag(bag)


@pytest.mark.parametrize("study_id", ["../escape", "a/b", "~root", "", "UPPER"])
def test_when_the_study_id_is_not_a_safe_name_then_no_bag_is_made(settings, study_id):
    with pytest.raises(PathSafetyError, match=r"study\.id"):
        bag_name(dataclasses.replace(settings, study_id=study_id))


def test_when_tarred_then_one_top_folder_and_no_owner_names(bag, tmp_path):
    import tarfile

    tar_path = tar_bag(bag, tmp_path / "bag.tar")
    with tarfile.open(tar_path) as tar:
        members = tar.getmembers()
    assert {m.name.split("/")[0] for m in members} == {bag.name}
    assert all(m.uname == "" and m.uid == 0 for m in members)


def _doc_ids(study: Path) -> list[str]:
    received = study / "work/received/vendor/transcripts"
    return sorted({p.name.split(".")[0] for p in received.rglob("interview-*")})


def test_when_the_report_names_interview_documents_then_the_bag_holds_aliases_only(
    study, config, settings, reviewer_key
):
    doc_ids = _doc_ids(study)
    assert len(doc_ids) >= 2
    report = study / "results/report/deidentification.json"
    body = json.loads(report.read_text())
    body["retention"] = {"paths": [f"work/scrub/transcripts/{d}.txt" for d in doc_ids]}
    report.write_text(json.dumps(body))
    html = study / "results/report/deidentification.html"
    html.write_text(f"<html><td>{doc_ids[0]}</td><td>document-00112233aabb</td></html>\n")
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)
    bag = make_bag(settings, KEYS)
    texts = {p: p.read_bytes().decode("utf-8", "replace") for p in bag.rglob("*") if p.is_file()}
    assert not [p for p, text in texts.items() if any(d in text for d in doc_ids)]
    deposited = json.loads((bag / "data/docs/deidentification.json").read_text())
    aliases = [Path(p).stem for p in deposited["retention"]["paths"]]
    assert len(set(aliases)) == len(doc_ids) and all(a.startswith("document-") for a in aliases)
    first = next(a for d, a in zip(doc_ids, aliases, strict=True) if d == doc_ids[0])
    deposited_html = (bag / "data/docs/deidentification.html").read_text()
    assert first in deposited_html  # one alias per document throughout the deposit
    assert "document-00112233aabb" not in deposited_html  # the report's own alias redrawn
    front.make_statement(config, coverage=None)  # a new deposit draws new aliases
    again = json.loads((settings.payload / "docs/deidentification.json").read_text())
    assert not {Path(p).stem for p in again["retention"]["paths"]} & set(aliases)


def test_when_a_payload_file_still_holds_a_doc_id_then_no_bag_is_made(
    study, config, settings, reviewer_key
):
    (doc_id,) = _doc_ids(study)[:1]
    table = study / "work/anonymise/anonymised.parquet"
    frame = pl.read_parquet(table)
    frame = frame.with_columns(pl.lit(f"see {doc_id}").alias("ft_experience"))
    frame.write_parquet(table)
    with pytest.raises(IntegrityError, match=r"microdata/anonymised\.csv: holds an interview doc"):
        front.make_statement(config, coverage=None)
    assert not (settings.staging / "bag").exists()
