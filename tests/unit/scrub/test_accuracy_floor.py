"""Accuracy floors on a small generated corpus: a regression in any recognizer fails CI.

The full measurement (2,000 documents, against Presidio's default configuration) is
bench/scrub_accuracy.py; these floors sit a little under its figures.
"""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.evaluation.corpus import DIRECT_TYPES, generate
from sealflow.scrub.evaluation.runners import sealflow_detections
from sealflow.scrub.evaluation.scoring import score


@pytest.fixture(scope="module")
def measured(engine: ScrubEngine):
    corpus = generate(seed=4242, documents=150)
    return score(corpus, sealflow_detections(engine, corpus))


def test_when_corpus_is_scrubbed_then_overall_recall_meets_its_floor(measured):
    assert measured["recall_overall"] >= 0.97


@pytest.mark.parametrize("entity_type", DIRECT_TYPES)
def test_when_corpus_is_scrubbed_then_each_direct_identifier_meets_its_floor(measured, entity_type):
    assert measured["recall"][entity_type] >= 0.95


def test_when_corpus_is_scrubbed_then_few_ordinary_words_are_destroyed(measured):
    assert measured["ordinary_words_destroyed"] <= 0.05
    assert measured["decoys_destroyed"] <= 0.05
