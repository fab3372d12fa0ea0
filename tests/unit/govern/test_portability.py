"""Portability: the person's data as CSV and JSON with a data dictionary, sealed for the
evaluator (the controller, who answers the requester), not the provider (their employer);
other people's data in their free text withheld or scrubbed (UK GDPR Art. 20(4))."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import polars as pl
import pytest
from ingest.study import SURVEY_HEADER, csv_text

from sealflow.seal.age import decrypt, load_identities


def _open_export(governed, out_dir, keys=None) -> zipfile.ZipFile:
    (sealed,) = out_dir.glob("*.zip.age")
    plain = io.BytesIO()
    with open(sealed, "rb") as fh:
        decrypt(fh, plain, load_identities((keys or governed.evaluator).identity_path))
    return zipfile.ZipFile(plain)


def test_when_exported_for_portability_then_csv_and_json_agree_and_every_column_is_described(
    governed, capsys
):
    target = governed.tiny.ids[1]
    out_dir = governed.root / "results" / "portability"
    governed.sealflow(
        "request", "portability", "--id-file", str(governed.id_file(target)), "--out", str(out_dir)
    )
    printed = capsys.readouterr()
    record = json.loads(printed.out)
    archive = _open_export(governed, out_dir)
    names = set(archive.namelist())
    tables = {n.removeprefix("csv/").removesuffix(".csv") for n in names if n.startswith("csv/")}
    assert {"received_admin_extract", "received_survey_export", "admin", "survey", "linked"} <= (
        tables
    )
    assert tables == set(record["rows_per_table"])
    assert {f"json/{t}.json" for t in tables} <= names
    dictionary = list(csv.DictReader(io.StringIO(archive.read("data_dictionary.csv").decode())))
    assert dictionary == json.loads(archive.read("data_dictionary.json"))
    described = {(d["table"], d["column"]): d for d in dictionary}
    for table in tables:
        rows = pl.read_csv(archive.read(f"csv/{table}.csv"), infer_schema=False)
        records = json.loads(archive.read(f"json/{table}.json"))
        assert len(records) == rows.height == record["rows_per_table"][table]
        assert list(records[0]) == rows.columns
        for column in rows.columns:
            entry = described[(table, column)]
            assert entry["type"] and entry["description"], (table, column)
            if entry["type"] == "String":  # text cells read back identically from both
                assert [r[column] or "" for r in records] == [v or "" for v in rows[column]]
    linked = json.loads(archive.read("json/linked.json"))
    assert [r["pseudonymous_id"] for r in linked] == [target]
    assert described[("linked", "pseudonymous_id")]["description"].startswith(
        "the person's pseudonymous ID"
    )
    assert "administrative extract" in described[("linked", "service_branch")]["description"]
    assert "one of yes, no" in described[("received_survey_export", "consent")]["description"]
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "sealflow-portability/2"
    assert target not in printed.out + printed.err
    assert target not in (governed.work / "audit/audit.jsonl").read_text()
    plaintext = governed.root / record["plaintext"]
    assert oct(plaintext.stat().st_mode & 0o777) == "0o600"


# Other people, as the person wrote about them (synthetic): a colleague's rank and name,
# his service and NI numbers, a base and a home address.
COLLEAGUE = "Cpl Zed Quorn"
THIRD_PARTY_VALUES = ("Zed Quorn", "Quorn", "30091234", "QQ 12 34 56 C", "Larkspur Row",
                      "QB1 2ZZ", "Quornbury Barracks")  # fmt: skip
RAW = {
    "ft_experience": f"{COLLEAGUE} (service number 30091234) at Quornbury Barracks mocks me",
    "ft_barriers": "His NI number is QQ 12 34 56 C and he lives at 14 Larkspur Row, QB1 2ZZ",
    "ft_suggestions": "",
}
SCRUBBED = {
    "ft_experience": "<PERSON> (service number <SERVICE_NUMBER>) at <BASE> mocks me",
    "ft_barriers": "His NI number is <NI_NUMBER> and he lives at <ADDRESS>",
}


def _free_text_naming_a_colleague(governed, target):
    """The target's survey answer names a colleague; ingest and link rerun over it, and the
    scrub stage's output (survey_scrubbed) holds the same answer as scrubbed."""
    tiny = governed.tiny
    token = tiny.token(target)
    rows = [list(r) for r in tiny.survey_rows]
    for row in rows:
        if row[0] == token:
            for column, text in RAW.items():
                row[SURVEY_HEADER.index(column)] = text
    tiny.survey.write_text(csv_text(SURVEY_HEADER, rows))
    for command in ("ingest", "link"):
        governed.sealflow(command)
    survey = pl.read_parquet(governed.work / "ingest/survey.parquet")
    mine = pl.col("pseudonymous_id") == target
    scrubbed = survey.with_columns(
        pl.when(mine).then(pl.lit(text)).otherwise(pl.col(column)).alias(column)
        for column, text in SCRUBBED.items()
    )
    (governed.work / "scrub").mkdir(exist_ok=True)
    scrubbed.write_parquet(governed.work / "scrub/survey_scrubbed.parquet")


def _export(governed, target, out_dir, *options):
    governed.sealflow("request", "portability", "--id-file", str(governed.id_file(target)),
                      "--out", str(out_dir), *options)  # fmt: skip


def test_when_the_persons_free_text_names_other_people_then_none_of_them_reaches_the_export(
    governed, tmp_path, capsys
):
    target = governed.tiny.ids[1]  # consenting
    _free_text_naming_a_colleague(governed, target)
    capsys.readouterr()
    out_dir = tmp_path / "outbox"
    _export(governed, target, out_dir)
    record = json.loads(capsys.readouterr().out)
    assert record["to"] == "evaluator"
    with pytest.raises(Exception, match=r"(?i)no identity|matched"):  # not for the employer
        _open_export(governed, out_dir, governed.provider)
    archive = _open_export(governed, out_dir)
    names = archive.namelist()
    everything = b"".join(archive.read(n) for n in names).decode()
    assert not [v for v in THIRD_PARTY_VALUES if v in everything]
    assert not [v for v in THIRD_PARTY_VALUES
                if v in (governed.work / "audit/audit.jsonl").read_text()]  # fmt: skip
    # Their words as scrubbed, in both formats.
    scrubbed = json.loads(archive.read("json/survey_scrubbed.json"))
    assert [(r["ft_experience"], r["ft_barriers"]) for r in scrubbed] == [tuple(SCRUBBED.values())]
    as_csv = pl.read_csv(archive.read("csv/survey_scrubbed.csv"), infer_schema=False)
    assert as_csv["ft_experience"].to_list() == [SCRUBBED["ft_experience"]]
    # As received, ingested and linked: withheld, and the manifest and dictionary say so.
    manifest = json.loads(archive.read("manifest.json"))
    assert set(manifest["withheld_free_text"]) == {"received_survey_export", "survey", "linked"}
    assert "Art. 20(4)" in manifest["withheld_why"] and manifest["raw_reviewed_by"] is None
    survey = json.loads(archive.read("json/survey.json"))
    assert [r["ft_experience"].startswith("[withheld") for r in survey] == [True]
    assert [r["ft_suggestions"] for r in survey] == [None]  # an empty answer stays empty
    dictionary = {(d["table"], d["column"]): d["description"]
                  for d in json.loads(archive.read("data_dictionary.json"))}  # fmt: skip
    assert "[withheld" in dictionary[("survey", "ft_experience")]
    assert "[withheld" not in dictionary[("survey_scrubbed", "ft_experience")]
    # Their own structured answers stay as they gave them.
    answers = {f"wb_{i}" for i in range(1, 8)} | {"consent", "interview_contact"}
    received = json.loads(archive.read("json/received_survey_export.json"))
    given = next(r for r in governed.tiny.survey_rows if r[0] == governed.tiny.token(target))
    assert {c: received[0][c] for c in answers} == {
        c: given[SURVEY_HEADER.index(c)] for c in answers
    }
    audit = [json.loads(x) for x in (governed.work / "audit/audit.jsonl").read_text().splitlines()]
    assert audit[-1]["details"]["to"] == "evaluator"
    assert audit[-1]["details"]["withheld_free_text"] == manifest["withheld_free_text"]


def test_when_a_reviewer_checked_the_free_text_then_it_is_released_and_the_review_recorded(
    governed, tmp_path, capsys
):
    target = governed.tiny.ids[1]
    _free_text_naming_a_colleague(governed, target)
    out_dir = tmp_path / "outbox"
    _export(governed, target, out_dir, "--raw-reviewed-by", "A. Reviewer (DPO)")
    capsys.readouterr()
    archive = _open_export(governed, out_dir)
    survey = json.loads(archive.read("json/survey.json"))
    assert [r["ft_experience"] for r in survey] == [RAW["ft_experience"]]
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["raw_reviewed_by"] == "A. Reviewer (DPO)"
    assert not manifest["withheld_free_text"] and manifest["withheld_why"] is None
    audit = [json.loads(x) for x in (governed.work / "audit/audit.jsonl").read_text().splitlines()]
    assert audit[-1]["details"]["raw_reviewed_by"] == "A. Reviewer (DPO)"


def test_when_the_requester_names_the_provider_then_it_opens_the_export_too(
    governed, tmp_path, capsys
):
    target = governed.tiny.ids[1]
    out_dir = tmp_path / "outbox"
    _export(governed, target, out_dir, "--to", "provider")
    assert json.loads(capsys.readouterr().out)["to"] == "provider"
    for keys in (governed.provider, governed.evaluator):
        assert "manifest.json" in _open_export(governed, out_dir, keys).namelist()


def test_when_the_reviewer_is_a_blank_name_then_nothing_is_exported(governed, tmp_path):
    out_dir = tmp_path / "outbox"
    with pytest.raises(SystemExit):
        _export(governed, governed.tiny.ids[1], out_dir, "--raw-reviewed-by", "  ")
    assert not list(out_dir.glob("*"))
