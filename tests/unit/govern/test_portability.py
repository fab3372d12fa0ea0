"""Portability: the person's data as CSV and JSON with a data dictionary, sealed."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import polars as pl

from sealflow.seal.age import decrypt, load_identities


def _open_export(governed, out_dir) -> zipfile.ZipFile:
    (sealed,) = out_dir.glob("*.zip.age")
    plain = io.BytesIO()
    with open(sealed, "rb") as fh:
        decrypt(fh, plain, load_identities(governed.provider.identity_path))
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
    assert manifest["format"] == "sealflow-portability/1"
    assert target not in printed.out + printed.err
    assert target not in (governed.work / "audit/audit.jsonl").read_text()
    plaintext = governed.root / record["plaintext"]
    assert oct(plaintext.stat().st_mode & 0o777) == "0o600"
