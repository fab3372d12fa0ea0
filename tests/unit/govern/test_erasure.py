"""Erasure: the person leaves every table now and stays out on a rerun; deposits are archived."""

from __future__ import annotations

import json

import polars as pl
import pytest

from sealflow.config import load_config
from sealflow.govern.holdings import held_tables, read_table
from sealflow.govern.settings import GovernSettings


def _rows_held(governed, pseudonymous_id):
    settings = GovernSettings.from_config(load_config(governed.config_file))
    token = governed.tiny.token(pseudonymous_id)
    held = {}
    for table in held_tables(settings):
        if table.path.is_file() and table.name != "withdrawals":
            frame = read_table(table, ",")
            value = pseudonymous_id if table.key == "pseudonymous_id" else token
            held[table.name] = frame.filter(pl.col(table.key) == value).height
    return held


def test_when_erased_then_every_table_drops_them_and_a_rerun_keeps_them_out(governed, capsys):
    target = governed.tiny.ids[1]
    assert sum(_rows_held(governed, target).values()) >= 9
    others_before = {pid: _rows_held(governed, pid) for pid in governed.tiny.ids[2:4]}
    governed.sealflow("erase", "--id-file", str(governed.id_file(target)))
    printed = capsys.readouterr()
    result = json.loads(printed.out)
    assert set(_rows_held(governed, target).values()) == {0}
    assert {pid: _rows_held(governed, pid) for pid in governed.tiny.ids[2:4]} == others_before
    assert result["deposit"] == "not deposited: nothing archived"
    assert result["withdrawal"] == "recorded"
    withdrawals = pl.read_csv(governed.tiny.withdrawals, infer_schema=False)
    assert target in withdrawals["pseudonymous_id"].to_list()
    for command in ("links", "ingest", "link"):
        governed.sealflow(command)
    assert set(_rows_held(governed, target).values()) == {0}
    printed_all = printed.out + printed.err + capsys.readouterr().err
    assert target not in printed_all
    assert target not in (governed.work / "audit/audit.jsonl").read_text()
    (record,) = (governed.root / "results/governance").glob("erasure_*.json")
    assert target not in record.read_text() and record.with_name(record.name + ".minisig").exists()


def test_when_the_study_is_deposited_then_erasure_says_archived_cannot_be_deleted(governed, capsys):
    lock = governed.root / "results/deposit/deposited.json"
    lock.parent.mkdir(parents=True)
    lock.write_text(json.dumps({"deposited_at": "2026-01-01T00:00:00+00:00"}))
    governed.sealflow("erase", "--id-file", str(governed.id_file(governed.tiny.ids[0])))
    assert json.loads(capsys.readouterr().out)["deposit"] == "archived: cannot be deleted"


def test_when_an_interview_is_attributed_then_erasure_removes_its_files_and_quotes(
    governed, tmp_path, capsys
):
    target = governed.tiny.ids[2]
    transcripts = governed.work / "received/vendor/transcripts"
    transcripts.mkdir(parents=True)
    (transcripts / "INT-001.txt").write_text("Interviewer: hello\n")
    (transcripts / "INT-002.txt").write_text("Interviewer: hello\n")
    interview_map = governed.work / "interviews.csv"
    interview_map.write_text(
        f"doc_id,pseudonymous_id\nINT-001,{target}\nINT-002,{governed.tiny.ids[3]}\n"
    )
    quotes = governed.work / "anonymise/quote_candidates.csv"
    quotes.parent.mkdir(parents=True)
    quotes.write_text("document_id,quote_id,quote\nINT-001,q1,one\nINT-002,q2,two\n")
    id_file = str(governed.id_file(target))
    governed.sealflow("subject-access", "export", "--id-file", id_file, "--out", str(tmp_path))
    capsys.readouterr()
    governed.sealflow("erase", "--id-file", id_file)
    result = json.loads(capsys.readouterr().out)
    assert result["files_removed"][0] == "work/received/vendor/transcripts/INT-001.txt"
    assert result["files_removed"][1].startswith("work/subject_access/subject_access_")
    assert result["rows_removed"]["quote_candidates"] == 1
    assert result["rows_removed"]["interview_map"] == 1
    assert sorted(p.name for p in transcripts.iterdir()) == ["INT-002.txt"]
    assert list((governed.work / "subject_access").iterdir()) == []
    assert target not in interview_map.read_text()
    assert pl.read_csv(quotes)["document_id"].to_list() == ["INT-002"]


BAD_ID_FILES = [
    (None, "ID file not found"),
    (b"", "empty"),
    (b"\n  \n", "empty"),
    (b"PSN-0000000001\nPSN-0000000002\n", "exactly one pseudonymous ID"),
    (b"Jane Smith\n", "not a pseudonymous ID in the configured format"),
    (b"PSN-\xff\xfe\n", "not UTF-8"),
]


@pytest.mark.parametrize("content, message", BAD_ID_FILES)
@pytest.mark.parametrize("command", [["erase"], ["subject-access", "export", "--out", "OUT"]])
def test_when_the_id_file_is_bad_then_a_clear_error_and_nothing_written(
    governed, capsys, content, message, command
):
    id_file = governed.work / "requests" / "bad.txt"
    if content is not None:
        id_file.parent.mkdir(parents=True, exist_ok=True)
        id_file.write_bytes(content)
    withdrawals_before = governed.tiny.withdrawals.read_bytes()
    audit_before = (governed.work / "audit/audit.jsonl").read_bytes()
    out = governed.root / "results" / "sar"
    args = [str(out) if a == "OUT" else a for a in command]
    with pytest.raises(SystemExit) as exit_info:
        governed.sealflow(*args, "--id-file", str(id_file))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert message in err and str(id_file) in err and err.count("\n") == 1
    assert "Jane" not in err and "PSN-0000" not in err
    assert governed.tiny.withdrawals.read_bytes() == withdrawals_before
    assert (governed.work / "audit/audit.jsonl").read_bytes() == audit_before
    assert not out.exists() and not (governed.root / "results/governance").exists()


def test_when_erased_twice_then_the_second_run_finds_nothing_left(governed, capsys):
    id_file = str(governed.id_file(governed.tiny.ids[4]))
    governed.sealflow("erase", "--id-file", id_file)
    first = json.loads(capsys.readouterr().out)
    governed.sealflow("erase", "--id-file", id_file)
    second = json.loads(capsys.readouterr().out)
    assert sum(first["rows_removed"].values()) > 0
    assert second["withdrawal"] == "already recorded"
    assert set(second["rows_removed"].values()) == {0}
    withdrawals = pl.read_csv(governed.tiny.withdrawals, infer_schema=False)
    assert withdrawals["pseudonymous_id"].to_list().count(governed.tiny.ids[4]) == 1
