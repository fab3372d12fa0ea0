"""sealflow's analyzer (engine.ScrubAnalyzer) returns what Presidio's AnalyzerEngine returns
with the same registry, spaCy engine and context step: same results, same order; but for
one change on purpose: spaCy's persons pass Presidio's de-duplication under a type of their
own, so a rule's person inside the model's span is kept beside it."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from sealflow.scrub.engine import (
    MODEL_PERSON,
    RecognizerContextOnly,
    ScrubEngine,
    _apart_from_the_rules,
)
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
    class PresidioApart(AnalyzerEngine):
        """Presidio's own context step, then the one change sealflow makes on purpose."""

        def _enhance_using_context(self, *args, **kwargs):
            return _apart_from_the_rules(super()._enhance_using_context(*args, **kwargs))

    presidio = PresidioApart(
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


@pytest.mark.parametrize(
    "text", ["me and wo1 rana sorted the stores out", "thanks to mr b for the lift"]
)
def test_a_rules_person_inside_the_models_span_is_kept_beside_it(engine: ScrubEngine, text):
    (results,) = engine.analyze_many([text], 0.0)
    by = {str(r.recognition_metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY)) for r in results}
    assert "SpacyRecognizer" in by and len(by) >= 2, by
    assert all(r.entity_type != MODEL_PERSON for r in results)
