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


ROPA = {
    "record": "UK GDPR Article 30(1) record of processing activities",
    "study": "Study",
    "controller": {"party": "evaluator", "description": "Evaluation team"},
    "purposes": [
        {
            "id": "evaluation",
            "description": "Evaluate the wellbeing programme.",
            "lawful_basis": "public_task",
            "lawful_basis_text": "public task (Art. 6(1)(e))",
            "special_category_condition": "Art. 9(2)(j) scientific research",
            "data_subjects": ["survey respondents"],
            "stages": ["links", "interviews", "scrub"],
        },
        {
            "id": "accountability",
            "description": "Keep the accountability records.",
            "lawful_basis": "legal_obligation",
            "lawful_basis_text": "legal obligation (Art. 6(1)(c))",
            "special_category_condition": None,
            "data_subjects": ["everyone"],
            "stages": ["retention", "rights"],
        },
    ],
    "categories_of_personal_data": [
        {"source": "provider: administrative extract", "columns": ["sickness_absence_days"]},
        {"source": "interviews: recordings and transcripts", "columns": []},
    ],
    "recipients": [
        {
            "party": "provider",
            "role": "provider",
            "description": "Staff records",
            "transfer": {"country": "GB", "basis": "within the UK", "reference": ""},
        },
        {
            "party": "vendor2",
            "role": "vendor",
            "description": "Captioning",
            "transfer": {"country": "IE", "basis": "adequacy", "reference": "EEA regulations"},
            "deletion_deadline_days": 7,
        },
    ],
    "transfers_outside_uk": [
        {
            "party": "vendor2",
            "role": "vendor",
            "transfer": {"country": "IE", "basis": "adequacy", "reference": "EEA regulations"},
        },
    ],
    "recipients_without_a_valid_route": [],
    "retention": {
        "personal_data_delete_on": {"after_event": "final_report_delivered", "months": 24},
        "vendor_deletion_days": {"vendor2": 7},
        "archive": "the anonymised deposit is kept by the archive indefinitely",
    },
    "security_measures": ["Files between parties are encrypted."],
    "processing_so_far": {"entries": 12, "by_action": {"write": 12}, "first": None, "last": None},
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
    write(root, "governance/ropa.json", ROPA)
    return root


def demo_anonymise_risk(staff: int = 400, seed: int = 1) -> dict:
    """The risk JSON `anonymise` writes for a demo study (provider extract as population)."""
    import numpy as np
    import polars as pl
    import yaml

    from sealflow.demo.admin import generate_staff, pseudonymous_ids
    from sealflow.demo.vocab import vocabulary
    from sealflow.sdc.anonymise import anonymise_table
    from sealflow.settings import read_section

    config = Path(__file__).resolve().parents[3] / "config" / "config.yaml"
    sdc = yaml.safe_load(config.read_text(encoding="utf-8"))["sdc"]
    rng = np.random.default_rng(seed)
    admin = generate_staff(rng, vocabulary(), pseudonymous_ids(rng, staff)).admin
    linked = admin.filter(pl.Series(rng.random(staff) < 0.45))
    return json.loads(
        json.dumps(anonymise_table(linked, read_section("sdc", sdc, "."), population=admin).report)
    )
