"""Subject access: exactly the person's rows, sealed for the evaluator (the controller, who
answers the requester) unless the requester names another party; no ID value anywhere; other
people's data (raw transcripts, recordings, unscrubbed free text) withheld unless reviewed."""

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


def _open_export(governed, out_dir, keys=None) -> zipfile.ZipFile:
    (sealed,) = out_dir.glob("*.zip.age")
    plain = io.BytesIO()
    with open(sealed, "rb") as fh:
        decrypt(fh, plain, load_identities((keys or governed.evaluator).identity_path))
    return zipfile.ZipFile(plain)


def _no_value_anywhere(governed, pseudonymous_id, printed):
    assert pseudonymous_id not in printed
    for folder in ("results", "logs"):
        for path in (governed.root / folder).rglob("*"):
            if path.is_file():
                assert pseudonymous_id.encode() not in path.read_bytes(), path
    assert pseudonymous_id not in (governed.work / "audit/audit.jsonl").read_text()


@pytest.mark.parametrize("from_stdin", [False, True], ids=["id-file", "stdin"])
def test_when_exported_then_the_evaluator_opens_exactly_that_persons_rows(
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
    assert record["to"] == "evaluator"
    archive = _open_export(governed, out_dir)
    with pytest.raises(Exception, match=r"(?i)no identity|matched"):  # not for the employer
        _open_export(governed, out_dir, governed.provider)
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
    assert survey["interview_contact"].to_list() != [None]  # answers kept, free text withheld
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
def test_when_the_requester_names_a_party_then_the_age_tool_opens_it_with_its_identity(
    governed, tmp_path
):
    out_dir = tmp_path / "outbox"
    target = governed.tiny.ids[0]
    id_file = str(governed.id_file(target))
    governed.sealflow(
        "subject-access", "export", "--id-file", id_file, "--out", str(out_dir), "--to", "provider"
    )
    (sealed,) = out_dir.glob("*.zip.age")
    opened = subprocess.run(
        ["age", "-d", "-i", str(governed.provider.identity_path), str(sealed)],
        capture_output=True, check=True,
    )  # fmt: skip
    assert "manifest.json" in zipfile.ZipFile(io.BytesIO(opened.stdout)).namelist()


def _interviews(governed, target, other):
    """Two interviews, each as received (naming a colleague), scrubbed, first pass, recording."""
    work = governed.work
    for folder, text in [
        ("received/vendor/transcripts", "Participant: Cpl Zed Quorn still mocks me\n"),
        ("scrub/transcripts", "Participant: <PERSON> still mocks me\n"),
        ("scrub/first/transcripts", "Participant: <PERSON> Quorn still mocks me\n"),
    ]:
        (work / folder).mkdir(parents=True, exist_ok=True)
        (work / folder / "INT-001.txt").write_text(text)
        (work / folder / "INT-002.txt").write_text("Participant: other\n")
    (work / "recordings").mkdir(parents=True, exist_ok=True)
    (work / "recordings/INT-001.wav").write_bytes(b"RIFF Zed Quorn")
    (work / "interviews.csv").write_text(
        f"doc_id,pseudonymous_id\nINT-001,{target}\nINT-002,{other}\n"
    )


def test_when_an_interview_is_attributed_then_only_its_scrubbed_transcript_is_in_the_export(
    governed, tmp_path, capsys
):
    target, other = governed.tiny.ids[1], governed.tiny.ids[3]  # target: consenting
    _interviews(governed, target, other)
    out_dir = tmp_path / "outbox"
    id_file = str(governed.id_file(target))
    governed.sealflow("subject-access", "export", "--id-file", id_file, "--out", str(out_dir))
    record = json.loads(capsys.readouterr().out)
    archive = _open_export(governed, out_dir)
    names = archive.namelist()
    assert [n for n in names if n.startswith("transcripts/")] == [
        "transcripts/scrubbed/INT-001.txt"
    ]
    assert (
        archive.read("transcripts/scrubbed/INT-001.txt")
        == b"Participant: <PERSON> still mocks me\n"
    )
    everything = b"".join(archive.read(n) for n in names)
    assert b"Quorn" not in everything  # the colleague named in the raw copies
    assert b"Second line" not in everything  # the survey free text as received
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["withheld_transcripts"] == [
        "received/INT-001.txt", "recording/INT-001.wav", "scrubbed_first/INT-001.txt"
    ]  # fmt: skip
    assert "Art. 15(4)" in manifest["withheld_why"] and manifest["raw_reviewed_by"] is None
    assert set(manifest["withheld_free_text"]) >= {"received_survey_export", "survey", "linked"}
    survey = pl.read_csv(archive.read("tables/survey.csv"), infer_schema=False)
    assert survey["ft_experience"].str.starts_with("[withheld").to_list() == [True]
    assert record["withheld_transcripts"] == 3
    interview_rows = pl.read_csv(archive.read("tables/interview_map.csv"), infer_schema=False)
    assert interview_rows.rows() == [("INT-001", target)]
    assert not any("INT-002" in name for name in names)


def test_when_a_reviewer_checked_the_raw_files_then_they_are_released_and_the_review_recorded(
    governed, tmp_path, capsys
):
    target, other = governed.tiny.ids[1], governed.tiny.ids[3]  # target: consenting
    _interviews(governed, target, other)
    out_dir = tmp_path / "outbox"
    id_file = str(governed.id_file(target))
    governed.sealflow(
        "subject-access", "export", "--id-file", id_file, "--out", str(out_dir),
        "--raw-reviewed-by", "A. Reviewer (DPO)",
    )  # fmt: skip
    capsys.readouterr()
    archive = _open_export(governed, out_dir)
    assert archive.read("transcripts/received/INT-001.txt").startswith(b"Participant: Cpl Zed")
    assert "transcripts/recording/INT-001.wav" in archive.namelist()
    survey = pl.read_csv(archive.read("tables/survey.csv"), infer_schema=False)
    assert survey["ft_experience"].to_list() == ['Good, "mostly".\nSecond line']
    manifest = json.loads(archive.read("manifest.json"))
    assert (
        manifest["raw_reviewed_by"] == "A. Reviewer (DPO)" and not manifest["withheld_transcripts"]
    )
    audit = [json.loads(x) for x in (governed.work / "audit/audit.jsonl").read_text().splitlines()]
    assert audit[-1]["details"]["raw_reviewed_by"] == "A. Reviewer (DPO)"
