"""Ingest a `--staff 100000` synthetic study; compare with a plain pandas read of the same files.

sealflow: `ingest_keyed_table` (roster, admin extract) and `ingest_survey` end to end: byte
checks (UTF-8, NUL), header and per-record structure checks, every schema check, withdrawals,
token mapping (100 000 HMACs), quarantine, repeats, consent, Parquet writes and reports.

Baseline, measured in the same run: `pandas.read_csv(path, dtype=str)` of the same three
CSV files and nothing else (no checks, no output). The ratio is pandas time / sealflow time:
higher is faster, and sealflow's time includes all the work the baseline does not do.

Usage: .venv/bin/python bench/ingest.py [--staff 100000] [--repeat 3]
Writes bench/results/ingest.json with keys seconds_100k_staff and vs_pandas_read_csv.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.tables import ingest_keyed_table, ingest_survey
from sealflow.ingest.tokens import survey_token, survey_tokens

RESULTS = Path(__file__).resolve().parent / "results" / "ingest.json"


def _sealflow(study: Path, out: Path) -> None:
    received, settings = study / "work/received", IngestSettings.from_config({})
    withdrawals = study / "work/withdrawals.csv"
    ingest_keyed_table(
        "roster",
        received / "provider/roster.csv",
        withdrawals,
        out / "roster.parquet",
        out / "roster.json",
        settings,
    )
    ingest_keyed_table(
        "admin_extract",
        received / "provider/admin_extract.csv",
        withdrawals,
        out / "admin.parquet",
        out / "admin.json",
        settings,
    )
    ingest_survey(
        received / "survey/survey_export.csv",
        received / "provider/roster.csv",
        withdrawals,
        study / "work/keys/survey_token.key",
        out / "survey.parquet",
        out / "quarantine.parquet",
        out / "survey.json",
        settings,
    )


def _pandas(study: Path) -> None:
    received = study / "work/received"
    for name in ("provider/roster.csv", "provider/admin_extract.csv", "survey/survey_export.csv"):
        pd.read_csv(received / name, dtype=str)


def _best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sealflow-bench-ingest-") as tmp:
        study, out = Path(tmp) / "study", Path(tmp) / "out"
        sealflow_cli = Path(sys.executable).parent / "sealflow"
        subprocess.run(
            [str(sealflow_cli), "demo", "init", str(study), "--staff", str(args.staff)],
            check=True,
            capture_output=True,
        )
        seconds = _best(lambda: _sealflow(study, out), args.repeat)
        baseline = _best(lambda: _pandas(study), args.repeat)
        survey_rows = json.loads((out / "survey.json").read_text())["rows_read"]
        key = (study / "work/keys/survey_token.key").read_bytes()
        ids = (study / "work/received/provider/roster.csv").read_text().split()[1:]
        bulk_tokens = _best(lambda: survey_tokens(key, ids), args.repeat)
        loop_tokens = _best(lambda: [survey_token(key, i) for i in ids], args.repeat)
    ratio = baseline / seconds
    result = {
        "seconds_100k_staff": round(seconds, 3),
        "vs_pandas_read_csv": round(ratio, 3),
        "details": {
            "staff": args.staff,
            "survey_rows": survey_rows,
            "pandas_read_csv_seconds": round(baseline, 3),
            "repeat": args.repeat,
            "survey_tokens_seconds": round(bulk_tokens, 3),
            "survey_token_per_id_loop_seconds": round(loop_tokens, 3),
            "token_ids": len(ids),
            "timing": "best of repeat, wall clock",
        },
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    print(f"ingest: {ratio:.3f}")
    print(f"  sealflow ingest {seconds:.2f} s; pandas.read_csv only {baseline:.2f} s")
    print(f"  {len(ids)} survey tokens: bulk {bulk_tokens:.2f} s, per-ID loop {loop_tokens:.2f} s")


if __name__ == "__main__":
    main()
