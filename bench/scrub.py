"""Throughput of sealflow's scrubber against a naive Presidio loop and raw spaCy.

On at least 500k words of generated text (sealflow.scrub.evaluation.corpus, transcript-sized
documents) it measures characters per second of:
  (a) sealflow: `scrub_documents` over a folder, all cores, chunks of documents per worker
      process, spaCy NER-only through nlp.pipe, every recognizer, replacement and output;
  (b) the naive loop: Presidio's AnalyzerEngine.analyze called per document, with the same
      recognizer registry and the same spaCy model loaded as Presidio loads it (full
      pipeline), one process;
  (c) the ceiling: raw nlp.pipe of the same spaCy model (full pipeline), no recognizers,
      one process.
(b) and (c) run on a sample of the corpus (--baseline-words) to keep the run short (their
throughput does not depend on corpus size), once before and once after (a), averaged, so a
change of load on a shared machine favours neither side. Writes bench/results/scrub.json with
vs_naive_presidio = a / b, vs_raw_spacy_per_core = (a / cores) / c, and peak_rss_mib (the
largest summed RSS of the process tree while (a) runs), plus RSS samples to show it stays
flat. Targets: vs_naive_presidio >= 3 on 2 cores; vs_raw_spacy_per_core >= 0.7.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import psutil

from sealflow.scrub.batch import scrub_documents
from sealflow.scrub.evaluation.corpus import generate
from sealflow.scrub.settings import default_settings

RESULTS = Path(__file__).resolve().parent / "results" / "scrub.json"


def corpus_texts(words: int, seed: int) -> list[str]:
    texts: list[str] = []
    total = 0
    batch = 0
    while total < words:
        for doc in generate(seed + batch, 50, sentences=(30, 60)):
            texts.append(doc.text)
            total += len(doc.text.split())
            if total >= words:
                break
        batch += 1
    return texts


class RssSampler(threading.Thread):
    """Sum of RSS over this process and its children, sampled every 0.2 s."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.samples: list[float] = []
        self._halt = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self._halt.is_set():
            total = 0
            for process in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += process.memory_info().rss
            self.samples.append(total / 2**20)
            self._halt.wait(0.2)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def run_sealflow(texts: list[str], cores: int) -> tuple[float, RssSampler]:
    settings = replace(default_settings(), processes=cores)
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "in", Path(tmp) / "out"
        source.mkdir()
        for index, text in enumerate(texts):
            (source / f"doc{index:05d}.txt").write_text(text, encoding="utf-8")
        sampler = RssSampler()
        sampler.start()
        started = time.perf_counter()
        outcome = scrub_documents(source, out, settings)
        seconds = time.perf_counter() - started
        sampler.stop()
        assert not outcome.failed
    return seconds, sampler


def run_naive(texts: list[str], model: str) -> float:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

    import sealflow.scrub.recognizers  # noqa: F401
    from sealflow.scrub.settings import default_settings

    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    ).create_engine()
    registry = RecognizerRegistryProvider(
        conf_file=str(default_settings().file("recognizers")), nlp_engine=nlp_engine
    ).create_recognizer_registry()
    for recognizer in registry.recognizers:
        if callable(getattr(recognizer, "configure", None)):
            recognizer.configure(default_settings())
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
    started = time.perf_counter()
    for text in texts:
        analyzer.analyze(text=text, language="en")
    return time.perf_counter() - started


def run_raw_spacy(texts: list[str], model: str) -> float:
    import spacy

    nlp = spacy.load(model)
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=500_000)
    parser.add_argument("--baseline-words", type=int, default=100_000)
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=99)
    args = parser.parse_args()
    model = default_settings().model
    texts = corpus_texts(args.words, args.seed)
    sample = corpus_texts(args.baseline_words, args.seed + 1000)
    chars, sample_chars = sum(map(len, texts)), sum(map(len, sample))

    # The machine may be shared: baselines run before and after (a) and are averaged, so a
    # change of load during the run does not favour either side.
    naive_before = sample_chars / run_naive(sample, model)
    raw_before = sample_chars / run_raw_spacy(sample, model)
    sealflow_seconds, sampler = run_sealflow(texts, args.cores)
    sealflow_rate = chars / sealflow_seconds
    naive_rate = (naive_before + sample_chars / run_naive(sample, model)) / 2
    raw_rate = (raw_before + sample_chars / run_raw_spacy(sample, model)) / 2
    half = len(sampler.samples) // 2 or 1
    result = {
        "words": sum(len(t.split()) for t in texts),
        "characters": chars,
        "documents": len(texts),
        "cores": args.cores,
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "sealflow_chars_per_s": round(sealflow_rate),
        "naive_presidio_chars_per_s": round(naive_rate),
        "raw_spacy_chars_per_s": round(raw_rate),
        "baseline_words": sum(len(t.split()) for t in sample),
        "vs_naive_presidio": round(sealflow_rate / naive_rate, 2),
        "vs_raw_spacy_per_core": round(sealflow_rate / args.cores / raw_rate, 2),
        "peak_rss_mib": round(max(sampler.samples or [0.0]), 1),
        "rss_first_half_max_mib": round(max(sampler.samples[:half] or [0.0]), 1),
        "rss_second_half_max_mib": round(max(sampler.samples[half:] or [0.0]), 1),
        "targets": {"vs_naive_presidio": 3.0, "vs_raw_spacy_per_core": 0.7},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"vs_naive_presidio: {result['vs_naive_presidio']}")
    print(f"vs_raw_spacy_per_core: {result['vs_raw_spacy_per_core']}")
    print(f"peak_rss_mib: {result['peak_rss_mib']}")


if __name__ == "__main__":
    main()
