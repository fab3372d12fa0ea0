"""The workflow's stage functions: sharded runs join to the same result as one run."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from sealflow.scrub.settings import default_settings
from sealflow.scrub.stage import gather_transcripts_stage, scrub_transcripts_stage

TEXTS = {
    "a.txt": "Interviewer: hi\nSgt Okafor: ring 07700 900123 on Monday\n",
    "b.txt": "Cpl Mensah was posted to RAF Lossiemouth for 3 years.\n",
    "c.txt": "Nothing to see on Tuesday.\n",
}


def test_when_transcripts_are_sharded_then_the_gathered_result_equals_one_run(tmp_path: Path):
    source = tmp_path / "in"
    source.mkdir()
    for name, text in TEXTS.items():
        (source / name).write_text(text)
    settings = replace(default_settings(), processes=1)
    whole = tmp_path / "whole"
    scrub_transcripts_stage(
        source, whole / "docs", whole / "f.jsonl", whole / "s.json", whole / "v.json", settings
    )
    shards = []
    for index in range(2):
        part = tmp_path / f"shard{index}"
        scrub_transcripts_stage(
            source,
            part / "docs",
            part / "f.jsonl",
            part / "s.json",
            part / "v.json",
            settings,
            shard=(index, 2),
        )
        (part / "docs" / ".snakemake_timestamp").write_text("")
        shards.append(part)
    joined = tmp_path / "joined"
    gather_transcripts_stage(
        [p / "docs" for p in shards],
        [p / "f.jsonl" for p in shards],
        [p / "s.json" for p in shards],
        [p / "v.json" for p in shards],
        joined / "docs",
        joined / "f.jsonl",
        joined / "s.json",
        joined / "v.json",
    )
    for name in TEXTS:
        assert (joined / "docs" / name).read_text() == (whole / "docs" / name).read_text()
    assert sorted(p.name for p in (joined / "docs").iterdir()) == sorted(TEXTS)
    assert (joined / "f.jsonl").read_text() == (whole / "f.jsonl").read_text()
    assert json.loads((joined / "v.json").read_text()) == json.loads((whole / "v.json").read_text())
    summary = json.loads((joined / "s.json").read_text())
    assert summary["documents_scrubbed"] == 3 and summary["passed"]


@pytest.mark.parametrize("shards", [1, 2])
def test_when_documents_are_left_out_then_they_are_not_scrubbed_and_counted_not_named(
    tmp_path: Path, shards: int
):
    source = tmp_path / "in"
    (source / "vendor").mkdir(parents=True)
    for name, text in TEXTS.items():
        (source / "vendor" / name).write_text(text)
    settings = replace(default_settings(), processes=1)

    def scrub(out: Path, left_out: frozenset[str]) -> dict:
        parts = []
        for index in range(shards):
            part = out / f"shard{index}"
            scrub_transcripts_stage(source, part / "docs", part / "f.jsonl", part / "s.json",
                                    part / "v.json", settings, shard=(index, shards),
                                    left_out=left_out)  # fmt: skip
            parts.append(part)
        gather_transcripts_stage(
            *([p / n for p in parts] for n in ("docs", "f.jsonl", "s.json", "v.json")),
            out / "docs", out / "f.jsonl", out / "s.json", out / "v.json",
        )  # fmt: skip
        return json.loads((out / "s.json").read_text())

    restricted = scrub(tmp_path / "restricted", frozenset({"a", "not-a-document"}))
    assert sorted(p.name for p in (tmp_path / "restricted/docs").iterdir()) == ["b.txt", "c.txt"]
    assert restricted["documents_left_out"] == 1 and restricted["documents_scrubbed"] == 2
    assert "a.txt" not in (tmp_path / "restricted/f.jsonl").read_text()
    assert "Okafor" not in (tmp_path / "restricted/v.json").read_text()
    assert "a.txt" not in json.dumps(restricted)  # counted, never named
    assert (source / "vendor/a.txt").read_text() == TEXTS["a.txt"]  # kept as received
    lifted = scrub(tmp_path / "lifted", frozenset())
    assert sorted(p.name for p in (tmp_path / "lifted/docs").iterdir()) == sorted(TEXTS)
    assert lifted["documents_left_out"] == 0 and lifted["documents_scrubbed"] == 3
    assert "Okafor" in (tmp_path / "lifted/v.json").read_text()
