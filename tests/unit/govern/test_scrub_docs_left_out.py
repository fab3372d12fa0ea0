"""`sealflow scrub docs` inside a study leaves out what the workflow's transcript scrub
leaves out (restricted, objecting, withdrawn interviewees: govern.quotable.scrub_scope);
with a scrub-only YAML (no study) every document is scrubbed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import yaml

from sealflow.cli import main
from sealflow.config import load_config
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.restricted import FIELDS, restricted_path
from sealflow.workspace import StudyPaths

RESTRICTED, OTHER = "interview-aaaaaaaaaaaa", "interview-bbbbbbbbbbbb"
TEXT = "Participant: I spoke to the welfare office about the move last spring.\n"


def _restrict(governed, stages: str) -> Path:
    """An interview map of two interviewees; the first restricted for ``stages``; their
    transcripts in a folder (returned)."""
    target, other = governed.tiny.ids[2], governed.tiny.ids[3]
    (governed.work / "interviews.csv").write_text(
        f"doc_id,pseudonymous_id,status\n{RESTRICTED},{target},invited\n{OTHER},{other},invited\n"
    )
    study = GovernSettings.from_config(load_config(governed.config_file)).study
    withdrawals = StudyPaths.from_settings(study).inputs["withdrawals"]
    with open(restricted_path(withdrawals), "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, FIELDS)
        writer.writeheader()
        writer.writerow(
            {"pseudonymous_id": target, "right": "restriction", "since": "2026-12-01",
             "stages": stages}
        )  # fmt: skip
    folder = governed.work / "received/vendor/transcripts"
    folder.mkdir(parents=True, exist_ok=True)
    for doc in (RESTRICTED, OTHER):
        (folder / f"{doc}.txt").write_text(TEXT)
    return folder


@pytest.mark.parametrize(
    ("stages", "scrubbed", "left_out"),
    [
        ("ingest scrub link outcome", [OTHER], 1),  # restricted from the scrub: left out
        ("link anonymise outcome", [OTHER, RESTRICTED], 0),  # not from the scrub: scrubbed
    ],
)
def test_when_scrub_docs_runs_in_a_study_then_its_left_out_interviews_are_not_scrubbed(
    governed, tmp_path: Path, capsys, stages: str, scrubbed: list[str], left_out: int
) -> None:
    folder = _restrict(governed, stages)
    out = tmp_path / "out"
    capsys.readouterr()
    governed.sealflow("scrub", "docs", "--in", str(folder), "--out", str(out), "--json")
    summary = json.loads(capsys.readouterr().out)
    assert sorted(p.stem for p in out.glob("*.txt")) == sorted(scrubbed)
    assert summary["documents_left_out"] == left_out
    assert summary["documents_scrubbed"] == len(scrubbed)


def test_when_scrub_docs_leaves_interviews_out_then_it_says_how_many_never_which(
    governed, tmp_path: Path, capsys
) -> None:
    folder = _restrict(governed, "ingest scrub link outcome")
    capsys.readouterr()
    governed.sealflow("scrub", "docs", "--in", str(folder), "--out", str(tmp_path / "out"))
    shown = capsys.readouterr()
    assert "left out 1 document(s)" in shown.out
    assert RESTRICTED not in shown.out + shown.err


def test_when_scrub_docs_is_given_a_scrub_only_yaml_then_every_document_is_scrubbed(
    governed, tmp_path: Path, capsys
) -> None:
    folder = _restrict(governed, "ingest scrub link outcome")
    scrub_only = tmp_path / "scrub.yaml"
    scrub_only.write_text(yaml.safe_dump({"default_threshold": 0.5}))
    out = tmp_path / "out"
    capsys.readouterr()
    main(["scrub", "docs", "--in", str(folder), "--out", str(out), "-c", str(scrub_only), "--json"])
    assert json.loads(capsys.readouterr().out)["documents_left_out"] == 0
    assert sorted(p.stem for p in out.glob("*.txt")) == sorted([OTHER, RESTRICTED])
