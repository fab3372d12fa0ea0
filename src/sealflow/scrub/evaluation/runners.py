"""Run sealflow, or Presidio's default configuration, over a labelled corpus."""

from __future__ import annotations

from collections.abc import Sequence

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.evaluation.corpus import LabelledText
from sealflow.scrub.evaluation.scoring import Span
from sealflow.scrub.scrubber import scrub_segment_lists


def sealflow_detections(engine: ScrubEngine, corpus: Sequence[LabelledText]) -> list[list[Span]]:
    documents = [[Segment(doc.text)] for doc in corpus]
    return [
        [(f.entity_type, f.start, f.end) for f in result.findings]
        for result in scrub_segment_lists(engine, documents)
    ]


def presidio_default_detections(corpus: Sequence[LabelledText], model: str) -> list[list[Span]]:
    """Presidio's default recognizers and spaCy mapping on the same spaCy model."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    return [
        [(r.entity_type, r.start, r.end) for r in analyzer.analyze(text=doc.text, language="en")]
        for doc in corpus
    ]


def sealflow_scrub(
    engine: ScrubEngine, corpus: Sequence[LabelledText]
) -> tuple[list[list[Span]], list[list[tuple[int, int, str]]]]:
    """Detections and the placeholder edits of each (single-segment) document."""
    documents = [[Segment(doc.text)] for doc in corpus]
    results = scrub_segment_lists(engine, documents)
    detections = [[(f.entity_type, f.start, f.end) for f in r.findings] for r in results]
    edits = [[(s, e, p) for s, e, p in r.edits[0]] for r in results]
    return detections, edits
