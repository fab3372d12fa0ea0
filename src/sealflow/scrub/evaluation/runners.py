"""Run sealflow, or Presidio's default configuration, over a labelled corpus."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.evaluation.corpus import LabelledText
from sealflow.scrub.evaluation.frozen import FrozenText
from sealflow.scrub.evaluation.scoring import Span
from sealflow.scrub.formats import read_document
from sealflow.scrub.formats.base import ParsedDocument
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


def _segment_offsets(parsed: ParsedDocument, work: Path) -> list[int]:
    """Where each segment starts in the file's text: the file is written once with every
    segment replaced by a numbered sentinel, and the sentinels are found again."""
    sentinels = [f"\x00{i}\x01" for i in range(len(parsed.segments))]
    marked = work / f"marked{parsed.path.suffix}"
    parsed.writer([[(0, len(s.text), sentinels[i])] for i, s in enumerate(parsed.segments)], marked)
    rendered = marked.read_text(encoding="utf-8-sig")
    offsets, cursor, shift = [], 0, 0
    for sentinel, segment in zip(sentinels, parsed.segments, strict=True):
        at = rendered.index(sentinel, cursor)
        offsets.append(at - shift)
        cursor = at + len(sentinel)
        shift += len(sentinel) - len(segment.text)
    return offsets


def sealflow_scrub_as_files(
    engine: ScrubEngine, corpus: Sequence[FrozenText]
) -> tuple[list[list[Span]], list[list[tuple[int, int, str]]]]:
    """Detections and placeholder edits of each document scrubbed as the file a vendor
    returns (its `file_format`), mapped back to the file's own offsets.

    Why: a transcript in a study is never scrubbed as one plain text. Its format's reader
    keeps timings, cue settings and markup away from the detectors and splits voice tags
    and speaker labels into speaker segments (roles kept, names replaced); scoring the raw
    text instead would let a detection cross `<v Name>` markup, which no study can.
    """
    parsed_documents: list[list[Segment]] = []
    offsets: list[list[int]] = []
    with tempfile.TemporaryDirectory(prefix="sealflow-eval-") as folder:
        work = Path(folder)
        for number, doc in enumerate(corpus):
            path = work / f"doc{number}.{doc.file_format}"
            path.write_text(doc.text, encoding="utf-8")
            parsed = read_document(path, engine.settings.roles())
            parsed_documents.append(parsed.segments)
            offsets.append(_segment_offsets(parsed, work))
    detections: list[list[Span]] = []
    edits: list[list[tuple[int, int, str]]] = []
    for result, starts in zip(scrub_segment_lists(engine, parsed_documents), offsets, strict=True):
        found: list[Span] = []
        placed: list[tuple[int, int, str]] = []
        kind = ""
        # the inverse of document.edits_per_segment: each segment's edits back at the
        # file's offsets, so no shared helper (the edits themselves come from it)
        for segment_edits, base in zip(result.edits, starts, strict=True):
            for start, end, placeholder in sorted(segment_edits):
                if placeholder:  # "[PERSON-3]" or "[AGE]"; "" continues the one before
                    kind = placeholder.strip("[]").rsplit("-", 1)[0]
                found.append((kind, base + start, base + end))
                placed.append((base + start, base + end, placeholder))
        detections.append(found)
        edits.append(placed)
    return detections, edits
