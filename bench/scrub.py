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
  (d) the command people run: `sealflow scrub docs --in DIR --out DIR --processes N` as a
      process, start-up, config and findings file included;
  (e) the closed loop's search of the study's values (scrub/phrases.py) against the one
      alternation it replaced (phrase_regex), on the same text with --values generated
      names, as a large study's loop and residual scan search them.
(b) and (c) run on a sample of the corpus (--baseline-words) to keep the run short (their
throughput does not depend on corpus size), once before and once after (a) and (d),
averaged, so a change of load on a shared machine favours neither side. Writes
bench/results/scrub.json with vs_naive_presidio = a / b, cli_vs_naive_presidio = d / b,
vs_raw_spacy_per_core = (a / cores) / c, the same ratios of CPU time (`*_cpu_*`: words per
CPU second, fairer than wall time on a loaded machine, where a process gets only part of a
core), words per second (wall and CPU) of each, values_search_vs_single_pattern = (e), and
peak_rss_mib (the largest summed RSS of the process tree while (a) runs), plus RSS samples
to show it stays flat. Targets: vs_naive_presidio >= 3 on 2 cores; vs_raw_spacy_per_core
>= 0.7.

    python bench/scrub.py                                  # 500k words
    python bench/scrub.py --words 60000 --baseline-words 20000 --out /tmp/scrub.json  # short
    python bench/scrub.py --quick --out /tmp/scrub.json    # the same short run, 5,000 values
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import subprocess
import sys
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
SEALFLOW = Path(sys.executable).parent / "sealflow"


def cpu_seconds() -> float:
    """CPU time of this process and of every child process it has waited for."""
    me, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


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


def write_corpus(texts: list[str], folder: Path) -> Path:
    folder.mkdir()
    for index, text in enumerate(texts):
        (folder / f"doc{index:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def run_sealflow(texts: list[str], cores: int) -> tuple[float, float, RssSampler]:
    """(wall, CPU) seconds of the library over the corpus, all cores."""
    settings = replace(default_settings(), processes=cores)
    with tempfile.TemporaryDirectory() as tmp:
        source = write_corpus(texts, Path(tmp) / "in")
        sampler = RssSampler()
        sampler.start()
        started, cpu = time.perf_counter(), cpu_seconds()
        outcome = scrub_documents(source, Path(tmp) / "out", settings)
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        sampler.stop()
        assert not outcome.failed
    return seconds, cpu, sampler


def run_cli(texts: list[str], cores: int) -> tuple[float, float]:
    """(wall, CPU) seconds of `sealflow scrub docs` over the corpus as a process."""
    with tempfile.TemporaryDirectory() as tmp:
        source = write_corpus(texts, Path(tmp) / "in")
        command = [str(SEALFLOW), "scrub", "docs", "--in", str(source), "--out",
                   str(Path(tmp) / "out"), "--processes", str(cores), "--quiet"]  # fmt: skip
        started, cpu = time.perf_counter(), cpu_seconds()
        subprocess.run(command, check=True, capture_output=True)
        return time.perf_counter() - started, cpu_seconds() - cpu


def run_values_search(texts: list[str], values: int, seed: int) -> dict[str, float]:
    """Words per CPU second of the closed loop's search (PhraseMatcher) and of the one
    alternation (phrase_regex), for ``values`` generated names and surnames."""
    from sealflow.scrub.phrases import PhraseMatcher
    from sealflow.scrub.recognizers.generic.deny_list_recognizer import phrase_regex
    from sealflow.scrub.settings import PACKAGE_DIR

    data = PACKAGE_DIR / "data"
    firsts = (data / "first_names.txt").read_text(encoding="utf-8").split()
    surnames = (data / "surnames.txt").read_text(encoding="utf-8").split()
    rng = random.Random(seed)
    names = {f"{rng.choice(firsts).title()} {rng.choice(surnames).title()}" for _ in range(values)}
    names |= {rng.choice(surnames).title() for _ in range(values // 3)}
    words = sum(len(t.split()) for t in texts)
    found: dict[str, list[list[tuple[int, int]]]] = {}
    rates: dict[str, float] = {}
    for name, build in (("matcher", PhraseMatcher), ("single_pattern", phrase_regex)):
        cpu = time.process_time()
        search = build(sorted(names))
        assert search is not None
        found[name] = [[m.span() for m in search.finditer(t)] for t in texts]
        rates[name] = words / (time.process_time() - cpu)
    assert found["matcher"] == found["single_pattern"]
    return {
        "values": len(names),
        "matcher_words_per_cpu_s": round(rates["matcher"]),
        "single_pattern_words_per_cpu_s": round(rates["single_pattern"]),
        "values_search_vs_single_pattern": round(rates["matcher"] / rates["single_pattern"], 2),
    }


def run_naive(texts: list[str], model: str) -> tuple[float, float]:
    """(wall, CPU) seconds of Presidio's analyze per document, one process."""
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
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        analyzer.analyze(text=text, language="en")
    return time.perf_counter() - started, time.process_time() - cpu


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
    parser.add_argument("--values", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a short run on a shared machine (about a minute idle): 60k words, 20k words of "
        "baseline, 5,000 values; compare its CPU ratios, not its wall ones",
    )
    args = parser.parse_args()
    if args.quick:
        args.words, args.baseline_words, args.values = 60_000, 20_000, 5_000
    model = default_settings().model
    texts = corpus_texts(args.words, args.seed)
    sample = corpus_texts(args.baseline_words, args.seed + 1000)
    chars, sample_chars = sum(map(len, texts)), sum(map(len, sample))
    words, sample_words = sum(len(t.split()) for t in texts), sum(len(t.split()) for t in sample)
    load_at_start = round(os.getloadavg()[0], 2)

    # The machine may be shared: baselines run before and after (a) and (d) and are
    # averaged, so a change of load during the run does not favour either side.
    naive = [run_naive(sample, model)]
    raw_before = sample_chars / run_raw_spacy(sample, model)
    sealflow_seconds, sealflow_cpu, sampler = run_sealflow(texts, args.cores)
    cli_seconds, cli_cpu = run_cli(texts, args.cores)
    naive.append(run_naive(sample, model))
    raw_rate = (raw_before + sample_chars / run_raw_spacy(sample, model)) / 2
    sealflow_rate = chars / sealflow_seconds
    naive_rate = sum(sample_chars / wall for wall, _ in naive) / 2
    naive_words = sum(sample_words / wall for wall, _ in naive) / 2
    naive_words_cpu = sum(sample_words / cpu for _, cpu in naive) / 2
    values = run_values_search(texts, args.values, args.seed)
    half = len(sampler.samples) // 2 or 1
    result = {
        "words": words,
        "characters": chars,
        "documents": len(texts),
        "cores": args.cores,
        "load_average_1m_at_start": load_at_start,
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "sealflow_chars_per_s": round(sealflow_rate),
        "naive_presidio_chars_per_s": round(naive_rate),
        "raw_spacy_chars_per_s": round(raw_rate),
        "words_per_s": {
            "library": round(words / sealflow_seconds),
            "cli": round(words / cli_seconds),
            "naive_presidio": round(naive_words),
        },
        "words_per_cpu_s": {
            "library": round(words / sealflow_cpu),
            "cli": round(words / cli_cpu),
            "naive_presidio": round(naive_words_cpu),
        },
        "baseline_words": sample_words,
        "vs_naive_presidio": round(sealflow_rate / naive_rate, 2),
        "cli_vs_naive_presidio": round(words / cli_seconds / naive_words, 2),
        "cpu_vs_naive_presidio": round(words / sealflow_cpu / naive_words_cpu, 2),
        "cli_cpu_vs_naive_presidio": round(words / cli_cpu / naive_words_cpu, 2),
        "vs_raw_spacy_per_core": round(sealflow_rate / args.cores / raw_rate, 2),
        "values_search": values,
        "peak_rss_mib": round(max(sampler.samples or [0.0]), 1),
        "rss_first_half_max_mib": round(max(sampler.samples[:half] or [0.0]), 1),
        "rss_second_half_max_mib": round(max(sampler.samples[half:] or [0.0]), 1),
        "targets": {"vs_naive_presidio": 3.0, "vs_raw_spacy_per_core": 0.7},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for name in ("vs_naive_presidio", "cli_vs_naive_presidio", "cpu_vs_naive_presidio",
                 "cli_cpu_vs_naive_presidio"):  # fmt: skip
        print(f"{name}: {result[name]}")
    print(f"values_search_vs_single_pattern: {values['values_search_vs_single_pattern']}")
    print(f"vs_raw_spacy_per_core: {result['vs_raw_spacy_per_core']}")
    print(f"peak_rss_mib: {result['peak_rss_mib']}")


if __name__ == "__main__":
    main()
