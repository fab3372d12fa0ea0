"""The closed loop: values replaced anywhere in the study are replaced everywhere in it."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import polars as pl
import pytest

from sealflow.scrub.closed_loop import LoopValues, loop_edits
from sealflow.scrub.document import Segment
from sealflow.scrub.formats.base import apply_edits
from sealflow.scrub.residual import residual_scan
from sealflow.scrub.settings import default_settings, settings_from_section
from sealflow.scrub.stage import (
    close_survey_stage,
    close_transcripts_stage,
    read_values,
    scrub_survey_stage,
    scrub_transcripts_stage,
)

SETTINGS = default_settings()
VALUES = {"Okafor": "PERSON", "Sgt Okafor": "PERSON", "07700 900123": "PHONE", "the": "PERSON"}


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        (["okafor rang me"], ["[PERSON-1] rang me"]),
        (["[PERSON-1] and OKAFOR, then Okafor's"],
         ["[PERSON-1] and [PERSON-2], then [PERSON-2]'s"]),
        (["call 07700  900123 now", "or Okafor"], ["call [PHONE-1] now", "or [PERSON-1]"]),
        # word-bounded; a single ordinary word replaced by mistake is not spread
        (["Okaforo and the rest"], ["Okaforo and the rest"]),
        # "connor" replaced elsewhere is no part of "o'connor"
        (["nurse o'okafor said"], ["nurse o'okafor said"]),
    ],
)  # fmt: skip
def test_when_a_study_value_stands_in_a_document_then_it_is_replaced_typed_and_numbered(
    segments, expected
):
    values = LoopValues.build(VALUES, SETTINGS)
    parts = [Segment(s) for s in segments]
    edits, _ = loop_edits(parts, values, SETTINGS)
    assert [apply_edits(s.text, e) for s, e in zip(parts, edits, strict=True)] == expected


def test_when_values_files_are_old_lists_then_they_are_read_with_a_generic_type(tmp_path):
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(["Okafor"]), encoding="utf-8")
    new.write_text(json.dumps({"Mensah": "PERSON"}), encoding="utf-8")
    assert read_values([old, new]) == {"Okafor": "REDACTED", "Mensah": "PERSON"}


def test_when_a_name_found_in_one_source_stands_in_another_then_the_loop_removes_it(
    tmp_path: Path,
):
    """A name cued in a transcript ("Sgt Kettleworth") but bare in a survey answer and in
    another transcript ("kettleworth"): the residual scan finds no replaced value after the
    loop, and the values files stay private."""
    transcripts = tmp_path / "in"
    transcripts.mkdir()
    (transcripts / "a.txt").write_text(
        "Interviewer: Who helped?\nParticipant: Sgt Kettleworth did, on 07700 900456.\n",
        encoding="utf-8",
    )
    (transcripts / "b.txt").write_text(
        "Interviewer: Anyone else?\n"
        "Participant: honestly the kettleworth thing again, ring 07700900456\n",
        encoding="utf-8",
    )
    survey = tmp_path / "survey.parquet"
    pl.DataFrame(
        {
            "ft_experience": ["it was the kettleworth thing that sorted it", None],
            "ft_barriers": ["none", "the rota"],
            "ft_suggestions": ["more of the same", "ask Sgt Mainwaring-Pugh"],
        }
    ).write_parquet(survey)
    one_process = settings_from_section({"processes": 1})
    work = tmp_path / "work"
    scrub_transcripts_stage(
        transcripts,
        work / "first",
        work / "tf.jsonl",
        work / "ts.json",
        work / "tv.json",
        one_process,
    )
    scrub_survey_stage(
        survey,
        work / "first.parquet",
        work / "sf.jsonl",
        work / "ss.json",
        work / "sv.json",
        one_process,
    )
    values_files = [work / "tv.json", work / "sv.json"]
    # the first pass alone leaves the bare mentions: the loop is what removes them
    assert "kettleworth" in (work / "first" / "b.txt").read_text(encoding="utf-8")
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in values_files)
    close_transcripts_stage(
        work / "first", values_files, work / "final", work / "tr.json", one_process
    )
    close_survey_stage(work / "first.parquet", values_files, work / "final.parquet",
                       work / "sr.json", one_process)  # fmt: skip
    report = residual_scan(
        SETTINGS,
        read_values(values_files),
        documents_dir=work / "final",
        table=work / "final.parquet",
        columns=list(SETTINGS.survey_columns),
    )
    assert report["hits_by_type"].get("REPLACED_VALUE", 0) == 0, report["hits"]
    everything = " ".join(p.read_text(encoding="utf-8") for p in (work / "final").iterdir())
    everything += str(pl.read_parquet(work / "final.parquet").rows())
    assert "kettleworth" not in everything.lower()
    assert "mainwaring" not in everything.lower()
    loop_report = json.loads((work / "tr.json").read_text(encoding="utf-8"))
    assert loop_report["replaced_total"] >= 1
    assert "kettleworth" not in (work / "tr.json").read_text(encoding="utf-8").lower()
