"""The NER's layers multiply through numpy, not blis (spacy_matmul.py), and find the same
entities as through blis."""

from __future__ import annotations

import blis.py
import pytest
import spacy
from thinc.api import NumpyOps

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.evaluation.corpus import generate
from sealflow.scrub.settings import default_settings
from sealflow.scrub.spacy_matmul import multiply_through_numpy


def _fresh_nlp() -> spacy.language.Language:
    settings = default_settings()
    return spacy.load(settings.model, disable=list(settings.spacy_disable))


def _entities(nlp: spacy.language.Language, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]


def test_when_the_engine_is_built_then_no_layer_of_its_ner_multiplies_through_blis(
    engine: ScrubEngine,
):
    ner = engine.nlp_engine.nlp["en"].get_pipe("ner")  # type: ignore[index]
    ops = [node.ops for node in ner.model.walk()]
    assert ops and all(isinstance(o, NumpyOps) and o.use_blis is False for o in ops)


def test_when_layers_multiply_through_numpy_then_the_entities_are_the_same():
    nlp = _fresh_nlp()
    texts = [doc.text for doc in generate(23, 60, sentences=(10, 40))]
    texts += [doc.text for doc in generate(24, 200)]
    through_blis = _entities(nlp, texts)
    assert multiply_through_numpy(nlp) > 0
    assert _entities(nlp, texts) == through_blis
    assert sum(map(len, through_blis)) > 100


def test_when_the_ner_runs_then_blis_gemm_is_called_only_before_the_switch(
    monkeypatch: pytest.MonkeyPatch,
):
    # thinc's NumpyOps.gemm reads blis.py.gemm at each call unless use_blis is False: this
    # notices a thinc that no longer honours the switch (or multiplies elsewhere)
    calls = []
    real_gemm = blis.py.gemm

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real_gemm(*args, **kwargs)

    monkeypatch.setattr(blis.py, "gemm", counted)
    nlp = _fresh_nlp()
    texts = [doc.text for doc in generate(25, 5, sentences=(5, 10))]
    _entities(nlp, texts)
    assert calls, "the probe saw no blis product: it proves nothing"
    calls.clear()
    multiply_through_numpy(nlp)
    _entities(nlp, texts)
    assert calls == []


def test_when_a_pipe_has_no_model_or_other_ops_then_it_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert multiply_through_numpy(nlp) == 0
