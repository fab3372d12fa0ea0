"""A small certifiable study: the demo's parties and keys, and synthetic stage outputs.

The anonymised table and the counts-only stage summaries are generated here, so each test
can make a gate pass or fail on purpose without running the workflow (the workflow itself
runs once, in test_end_to_end.py).
"""

from __future__ import annotations

import base64
import json
import random
import shutil
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from sealflow.config import load_config
from sealflow.demo.study import init_study
from sealflow.deposit.settings import DepositSettings
from sealflow.exchange.context import ExchangeContext
from sealflow.fsutil import write_json
from sealflow.report.collect import collect
from sealflow.report.gates import evaluate

ROWS = 30


def archive_ids(rng: random.Random, count: int) -> list[str]:
    return ["ARC-" + base64.b32encode(rng.randbytes(10)).decode("ascii") for _ in range(count)]


def anonymised_table(rows: int = ROWS, seed: int = 7) -> pl.DataFrame:
    rng = random.Random(seed)
    return pl.DataFrame(
        {
            "archive_id": archive_ids(rng, rows),
            "consent": ["yes"] * rows,
            "wb_1": pl.Series(
                [rng.choice([1, 2, 3, 4, 5, None]) for _ in range(rows)], dtype=pl.Int64
            ),
            "gender": ["*"] * rows,
            "tenure_years": [rng.choice(["0-10", "10-20", "20+"]) for _ in range(rows)],
            "turnover_status": [rng.choice(["In service", "Left"]) for _ in range(rows)],
            "programme_group": [rng.choice(["intervention", "comparison"]) for _ in range(rows)],
            "ft_experience": [
                rng.choice(["I met [PERSON-1] at [BASE-1].", None, 'Fine, "ok"\nthanks'])
                for _ in range(rows)
            ],
        }
    )


def risk_summary(k: int = 10, above: int = 0) -> dict[str, Any]:
    return {
        "achieved": {"k": k, "l": 2},
        "models": {"k": 10, "l": 2, "sensitive": ["turnover_status"], "suppression_limit": 0.05},
        "dropped_columns": ["pseudonymous_id", "submitted_at"],
        "quasi_identifiers": ["gender", "tenure_years"],
        "information_loss": {
            "generalisation": {
                "gender": {"level": 2, "height": 2, "name": "suppressed"},
                "tenure_years": {"level": 2, "height": 4, "name": "bands"},
            },
            "suppressed_cells": ROWS,
            "suppressed_records": 0,
        },
        "released_records": ROWS,
        "risk": {"records_above_threshold": above, "risk_threshold": 0.1},
    }


def write_stage_outputs(
    root: Path,
    residual_hits: int = 0,
    k: int = 10,
    above: int = 0,
    outcome: bool = True,
    table: pl.DataFrame | None = None,
) -> None:
    """The files certification reads, as the stages would leave them, then the report."""
    results = root / "results"
    (root / "work/anonymise").mkdir(parents=True, exist_ok=True)
    (table if table is not None else anonymised_table()).write_parquet(
        root / "work/anonymise/anonymised.parquet"
    )
    write_json(results / "anonymise/risk.json", risk_summary(k, above))
    write_json(results / "scrub/residual.json", {"hits_total": residual_hits, "unreadable": []})
    write_json(results / "scrub/summary.json", {"failed": []})
    # The demo's received transcripts, each with a scrubbed copy written after it.
    scrubbed = root / "work/scrub/transcripts"
    scrubbed.mkdir(parents=True, exist_ok=True)
    for received in (root / "work/received/vendor/transcripts").rglob("interview-*"):
        shutil.copyfile(received, scrubbed / received.name)
    if outcome:
        write_json(results / "outcome/checks.json", {"checks": []})
    else:
        (results / "outcome/checks.json").unlink(missing_ok=True)
    # The report's content is the report stage's business; certification only deposits it.
    gates = [g.as_dict() for g in evaluate(collect(results))]
    write_json(results / "report/deidentification.json", {"gates": gates}, mode=0o644)
    (results / "report/deidentification.html").write_text("<html><p>report</p></html>\n")


@pytest.fixture(scope="session")
def template_study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("deposit-template") / "study"
    init_study(root, staff=40, seed=11)
    return root


@pytest.fixture
def study(template_study, tmp_path) -> Path:
    """A fresh copy of the demo study with passing stage outputs."""
    root = tmp_path / "study"
    shutil.copytree(template_study, root, symlinks=True)
    write_stage_outputs(root)
    return root


@pytest.fixture
def config(study) -> dict[str, Any]:
    return load_config(study / "config.yaml")


@pytest.fixture
def settings(config) -> DepositSettings:
    return DepositSettings.from_config(config)


@pytest.fixture
def ctx(config) -> ExchangeContext:
    return ExchangeContext.from_settings(config)


@pytest.fixture
def reviewer_key(study) -> Path:
    return study / "parties/reviewer/keys/reviewer.minisign.key"


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
