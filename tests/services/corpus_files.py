"""Reading a labelled scrub corpus and loading its generator, for the corpus tests.

Each corpus's generator stays a standalone script under its own source/ (it must rebuild
its frozen file byte for byte whatever the project's code does later), so the tests load
it by path rather than import it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType


def corpus_documents(folder: Path) -> list[dict]:
    """The corpus's documents as written, one JSON object per line."""
    lines = (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def corpus_generator(folder: Path, script: str = "generate.py") -> ModuleType:
    """The generator module under ``folder/source``, loaded by path."""
    name = f"corpus_generator_{folder.name}"
    spec = importlib.util.spec_from_file_location(name, folder / "source" / script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module
