"""Detection engine: Presidio's AnalyzerEngine on the pinned spaCy model, one per process.

Recognizers come from the registry YAML (Presidio's format); spaCy runs NER only (the
tagger, parser, attribute ruler and lemmatizer are loaded but disabled: NER does not use
them and they cost half the time), and only its PERSON label is mapped: DATE, CARDINAL,
ORG and the rest would destroy weekdays, months, numbers and timestamps.

spaCy refuses a text longer than its ``max_length`` (a million characters: a full-day
focus group's transcript); such a text goes through the model in pieces cut at a paragraph,
else a sentence, else a space, and the pieces' docs are joined into one doc of the whole
text, so every offset is the text's own and the recognizers read it whole. Shorter texts
go through as one piece, as before.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import spacy
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider
from spacy.tokens import Doc

import sealflow.scrub.recognizers  # noqa: F401  (registers sealflow's recognizer classes)
from sealflow.errors import ConfigError
from sealflow.scrub import ner_weights, offline
from sealflow.scrub.recognizers import prechecks
from sealflow.scrub.settings import ScrubSettings
from sealflow.scrub.spacy_matmul import multiply_through_numpy

SPACY_LABELS_IGNORED: tuple[str, ...] = (
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
)
# spaCy's place, organisation and product labels are kept under names no recognizer emits:
# they only tell the name-list recognizer that a capitalised word is not a person.
SPACY_HINT_LABELS = {
    "GPE": "NER_PLACE",
    "LOC": "NER_PLACE",
    "FAC": "NER_PLACE",
    "ORG": "NER_ORG",
    "PRODUCT": "NER_PRODUCT",
    "WORK_OF_ART": "NER_PRODUCT",
    "EVENT": "NER_PRODUCT",
    "NORP": "NER_NORP",
}

_ENGINES: dict[str, ScrubEngine] = {}


@dataclass
class ScrubEngine:
    """An AnalyzerEngine plus the settings it was built from."""

    analyzer: AnalyzerEngine
    nlp_engine: SpacyNlpEngine
    settings: ScrubSettings

    def nlp_artifacts(self, texts: Sequence[str]) -> Iterator[NlpArtifacts]:
        """spaCy over many texts at once (nlp.pipe), in order.

        As Presidio's ``process_batch`` without rebuilding each doc's text from its tokens
        (a fortieth of a run), which nothing here reads."""
        nlp = self.nlp_engine.nlp["en"]  # type: ignore[index]
        limit = nlp.max_length
        if all(len(text) <= limit for text in texts):
            for doc in nlp.pipe(texts, batch_size=self.settings.batch_size):
                yield self.nlp_engine._doc_to_nlp_artifact(doc, "en")
            return
        for text in texts:
            pieces = model_pieces(text, limit)
            docs = list(nlp.pipe(pieces, batch_size=self.settings.batch_size))
            doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
            yield self.nlp_engine._doc_to_nlp_artifact(doc, "en")

    def analyze_many(self, texts: Sequence[str], min_score: float) -> list[list[RecognizerResult]]:
        """Every recognizer's results per text, at or above ``min_score``."""
        results = []
        for text, artifacts in zip(texts, self.nlp_artifacts(texts), strict=True):
            results.append(
                _as_found(
                    self.analyzer.analyze(
                        text=text, language="en", nlp_artifacts=artifacts, score_threshold=min_score
                    )
                )
                if text.strip()
                else []
            )
        return results


_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


def model_pieces(text: str, limit: int) -> list[str]:
    """``text`` in consecutive pieces of at most ``limit`` characters that join back into it,
    each cut after the last paragraph break that fits, else the last line break, sentence
    end or space, else (a million characters with no space) at the limit."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


class NerOnlySpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine without per-token lemma and offset lists.

    With the lemmatizer disabled the lemmas are empty strings anyway, and nothing in
    sealflow's registry reads token offsets; building both lists cost a tenth of the run.
    """

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[],
            lemmas=[],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


class RecognizerContextOnly(ContextAwareEnhancer):
    """Leave scores as the recognizers set them: sealflow's recognizers read their own
    context from raw text (see recognizers/base.py), so Presidio's lemma-based pass, which
    needs the lemmatizer and walks every token per result, is skipped."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


class ScrubAnalyzer(AnalyzerEngine):
    """Presidio's AnalyzerEngine, its context step without the quadratic regrouping.

    Presidio hands each recognizer its own results and everyone else's, as two lists built
    by scanning every result once per recognizer (a fiftieth of a scrub, with ~25
    recognizers); every recognizer of sealflow's registry keeps Presidio's default, which
    returns its own results unchanged. Then the step only regroups the results by
    recognizer, in the registry's order, as here in one pass; a recognizer with its own
    ``enhance_using_context`` gets Presidio's step unchanged."""

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return _apart_from_the_rules(
            self._enhanced(text, raw_results, nlp_artifacts, recognizers, context)
        )

    def _enhanced(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        default = EntityRecognizer.enhance_using_context
        if any(type(r).enhance_using_context is not default for r in recognizers):
            return super()._enhance_using_context(
                text, raw_results, nlp_artifacts, recognizers, context
            )
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            key = result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]
            by_recognizer.setdefault(key, []).append(result)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            results.extend(by_recognizer.get(recognizer.id, ()))
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=results,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )


# spaCy's persons travel under this type through Presidio's de-duplication, and are given
# back their own type right after it (ScrubEngine.analyze_many)
MODEL_PERSON = "PERSON_BY_MODEL"


def _apart_from_the_rules(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """spaCy's persons under a type of their own, so that Presidio's de-duplication, which
    drops a result another of its type contains at an equal or higher score, keeps a rule's
    person that the model's span covers ("wo1 rana" of the rank rule inside the model's
    "wo1 rana"). The model's span then meets the model's filters (detect.keep) and the
    rule's its own; before, a model's span the filters dropped took the rule's with it."""
    for result in results:
        if (
            result.entity_type == "PERSON"
            and result.recognition_metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY)
            == "SpacyRecognizer"
        ):
            result.entity_type = MODEL_PERSON
    return results


def _as_found(results: list[RecognizerResult]) -> list[RecognizerResult]:
    for result in results:
        if result.entity_type == MODEL_PERSON:
            result.entity_type = "PERSON"
    return results


def _nlp_engine(settings: ScrubSettings) -> SpacyNlpEngine:
    configuration = NerModelConfiguration(
        model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON", **SPACY_HINT_LABELS},
        labels_to_ignore=list(SPACY_LABELS_IGNORED),
        low_score_entity_names=[],
    )
    engine = NerOnlySpacyEngine(
        models=[{"lang_code": "en", "model_name": settings.model}],
        ner_model_configuration=configuration,
    )
    try:
        nlp = spacy.load(settings.model, disable=list(settings.spacy_disable))
    except OSError as exc:
        raise ConfigError(
            f"scrub.model: spaCy model {settings.model!r} is not installed "
            f"(install it with pip, it is pinned in requirements/model.txt): {exc}"
        ) from None
    # sealflow's fine-tuned NER weights (checked against their SHA-256 first)
    ner_weights.load_into(nlp, settings.ner_weights, settings.model)
    # the layers' products through numpy's OpenBLAS, not blis's generic kernel (speed)
    multiply_through_numpy(nlp)
    engine.nlp = {"en": nlp}  # type: ignore[assignment]
    return engine


def build_engine(settings: ScrubSettings) -> ScrubEngine:
    """Build a new engine (slow: loads spaCy). Use ``get_engine`` to share one per process."""
    offline.use_bundled_suffix_list()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    nlp_engine = _nlp_engine(settings)
    try:
        provider = RecognizerRegistryProvider(
            conf_file=str(settings.file("recognizers")), nlp_engine=nlp_engine
        )
        registry = provider.create_recognizer_registry()
    except (ValueError, TypeError, KeyError) as exc:
        raise ConfigError(
            f"{settings.file('recognizers')}: not a valid recognizer registry ({exc})"
        ) from None
    for recognizer in registry.recognizers:
        configure = getattr(recognizer, "configure", None)
        if callable(configure):
            configure(settings)
    # Presidio's e-mail and IP recognizers skip texts their patterns cannot match (speed)
    prechecks.install(registry.recognizers)
    analyzer = ScrubAnalyzer(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=["en"],
        default_score_threshold=0.0,
        context_aware_enhancer=RecognizerContextOnly(),
    )
    return ScrubEngine(analyzer=analyzer, nlp_engine=nlp_engine, settings=settings)


def get_engine(settings: ScrubSettings) -> ScrubEngine:
    """The process's engine for these settings, built on first use."""
    key = settings.cache_key()
    if key not in _ENGINES:
        _ENGINES[key] = build_engine(settings)
    return _ENGINES[key]


def recognizer_names(engine: ScrubEngine) -> Iterable[str]:
    return [str(getattr(r, "name", "")) for r in engine.analyzer.registry.recognizers]
