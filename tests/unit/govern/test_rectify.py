"""Rectification: the corrected value in every table, the old value gone after a rerun."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from ingest.study import ADMIN_HEADER, SURVEY_HEADER

from sealflow.cli import main
from sealflow.errors import InputSchemaError
from sealflow.govern.rectify import read_corrections

OLD_BASE, NEW_BASE = "Oldbase Barracks 4417", "Newbase Lines 9902"
OLD_TEXT, NEW_TEXT = "Night shifts at Oldbase 4417", "Night shifts, corrected"


def _text_held(work: Path) -> str:
    """Every value held under work/ as text: Parquet cells read back, other files as bytes."""
    held = []
    for path in sorted(p for p in work.rglob("*") if p.is_file()):
        if path.suffix == ".parquet":
            frame = pl.read_parquet(path)
            held += [str(v) for column in frame.columns for v in frame[column].to_list()]
        else:
            held.append(path.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(held)


def _rerun(governed) -> None:
    for command in ("links", "ingest", "link"):
        governed.sealflow(command)


def _corrections(governed, text: str) -> Path:
    path = governed.work / "requests" / "corrections.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_when_rectified_then_the_new_value_is_everywhere_and_the_old_nowhere_in_work(
    governed, capsys
):
    tiny, target = governed.tiny, governed.tiny.ids[1]
    tiny.admin_rows[1][ADMIN_HEADER.index("base")] = OLD_BASE
    tiny.survey_rows[1][SURVEY_HEADER.index("ft_barriers")] = OLD_TEXT
    tiny.write()
    _rerun(governed)
    assert OLD_BASE in _text_held(governed.work) and OLD_TEXT in _text_held(governed.work)
    corrections = _corrections(
        governed, f'column,value\nbase,{NEW_BASE}\nft_barriers,"{NEW_TEXT}"\n'
    )
    capsys.readouterr()  # the reruns' counts (stdout since --json came in)
    governed.sealflow(
        "request", "rectify", "--id-file", str(governed.id_file(target)),
        "--corrections", str(corrections),
    )  # fmt: skip
    printed = capsys.readouterr()
    result = json.loads(printed.out)
    assert result["tables"] == {
        "received_admin_extract": {"base": 1},
        "received_survey_export": {"ft_barriers": 1},
        "admin": {"base": 1},
        "survey": {"ft_barriers": 1},
        "linked": {"base": 1, "ft_barriers": 1},
    }
    corrections.unlink()  # the request file itself is the requester's, not the study's
    _rerun(governed)
    held = _text_held(governed.work)
    assert OLD_BASE not in held and OLD_TEXT not in held
    linked = pl.read_parquet(governed.work / "link/linked.parquet")
    row = linked.filter(pl.col("pseudonymous_id") == target).row(0, named=True)
    assert (row["base"], row["ft_barriers"]) == (NEW_BASE, NEW_TEXT)
    others = linked.filter(pl.col("pseudonymous_id") != target)
    assert NEW_BASE not in others["base"].to_list()
    audit = (governed.work / "audit/audit.jsonl").read_text()
    assert all(v not in audit for v in (target, NEW_BASE, OLD_BASE, NEW_TEXT))
    assert NEW_BASE not in printed.err and target not in printed.out


@pytest.mark.parametrize(
    "text, message",
    [
        ("col,val\nbase,x\n", "line 1: expected the header column,value"),
        ("column,value\n", "no correction"),
        ("column,value\npseudonymous_id,PSN-0000000000\n", "a key, not a value"),
        ("column,value\nbase,a\nbase,b\n", "line 3: column base corrected twice"),
        ("column,value\nbase\n", "line 2: expected two fields"),
    ],
)
def test_when_the_correction_file_is_wrong_then_one_error_naming_the_line(tmp_path, text, message):
    path = tmp_path / "corrections.csv"
    path.write_text(text)
    with pytest.raises(InputSchemaError, match=message):
        read_corrections(path)


@pytest.mark.parametrize(
    "text, message",
    [
        ("column,value\nno_such_column,x\n", "no table of the study has it"),
        ("column,value\ntenure_years,ten\n", "column tenure_years: the corrected value is not"),
    ],
)
def test_when_a_correction_cannot_apply_then_nothing_is_written(governed, capsys, text, message):
    received = governed.tiny.admin.read_bytes()
    corrections = _corrections(governed, text)
    with pytest.raises(SystemExit):
        main(
            ["request", "rectify", "--id-file", str(governed.id_file(governed.tiny.ids[1])),
             "--corrections", str(corrections), "--config", str(governed.config_file)]
        )  # fmt: skip
    err = capsys.readouterr().err
    assert message in err and "ten" not in err.replace("tenure", "")
    assert governed.tiny.admin.read_bytes() == received


def test_when_the_survey_was_scrubbed_then_rectify_takes_the_rows_out_not_the_raw_value_in(
    governed, capsys
):
    target = governed.tiny.ids[1]
    survey = pl.read_parquet(governed.work / "ingest/survey.parquet")
    scrubbed_path = governed.work / "scrub/survey_scrubbed.parquet"
    scrubbed_path.parent.mkdir(parents=True, exist_ok=True)
    survey.with_columns(pl.lit("[PLACE] shifts").alias("ft_barriers")).write_parquet(scrubbed_path)
    corrections = _corrections(governed, f"column,value\nft_barriers,{NEW_BASE}\n")
    governed.sealflow(
        "request", "rectify", "--id-file", str(governed.id_file(target)),
        "--corrections", str(corrections),
    )  # fmt: skip
    assert json.loads(capsys.readouterr().out)["tables"]["survey_scrubbed"] == {"ft_barriers": 1}
    scrubbed = pl.read_parquet(scrubbed_path)
    assert target not in scrubbed["pseudonymous_id"].to_list()
    assert scrubbed.height == survey.height - 1
    assert NEW_BASE not in scrubbed["ft_barriers"].to_list()
    survey_after = pl.read_parquet(governed.work / "ingest/survey.parquet")
    assert survey_after.filter(pl.col("pseudonymous_id") == target)["ft_barriers"].to_list() == [
        NEW_BASE
    ]
