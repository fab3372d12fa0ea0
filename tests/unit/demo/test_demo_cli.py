"""`sealflow demo init` and `sealflow demo summary` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sealflow.cli import main
from sealflow.demo import study as study_module


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        main(list(argv))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _leftovers(parent: Path) -> list[str]:
    return [p.name for p in parent.iterdir() if p.name.endswith((".part", ".old"))]


def test_when_init_then_summary_lists_counts_and_paths_but_no_planted_value(tmp_path, capsys):
    target = tmp_path / "study"
    code, _, err = _run(capsys, "demo", "init", str(target), "--staff", "60", "--seed", "4")
    assert code == 0, err
    assert "60 staff" in err
    (target / "results" / "link").mkdir(parents=True)
    report = {"matched": 41, "survey_only": 2, "note": "free text is never shown"}
    (target / "results" / "link" / "match_report.json").write_text(json.dumps(report))
    code, out, err = _run(capsys, "demo", "summary", str(target))
    assert code == 0, err
    assert "survey_export.csv" in out and "planted.jsonl" in out and "match_report.json" in out
    assert "matched 41" in out and "never shown" not in out
    planted = [json.loads(line)["value"] for line in (target / "truth/planted.jsonl").open()]
    roster = (target / "work/received/provider/roster.csv").read_text().split()[1:]
    leaked = [v for v in planted + roster if len(v) > 3 and v in out]
    assert leaked == []


@pytest.mark.parametrize(
    ("prepare", "argv", "message"),
    [
        (lambda d: (d / "notes.txt").write_text("mine"), [], "not empty"),
        (lambda d: (d / "notes.txt").write_text("mine"), ["--force"], "not a demo study"),
        (lambda d: None, ["--staff", "3"], "too small"),
    ],
)
def test_when_target_is_unsuitable_then_init_refuses_and_changes_nothing(
    tmp_path, capsys, prepare, argv, message
):
    target = tmp_path / "study"
    target.mkdir()
    prepare(target)
    before = sorted(p.name for p in target.iterdir())
    code, _, err = _run(capsys, "demo", "init", str(target), *argv)
    assert code == 1
    assert message in err and err.count("\n") == 1
    assert sorted(p.name for p in target.iterdir()) == before
    assert _leftovers(tmp_path) == []


def test_when_force_is_given_on_a_previous_demo_then_it_is_replaced_whole(tmp_path, capsys):
    target = tmp_path / "study"
    assert _run(capsys, "demo", "init", str(target), "--staff", "40", "--seed", "1")[0] == 0
    (target / "results" / "stale.json").write_text("{}")
    code, _, err = _run(capsys, "demo", "init", str(target), "--staff", "80", "--force")
    assert code == 0, err
    assert not (target / "results" / "stale.json").exists()
    manifest = json.loads((target / "truth/manifest.json").read_text())
    assert manifest["staff"] == 80
    assert _leftovers(tmp_path) == []


def test_when_target_is_empty_folder_then_init_fills_it_without_force(tmp_path, capsys):
    target = tmp_path / "study"
    target.mkdir()
    code, _, err = _run(capsys, "demo", "init", str(target), "--staff", "30")
    assert code == 0, err
    assert (target / "config.yaml").is_file()


def test_when_generation_fails_midway_then_no_study_and_no_temporary_folder_remain(
    tmp_path, capsys, monkeypatch
):
    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(study_module, "generate_interviews", broken)
    target = tmp_path / "study"
    code, _, err = _run(capsys, "demo", "init", str(target), "--staff", "30")
    assert code == 1 and "No space left" in err
    assert list(tmp_path.iterdir()) == []


def test_when_summary_is_asked_of_a_folder_that_is_not_a_demo_then_it_says_so(tmp_path, capsys):
    code, _, err = _run(capsys, "demo", "summary", str(tmp_path))
    assert code == 1
    assert "not a study made by `sealflow demo init" in err


@pytest.mark.parametrize("relative", [".", ".."])
def test_when_target_is_the_current_folder_or_above_then_init_refuses(
    tmp_path, capsys, monkeypatch, relative
):
    here = tmp_path / "inside"
    here.mkdir()
    monkeypatch.chdir(here)
    code, _, err = _run(capsys, "demo", "init", relative, "--staff", "20")
    assert code == 1 and "current folder" in err
    assert list(here.iterdir()) == []


def test_when_report_was_built_then_summary_shows_each_gate_and_verdict(tmp_path, capsys):
    target = tmp_path / "study"
    code, _, err = _run(capsys, "demo", "init", str(target), "--staff", "20", "--seed", "5")
    assert code == 0, err
    report = target / "results" / "report" / "deidentification.json"
    report.parent.mkdir(parents=True)
    gates = [
        {"name": "k-anonymity", "figure": 7, "limit": ">= 10", "passed": False},
        {"name": "residual scan finds nothing", "figure": 0, "limit": "= 0 hits", "passed": True},
    ]
    report.write_text(json.dumps({"certifiable": False, "gates": gates}))
    code, out, err = _run(capsys, "demo", "summary", str(target))
    assert code == 0, err
    assert "a gate fails" in out
    assert "k-anonymity" in out and ">= 10" in out and "fail" in out
    assert "residual scan finds nothing" in out and "pass" in out


def test_when_interviews_are_asked_for_then_that_many_transcripts_in_every_format(tmp_path):
    study = tmp_path / "study"
    main(["demo", "init", str(study), "--staff", "200", "--interviews", "12"])
    formats = {".txt", ".vtt", ".srt", ".docx"}
    transcripts = [p for p in (study / "work" / "received").rglob("*") if p.suffix in formats]
    assert len(transcripts) == 12
    assert {p.suffix for p in transcripts} == formats
    planted = (study / "truth" / "planted.jsonl").read_text().splitlines()
    assert len({json.loads(line)["doc_id"] for line in planted}) >= 12


def test_when_more_interviews_than_agreed_are_asked_for_then_one_line_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["demo", "init", str(tmp_path / "s"), "--staff", "20", "--interviews", "40"])
    assert exited.value.code == 1
    assert "agreed to be interviewed" in capsys.readouterr().err
    assert not (tmp_path / "s").exists()


def test_when_interviews_is_not_positive_then_one_line_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["demo", "init", str(tmp_path / "s"), "--interviews", "0"])
    assert exited.value.code == 1
    assert "at least one interview" in capsys.readouterr().err
    assert not (tmp_path / "s").exists()


def test_when_init_is_asked_for_json_then_stdout_holds_the_counts_and_stderr_nothing(
    tmp_path, capsys
):
    target = tmp_path / "study"
    code, out, err = _run(capsys, "demo", "init", str(target), "--staff", "20", "--json")
    assert (code, err) == (0, "")
    made = json.loads(out)
    assert made["study"] == str(target) and made["counts"]["roster"] == 20
    assert "PSN-" not in out
