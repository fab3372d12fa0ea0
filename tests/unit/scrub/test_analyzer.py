"""sealflow's analyzer (engine.ScrubAnalyzer) returns what Presidio's AnalyzerEngine returns
with the same registry, spaCy engine and context step: same results, same order."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from sealflow.scrub.engine import RecognizerContextOnly, ScrubEngine
from sealflow.scrub.evaluation.corpus import generate


def _read(results: list[RecognizerResult]) -> list[tuple[str, int, int, float, str]]:
    key = RecognizerResult.RECOGNIZER_NAME_KEY
    return [
        (r.entity_type, r.start, r.end, r.score, str((r.recognition_metadata or {}).get(key)))
        for r in results
    ]


TEXTS = [
    "Sgt Okafor rang me on 07700 900123 from Catterick Garrison, he's 43 now.",
    "Dave from Combat Stress said HMS Sultan was on the phone. My NI is QQ 12 34 56 C.",
    "nothing to find here at all",
    *[doc.text for doc in generate(7, 6)],
]


@pytest.mark.parametrize("text", TEXTS)
def test_when_a_text_is_analysed_then_the_results_equal_presidios_analyzer(
    engine: ScrubEngine, text: str
):
    presidio = AnalyzerEngine(
        registry=engine.analyzer.registry,
        nlp_engine=engine.nlp_engine,
        supported_languages=["en"],
        default_score_threshold=0.0,
        context_aware_enhancer=RecognizerContextOnly(),
    )
    artifacts = next(iter(engine.nlp_artifacts([text])))
    ours = engine.analyzer.analyze(
        text=text, language="en", nlp_artifacts=artifacts, score_threshold=0.3
    )
    theirs = presidio.analyze(
        text=text, language="en", nlp_artifacts=artifacts, score_threshold=0.3
    )
    assert type(engine.analyzer) is not AnalyzerEngine
    assert _read(ours) == _read(theirs)
    assert bool(ours) is (text != TEXTS[2])
