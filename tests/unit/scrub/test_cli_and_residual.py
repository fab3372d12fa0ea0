"""The CLI contract (`sealflow scrub docs`, `sealflow scrub table`) and the residual scan."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from sealflow.cli import main
from sealflow.scrub.residual import residual_scan
from sealflow.scrub.settings import default_settings

ANSWERS = {
    "ft_experience": ["Sgt Okafor helped me on Monday.", None, "nothing to add"],
    "ft_barriers": ["Okafor was away, ring 07700 900123", "", "12 days off in March"],
    "other": ["keep Sgt Okafor here", "x", "y"],
}


def test_when_scrub_docs_runs_then_same_named_files_and_findings_without_values(
    tmp_path: Path, capsys
):
    source = tmp_path / "in"
    source.mkdir()
    (source / "one.txt").write_text("Interviewer: hi\nSgt Okafor: my number is 25012345\n")
    (source / "two.txt").write_text("Nothing identifying here on Monday.\n")
    (source / "notes.md").write_text("ignored")
    out = tmp_path / "out"
    main(["scrub", "docs", "--in", str(source), "--out", str(out)])
    assert sorted(p.name for p in out.iterdir()) == ["findings.jsonl", "one.txt", "two.txt"]
    assert "Okafor" not in (out / "one.txt").read_text()
    findings = [json.loads(line) for line in (out / "findings.jsonl").read_text().splitlines()]
    assert {f["entity_type"] for f in findings} == {"PERSON", "SERVICE_NUMBER"}
    for finding in findings:
        assert set(finding) == {
            "document",
            "source",
            "entity_type",
            "start",
            "end",
            "score",
            "recognizer",
        }
    assert "Okafor" not in (out / "findings.jsonl").read_text()
    assert "Okafor" not in capsys.readouterr().err


def test_when_a_document_is_bad_then_cli_fails_naming_it_after_the_others(tmp_path: Path, capsys):
    source = tmp_path / "in"
    source.mkdir()
    (source / "good.txt").write_text("Sgt Okafor said hello.\n")
    (source / "bad.srt").write_text("1\ngarbage\n")
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as exited:
        main(["scrub", "docs", "--in", str(source), "--out", str(out)])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "bad.srt" in err and "malformed SRT" in err
    assert (out / "good.txt").exists() and not (out / "bad.srt").exists()


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_when_scrub_table_runs_then_only_named_columns_change(tmp_path: Path, suffix: str):
    frame = pl.DataFrame(ANSWERS)
    source = tmp_path / f"survey{suffix}"
    frame.write_csv(source) if suffix == ".csv" else frame.write_parquet(source)
    out = tmp_path / f"scrubbed{suffix}"
    main(
        [
            "scrub",
            "table",
            "--in",
            str(source),
            "--columns",
            "ft_experience,ft_barriers",
            "--out",
            str(out),
        ]
    )
    result = pl.read_csv(out) if suffix == ".csv" else pl.read_parquet(out)
    assert result["ft_experience"][0] == "[PERSON-1] helped me on Monday."
    assert result["ft_barriers"][0] == "[PERSON-1] was away, ring [PHONE-1]"
    assert result["ft_barriers"][2] == "12 days off in March"
    assert result["other"].to_list() == ANSWERS["other"]
    findings = out.with_name(out.name + ".findings.jsonl").read_text().splitlines()
    assert {json.loads(f)["column"] for f in findings} == {"ft_experience", "ft_barriers"}


def test_when_a_column_is_missing_then_error_names_file_and_column(tmp_path: Path, capsys):
    source = tmp_path / "survey.csv"
    pl.DataFrame(ANSWERS).write_csv(source)
    out = tmp_path / "scrubbed.csv"
    with pytest.raises(SystemExit):
        main(["scrub", "table", "--in", str(source), "--columns", "ft_nope", "--out", str(out)])
    err = capsys.readouterr().err
    assert "survey.csv" in err and "ft_nope" in err
    assert not out.exists()


def test_when_outputs_are_clean_then_residual_passes_and_a_leftover_value_fails(tmp_path: Path):
    folder = tmp_path / "scrubbed"
    folder.mkdir()
    (folder / "clean.txt").write_text("Interviewer: hi\n[PERSON-1]: it took 12 days on [BASE-1].\n")
    settings = default_settings()
    report = residual_scan(settings, {"Okafor", "Tidworth"}, documents_dir=folder)
    assert report["passed"] and report["hits_total"] == 0
    (folder / "leaky.txt").write_text("[PERSON-1] went back to tidworth, ring 07700 900123\n")
    report = residual_scan(settings, {"Okafor", "Tidworth"}, documents_dir=folder)
    assert not report["passed"]
    assert {h["entity_type"] for h in report["hits"]} >= {"REPLACED_VALUE", "PHONE"}
    assert all(h["document"] == "leaky.txt" for h in report["hits"])
    assert "tidworth" not in json.dumps(report).lower()
