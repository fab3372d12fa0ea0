"""The demo's interviews are those of the people the workflow's selection draws (issue #13).

Its transcripts and recordings are named by the interview IDs that `sealflow interviews
select` writes into the interview map after ingest, so erasure, subject access, quotes and
vendor isolation find a person's interview through the map the workflow records.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sealflow.cli import main
from sealflow.demo.parties import config_text
from sealflow.demo.selection import allocate, with_sizes
from sealflow.demo.study import init_study
from sealflow.errors import SealflowError

FORMATS = {".txt", ".vtt", ".srt", ".docx"}


def _cli(capsys, *argv: str) -> str:
    try:
        main(list(argv))
    except SystemExit as exc:
        assert not exc.code, capsys.readouterr().err
    return capsys.readouterr().out


def _map(root: Path) -> dict[str, str]:
    with open(root / "work/interviews.csv", encoding="utf-8", newline="") as fh:
        return {row["doc_id"]: row["status"] for row in csv.DictReader(fh)}


@pytest.mark.parametrize(("staff", "seed", "interviews"), [(60, 1, None), (200, 4, 9)])
def test_when_the_selection_runs_on_the_demo_then_it_invites_exactly_the_people_transcribed(
    tmp_path, capsys, staff, seed, interviews
):
    root = tmp_path / "study"
    extra = [] if interviews is None else ["--interviews", str(interviews)]
    _cli(capsys, "demo", "init", str(root), "--staff", str(staff), "--seed", str(seed), *extra)
    config = str(root / "config.yaml")
    _cli(capsys, "ingest", "--config", config)
    report = json.loads(_cli(capsys, "interviews", "select", "--config", config))
    transcripts = {p.stem: p.suffix for p in (root / "work/received/vendor/transcripts").iterdir()}
    recordings = {p.stem for p in (root / "work/recordings").rglob("*.wav")}  # vendor2/ too
    assert _map(root) == dict.fromkeys(transcripts, "invited")
    assert recordings == set(transcripts)
    assert report["invited"] == len(transcripts) == (interviews or 4)
    assert report["short_of_size"] == {}
    manifest = json.loads((root / "truth/manifest.json").read_text())
    assert manifest["counts"]["agreed_to_be_interviewed"] == report["eligible"]
    planted = {json.loads(line)["doc_id"] for line in (root / "truth/planted.jsonl").open()} - {
        "survey_export"
    }
    assert planted <= set(transcripts)
    assert all(doc.startswith("interview-") for doc in transcripts)


def test_when_the_same_seed_is_used_then_the_interview_ids_are_the_same(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    init_study(first, staff=60, seed=3)
    init_study(second, staff=60, seed=3)
    names = [
        sorted(p.name for p in (r / "work/recordings").rglob("*.wav")) for r in (first, second)
    ]
    assert names[0] == names[1] and names[0]


def test_when_a_tiny_study_has_fewer_agreeing_than_asked_then_it_interviews_those_who_agreed(
    tmp_path,
):
    manifest = init_study(tmp_path / "tiny", staff=10, seed=0)
    made = sum(manifest["counts"]["interviews"].values())
    assert made == min(4, manifest["counts"]["agreed_to_be_interviewed"])


def test_when_the_config_has_no_sizes_line_under_interviews_then_the_demo_says_so():
    with pytest.raises(SealflowError, match="no `  sizes:` line"):
        with_sizes(config_text().replace("\ninterviews:\n", "\nnot_interviews:\n"), {"all": 1})


def test_when_sizes_are_written_then_only_the_interviews_section_changes():
    shipped = config_text()
    changed = with_sizes(shipped, {"Army": 3, "Royal Navy": 0})
    assert changed.count("\n") == shipped.count("\n")
    assert "  sizes: {Army: 3, Royal Navy: 0}\n" in changed.split("\ninterviews:\n")[1]
    assert changed.split("\ninterviews:\n")[0] == shipped.split("\ninterviews:\n")[0]


@given(
    st.dictionaries(st.sampled_from("ABCDE"), st.integers(0, 30), min_size=1),
    st.integers(0, 60),
)
def test_when_places_are_allocated_then_they_sum_to_what_can_be_filled_and_fit_each_stratum(
    eligible, count
):
    people = {f"{s}{i}": s for s, n in eligible.items() for i in range(n)}
    sizes = allocate(min(count, len(people)), people, sorted(eligible))
    assert sum(sizes.values()) == min(count, len(people))
    assert all(0 <= sizes[s] <= eligible[s] for s in eligible)
