"""The demo study's planted identifiers (truth/planted.jsonl) are gone after scrubbing.

The demo generator is another engineer's, with its own templates and names: a second,
independent corpus. A planted value counts as leaked when it still appears, as a whole
word in any case, in its scrubbed cell or document; a decoy counts as destroyed when it
no longer appears.
"""

from __future__ import annotations

from collections import Counter

import pytest

from sealflow.scrub.batch import scrub_documents
from sealflow.scrub.evaluation.planted import planted_leaks, present
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
    counts = planted_leaks(study, out, default_settings())
    assert counts["documents_failed"] == 0
    return study, out, counts


def test_when_demo_study_is_scrubbed_then_planted_identifiers_are_gone(demo):
    _, _, counts = demo
    planted, leaked = Counter(counts["planted"]), Counter(counts["leaked"])
    assert sum(planted.values()) > 100
    overall = 1 - sum(leaked.values()) / sum(planted.values())
    assert overall >= 0.98, dict(leaked)
    for entity_type, count in planted.items():
        assert 1 - leaked[entity_type] / count >= 0.95, (entity_type, leaked[entity_type], count)


def test_when_demo_study_is_scrubbed_then_decoys_survive(demo):
    _, _, counts = demo
    assert counts["decoys"] > 50
    assert counts["decoys_destroyed"] / counts["decoys"] <= 0.05


@pytest.mark.parametrize(
    ("value", "text", "stands"),
    [
        ("Okafor", "spoke to okafor about it", True),
        ("Okafor", "spoke to [PERSON-1] about it", False),
        ("Ann", "Anne said no", False),  # whole words only
        ("07700 900123", "ring 07700 900123.", True),
    ],
)
def test_when_a_value_is_looked_for_then_only_a_whole_word_in_any_case_counts(value, text, stands):
    assert present(value, text) is stands


def test_when_demo_study_is_scrubbed_then_the_residual_scan_passes(demo):
    study, out, _ = demo
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
