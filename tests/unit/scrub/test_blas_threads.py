"""Scrub worker processes run numpy's OpenBLAS on one thread (blas_threads.py), and the
limit leaves spaCy's entities as they were."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace

import spacy

from sealflow.scrub.batch import map_chunks
from sealflow.scrub.blas_threads import blas_threads, set_blas_threads
from sealflow.scrub.evaluation.corpus import generate
from sealflow.scrub.settings import default_settings


def _in_a_new_process(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_when_the_threads_are_set_then_openblas_reports_that_many():
    # a process of its own: the limit is process-wide
    out = _in_a_new_process(
        """
        import numpy
        from sealflow.scrub.blas_threads import blas_threads, set_blas_threads
        before = blas_threads()
        print(set_blas_threads(1), blas_threads(), before is not None and before >= 1)
        """
    )
    assert out == "True 1 True"


def _threads_in_worker(_chunk: object) -> int | None:
    return blas_threads()


def test_when_chunks_run_in_worker_processes_then_each_has_one_blas_thread():
    settings = default_settings()
    pooled = list(map_chunks(_threads_in_worker, [[1], [2]], replace(settings, processes=2)))
    assert pooled == [1, 1]


def test_when_one_blas_thread_is_used_then_spacys_entities_are_the_same():
    nlp = spacy.load(default_settings().model, disable=list(default_settings().spacy_disable))
    texts = [doc.text for doc in generate(11, 40, sentences=(20, 40))]
    before = blas_threads()
    assert before is not None

    def entities() -> list[list[tuple[int, int, str]]]:
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]

    many = entities()
    set_blas_threads(1)
    try:
        one = entities()
    finally:
        set_blas_threads(before)
    assert one == many and any(many)
