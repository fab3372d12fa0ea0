"""The demo study's planted identifiers (truth/planted.jsonl) are gone after scrubbing.

The demo generator is another engineer's, with its own templates and names: a second,
independent corpus. A planted value counts as leaked when it still appears, as a whole
word in any case, in its scrubbed cell or document; a decoy counts as destroyed when it
no longer appears.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from sealflow.scrub.batch import scrub_documents
from sealflow.scrub.formats import read_document
from sealflow.scrub.residual import residual_scan
from sealflow.scrub.settings import default_settings
from sealflow.scrub.table import scrub_table

COLUMNS = ["ft_experience", "ft_barriers", "ft_suggestions"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    pytest.importorskip("sealflow.demo")
    from sealflow.cli import main

    study = tmp_path_factory.mktemp("demo") / "study"
    main(["demo", "init", str(study), "--staff", "200", "--seed", "11"])
    out = study / "scrub-check"
    settings = default_settings()
    scrub_table(
        study / "work/received/survey/survey_export.csv", COLUMNS, out / "survey.csv", settings
    )
    outcome = scrub_documents(
        study / "work/received/vendor/transcripts", out / "transcripts", settings
    )
    assert outcome.failed == []
    return study, out


def _texts(study: Path, out: Path):
    survey = pl.read_csv(out / "survey.csv", infer_schema=False)
    documents: dict[str, str] = {}

    def text_of(record) -> str:
        location = record["location"]
        if "column" in location:
            return survey[location["column"]][location["row"]] or ""
        name = Path(record["file"]).name
        if name not in documents:
            segments = read_document(out / "transcripts" / name).segments
            documents[name] = "\n".join(s.text for s in segments)
        return documents[name]

    return text_of


def _present(value: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE) is not None


def test_when_demo_study_is_scrubbed_then_planted_identifiers_are_gone(demo):
    study, out = demo
    text_of = _texts(study, out)
    planted: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    with open(study / "truth/planted.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            planted[record["type"]] += 1
            leaked[record["type"]] += _present(record["value"], text_of(record))
    assert sum(planted.values()) > 100
    overall = 1 - sum(leaked.values()) / sum(planted.values())
    assert overall >= 0.98, dict(leaked)
    for entity_type, count in planted.items():
        assert 1 - leaked[entity_type] / count >= 0.95, (entity_type, leaked[entity_type], count)


def test_when_demo_study_is_scrubbed_then_decoys_survive(demo):
    study, out = demo
    text_of = _texts(study, out)
    total = destroyed = 0
    with open(study / "truth/decoys.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            total += 1
            destroyed += not _present(record["value"], text_of(record))
    assert total > 50
    assert destroyed / total <= 0.05


def test_when_demo_study_is_scrubbed_then_the_residual_scan_passes(demo):
    study, out = demo
    settings = default_settings()
    survey = study / "work/received/survey/survey_export.csv"
    values = scrub_table(survey, COLUMNS, out / "again.csv", settings).replaced_values
    transcripts = study / "work/received/vendor/transcripts"
    values |= scrub_documents(transcripts, out / "again", settings).replaced_values
    report = residual_scan(
        settings,
        values,
        documents_dir=out / "transcripts",
        table=out / "survey.csv",
        columns=COLUMNS,
    )
    assert report["passed"], report["hits_by_type"]
