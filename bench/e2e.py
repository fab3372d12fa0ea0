"""The whole workflow at study scale: wall time, peak RSS and words per second, per stage.

Issue 9's question is whether a real study fits a working day on a small machine: 100,000
staff and 5,000 interview transcripts, target under one hour on 2 cores. This script makes
that study with `sealflow demo init`, runs the default Snakemake target as a user would (one
process, `--cores N`), and reads Snakemake's own job log for when each job started and
finished. A sampler thread records the summed RSS of the whole process tree every 0.25 s, so
each rule gets the peak RSS seen while one of its jobs ran (jobs of two rules running at once
share a peak: the figure is an upper bound for each).

Words per second: the words the run had to read (every received transcript plus the survey's
free-text answers) divided by the rule's wall time, so the scrub stages' figures compare with
bench/scrub.py's and the others say how long a stage takes per word of study text.

The baseline is the target: `e2e_vs_one_hour: ratio` is 3600 s divided by the measured wall
time (above 1 means inside the hour). At other sizes (--staff, --interviews) the ratio is
still against one hour, and the result file says which size ran.

    python bench/e2e.py                       # 100,000 staff, 5,000 transcripts
    python bench/e2e.py --staff 5000 --interviews 250 --out /tmp/e2e.json
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import polars as pl
import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "e2e.json"
BIN = Path(sys.executable).parent
STAMP = re.compile(r"^\[(\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4})\]$")
STARTED = re.compile(r"^(?:local)?rule (\w+):$")
JOBID = re.compile(r"^\s+jobid: (\d+)$")
FINISHED = re.compile(r"^Finished jobid: (\d+) \(Rule: (\w+)\)$")
TRANSCRIPT_SUFFIXES = {".txt", ".vtt", ".srt", ".docx"}


class TreeRss(threading.Thread):
    """(time, summed RSS in MiB) of a process and all its children, every 0.25 s."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.samples: list[tuple[float, float]] = []
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            total = 0
            try:
                for proc in [self.root, *self.root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        total += proc.memory_info().rss
            except psutil.Error:
                break
            self.samples.append((time.time(), total / 2**20))
            self.halt.wait(0.25)


@dataclass
class Job:
    rule: str
    start: float
    end: float | None = None


@dataclass
class JobLog:
    """Jobs read back from Snakemake's console log (one-second timestamps)."""

    jobs: dict[int, Job] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> JobLog:
        log = cls()
        stamp = 0.0
        pending_rule: str | None = None
        for line in text.splitlines():
            if m := STAMP.match(line):
                stamp = datetime.strptime(m.group(1), "%a %b %d %H:%M:%S %Y").timestamp()
            elif m := STARTED.match(line):
                pending_rule = m.group(1)
            elif (m := JOBID.match(line)) and pending_rule is not None:
                log.jobs[int(m.group(1))] = Job(pending_rule, stamp)
                pending_rule = None
            elif m := FINISHED.match(line):
                job = log.jobs.get(int(m.group(1)))
                if job is not None:
                    job.end = stamp
        return log


def study_words(study: Path, config: dict) -> int:
    """Words of every received transcript and of the survey's free-text answers."""
    words = 0
    received = study / config.get("workspace", "work") / "received"
    for path in received.rglob("*"):
        if path.suffix not in TRANSCRIPT_SUFFIXES or not path.is_file():
            continue
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as docx:
                xml = docx.read("word/document.xml").decode("utf-8", "replace")
            words += len(re.sub(r"<[^>]+>", " ", xml).split())
        else:
            words += len(path.read_text(encoding="utf-8", errors="replace").split())
    survey = study / config.get("workspace", "work") / "ingest" / "survey.parquet"
    free_text = (config.get("scrub") or {}).get("free_text") or []
    if survey.is_file() and free_text:
        frame = pl.read_parquet(survey, columns=[c for c in free_text])
        for column in free_text:
            words += int(
                frame[column].fill_null("").str.split(" ").list.len().sum()  # type: ignore[arg-type]
            )
    return words


def per_rule(log: JobLog, rss: list[tuple[float, float]], words: int) -> dict[str, dict]:
    stages: dict[str, dict] = {}
    for job in log.jobs.values():
        if job.end is None:
            continue
        stage = stages.setdefault(
            job.rule, {"jobs": 0, "seconds": 0.0, "first_start": job.start, "last_end": job.end}
        )
        stage["jobs"] += 1
        stage["seconds"] += job.end - job.start
        stage["first_start"] = min(stage["first_start"], job.start)
        stage["last_end"] = max(stage["last_end"], job.end)
    for stage in stages.values():
        # The log's stamps are whole seconds: a window of [start, end + 1) covers the job.
        window = [m for t, m in rss if stage["first_start"] <= t < stage["last_end"] + 1]
        stage["peak_rss_mib"] = round(max(window), 1) if window else None
        stage["wall_seconds"] = stage.pop("last_end") - stage.pop("first_start")
        stage["words_per_second"] = round(words / max(stage["wall_seconds"], 1.0))
        stage["seconds"] = round(stage["seconds"], 1)
    return dict(sorted(stages.items(), key=lambda item: -item[1]["wall_seconds"]))


def residual_verdict(study: Path) -> dict:
    """The residual scan's verdict on the scrubbed outputs (results/scrub/residual.json): the
    claim that a study of this size certifies needs it, not only the workflow's exit code.
    Counts only: a hit's value is an identifier and stays in the study's own file."""
    report = json.loads((study / "results" / "scrub" / "residual.json").read_text())
    return {
        "passed": bool(report["passed"]),
        "hits_total": int(report["hits_total"]),
        "hits_by_type": dict(report.get("hits_by_type", {})),
        "documents_scanned": int(report["documents_scanned"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=100_000)
    parser.add_argument("--interviews", type=int, default=5_000)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--keep", type=Path, help="make the study here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sealflow-e2e-") as scratch:
        study = args.keep or Path(scratch) / "study"
        made = time.perf_counter()
        subprocess.run(
            [BIN / "sealflow", "demo", "init", study, "--staff", str(args.staff),
             "--interviews", str(args.interviews), "--seed", str(args.seed), "--force"],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        made = time.perf_counter() - made
        config_path = study / "config.yaml"
        console = study / "e2e-snakemake.log"
        started = time.perf_counter()
        with open(console, "w") as out:
            run = subprocess.Popen(
                [BIN / "snakemake", "--cores", str(args.cores), "--configfile", config_path,
                 "--snakefile", ROOT / "Snakefile", "--directory", study],
                stdout=out, stderr=subprocess.STDOUT, cwd=study,
            )  # fmt: skip
            sampler = TreeRss(run.pid)
            sampler.start()
            code = run.wait()
            sampler.halt.set()
            sampler.join()
        wall = time.perf_counter() - started
        text = console.read_text()
        if code != 0:
            sys.exit(f"e2e: snakemake failed (exit {code}); its log: {console}\n{text[-2000:]}")
        config = yaml.safe_load(config_path.read_text())
        words = study_words(study, config)
        stages = per_rule(JobLog.parse(text), sampler.samples, words)
        residual = residual_verdict(study)

    result = {
        "staff": args.staff,
        "interviews": args.interviews,
        "cores": args.cores,
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "demo_init_seconds": round(made, 1),
        "workflow_wall_seconds": round(wall, 1),
        "peak_rss_mib": round(max(m for _, m in sampler.samples), 1),
        "words": words,
        "words_per_second": round(words / wall),
        "e2e_vs_one_hour": round(3600 / wall, 2),
        "residual_scan": residual,
        "stages": stages,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"e2e_vs_one_hour: {result['e2e_vs_one_hour']}")
    print(
        f"{args.staff} staff, {args.interviews} transcripts: {wall:.0f} s, "
        f"peak RSS {result['peak_rss_mib']} MiB, {words} words"
    )
    print(
        f"residual scan: {'passed' if residual['passed'] else 'FAILED'}, "
        f"{residual['hits_total']} hits in {residual['documents_scanned']} documents"
    )
    for rule, stage in list(stages.items())[:8]:
        print(f"  {rule}: {stage['wall_seconds']:.0f} s, peak {stage['peak_rss_mib']} MiB")


if __name__ == "__main__":
    main()
