"""Subject access: exactly the person's rows, sealed for the provider, no ID value anywhere."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile

import polars as pl
import pytest

from sealflow.seal.age import decrypt, load_identities


def _open_export(governed, out_dir) -> zipfile.ZipFile:
    (sealed,) = out_dir.glob("*.zip.age")
    plain = io.BytesIO()
    with open(sealed, "rb") as fh:
        decrypt(fh, plain, load_identities(governed.provider.identity_path))
    return zipfile.ZipFile(plain)


def _no_value_anywhere(governed, pseudonymous_id, printed):
    assert pseudonymous_id not in printed
    for folder in ("results", "logs"):
        for path in (governed.root / folder).rglob("*"):
            if path.is_file():
                assert pseudonymous_id.encode() not in path.read_bytes(), path
    assert pseudonymous_id not in (governed.work / "audit/audit.jsonl").read_text()


@pytest.mark.parametrize("from_stdin", [False, True], ids=["id-file", "stdin"])
def test_when_exported_then_the_provider_opens_exactly_that_persons_rows(
    governed, tmp_path, capsys, monkeypatch, from_stdin
):
    target = governed.tiny.ids[1]  # consenting, not withdrawn
    out_dir = governed.root / "results" / "subject_access"
    if from_stdin:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{target}\n".encode())))
        id_arg = "-"
    else:
        id_arg = str(governed.id_file(f"{target}\n"))
    governed.sealflow("subject-access", "export", "--id-file", id_arg, "--out", str(out_dir))
    printed = capsys.readouterr()
    record = json.loads(printed.out)
    archive = _open_export(governed, out_dir)
    expected_tables = {
        "received_roster", "received_admin_extract", "received_survey_export", "links",
        "survey_tokens", "roster", "admin", "survey", "linked",
    }  # fmt: skip
    tables = {n.removeprefix("tables/").removesuffix(".csv") for n in archive.namelist()
              if n.startswith("tables/")}  # fmt: skip
    assert tables == expected_tables
    for name in expected_tables - {"received_survey_export", "survey_tokens"}:
        rows = pl.read_csv(archive.read(f"tables/{name}.csv"), infer_schema=False)
        assert rows["pseudonymous_id"].to_list() == [target], name
    admin = pl.read_csv(archive.read("tables/received_admin_extract.csv"), infer_schema=False)
    assert admin.row(0) == tuple(next(r for r in governed.tiny.admin_rows if r[0] == target))
    survey = pl.read_csv(archive.read("tables/received_survey_export.csv"), infer_schema=False)
    assert survey["survey_token"].to_list() == [governed.tiny.token(target)]
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["rows_per_table"] == record["rows_per_table"]
    assert manifest["not_attributable"]
    plaintext = governed.root / record["plaintext"]
    assert plaintext.is_relative_to(governed.work) and plaintext.stat().st_mode & 0o777 == 0o600
    audit = [json.loads(x) for x in (governed.work / "audit/audit.jsonl").read_text().splitlines()]
    assert audit[-1]["action"] == "export"
    assert audit[-1]["subject"] == f"subject:{record['subject_reference']}"
    _no_value_anywhere(governed, target, printed.out + printed.err)


@pytest.mark.skipif(shutil.which("age") is None, reason="LOUD: age CLI not installed")
def test_when_exported_then_the_age_tool_opens_it_with_the_provider_identity(governed, tmp_path):
    out_dir = tmp_path / "outbox"
    target = governed.tiny.ids[0]
    id_file = str(governed.id_file(target))
    governed.sealflow("subject-access", "export", "--id-file", id_file, "--out", str(out_dir))
    (sealed,) = out_dir.glob("*.zip.age")
    opened = subprocess.run(
        ["age", "-d", "-i", str(governed.provider.identity_path), str(sealed)],
        capture_output=True, check=True,
    )  # fmt: skip
    assert "manifest.json" in zipfile.ZipFile(io.BytesIO(opened.stdout)).namelist()


def test_when_an_interview_is_attributed_then_its_transcripts_are_in_the_export(governed, tmp_path):
    target, other = governed.tiny.ids[2], governed.tiny.ids[3]
    transcripts = governed.work / "received/vendor/transcripts"
    transcripts.mkdir(parents=True)
    (transcripts / "INT-001.txt").write_text("Interviewer: hello\nParticipant: hi\n")
    (transcripts / "INT-002.txt").write_text("Interviewer: hello\nParticipant: other\n")
    (governed.work / "interviews.csv").write_text(
        f"doc_id,pseudonymous_id\nINT-001,{target}\nINT-002,{other}\n"
    )
    out_dir = tmp_path / "outbox"
    id_file = str(governed.id_file(target))
    governed.sealflow("subject-access", "export", "--id-file", id_file, "--out", str(out_dir))
    archive = _open_export(governed, out_dir)
    names = archive.namelist()
    assert "transcripts/received/INT-001.txt" in names
    assert archive.read("transcripts/received/INT-001.txt").startswith(b"Interviewer: hello")
    interview_rows = pl.read_csv(archive.read("tables/interview_map.csv"), infer_schema=False)
    assert interview_rows.rows() == [("INT-001", target)]
    assert not any("INT-002" in name for name in names)
