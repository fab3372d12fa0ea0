"""A study's results/ as its stages write them, for the report tests (fixture in conftest)."""

from __future__ import annotations

import json
from pathlib import Path


def write(root: Path, rel: str, obj) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj))


RISK = {
    "achieved": {"k": 11, "l": 2},
    "models": {"k": 10, "l": 2, "sensitive": ["turnover_status"]},
    "input_records": 168,
    "released_records": 165,
    "quasi_identifiers": ["gender", "age_band", "base"],
    "information_loss": {
        "generalisation": {
            "gender": {"height": 2, "level": 0, "name": "raw"},
            "age_band": {"height": 2, "level": 2, "name": "suppressed"},
            "base": {"height": 3, "level": 3, "name": "suppressed"},
        },
        "suppressed_records": 3,
    },
    "risk": {
        "prosecutor_risk_highest": 0.09090909090909091,
        "prosecutor_risk_average": 0.024242424242424242,
        "records_above_threshold": 0,
        "risk_threshold": 0.1,
        "class_size_distribution": [
            {"size": "5-9", "records": 0, "classes": 0},
            {"size": "10-19", "records": 23, "classes": 2},
        ],
    },
}


def make_study_results(tmp_path: Path) -> Path:
    root = tmp_path / "results"
    write(root, "links/links_report.json", {"links_made": 397, "withdrawn_excluded": 3})
    write(
        root,
        "ingest/ingest_report.json",
        {
            "tables": {
                "roster": {"rows_read": 400, "withdrawn_purged": 3},
                "survey_export": {
                    "rows_read": 190,
                    "rows_written": 170,
                    "non_consenting_excluded": 13,
                    "duplicate_submissions_dropped": 2,
                },
            }
        },
    )
    write(root, "link/match_report.json", {"matched": 168, "survey_only": 2, "admin_only": 227})
    write(root, "anonymise/risk.json", RISK)
    write(
        root,
        "scrub/summary.json",
        {
            "by_type": {"PERSON": 12, "NI_NUMBER": 2},
            "by_source_and_type": {"survey.ft_barriers": {"PERSON": 12, "NI_NUMBER": 2}},
            "sources": {"survey": {"by_type": {"PERSON": 12, "NI_NUMBER": 2}}},
            "failed": [],
            "total": 14,
        },
    )
    write(
        root,
        "scrub/residual.json",
        {
            "documents_scanned": 4,
            "hits": [{"document": "INT-003.srt", "entity_type": "PERSON", "start": 120}],
            "hits_by_type": {"PERSON": 1},
            "hits_total": 1,
            "threshold": 0.45,
            "unreadable": [],
        },
    )
    write(
        root,
        "outcome/checks.json",
        {
            "checks": [
                {"rule": "threshold", "pass": False, "action": "suppress", "figure": 7},
                {"rule": "threshold", "pass": True, "action": "none", "figure": 41},
            ],
            "summary": {"turnover_by_programme": {"cells": 12, "suppressed_primary": 1}},
        },
    )
    return root


def demo_anonymise_risk(staff: int = 400, seed: int = 1) -> dict:
    """The risk JSON `anonymise` writes for a demo study (provider extract as population)."""
    import numpy as np
    import polars as pl
    import yaml

    from sealflow.demo.admin import generate_staff, pseudonymous_ids
    from sealflow.demo.vocab import vocabulary
    from sealflow.sdc.anonymise import anonymise_table

    config = Path(__file__).resolve().parents[3] / "config" / "config.yaml"
    sdc = yaml.safe_load(config.read_text(encoding="utf-8"))["sdc"]
    rng = np.random.default_rng(seed)
    admin = generate_staff(rng, vocabulary(), pseudonymous_ids(rng, staff)).admin
    linked = admin.filter(pl.Series(rng.random(staff) < 0.45))
    return json.loads(json.dumps(anonymise_table(linked, sdc, population=admin).report))
