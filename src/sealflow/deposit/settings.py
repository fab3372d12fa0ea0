"""Where certify and deposit read and write, from the study's settings (sealflow.settings).

The defaults come from the `certify` and `deposit` schemas (and the results folder), so a
study whose config predates those sections still gets the same layout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sealflow.config import resolve
from sealflow.settings import StudySettings

STATEMENT_NAME = "certification.json"
SIGNATURE_SUFFIX = ".minisig"
REVIEWER_SIGNATURE_SUFFIX = ".reviewer.minisig"
LOCK_NAME = "deposited.json"


@dataclass(frozen=True)
class DepositSettings:
    """Every path and setting of stages 11 and 12 for one study."""

    root: Path
    study: StudySettings
    study_name: str
    study_id: str
    anonymised: Path
    risk: Path
    report_html: Path
    report_json: Path
    results_dir: Path
    certify_dir: Path
    staging: Path
    records: Path
    reviewer_public_key: str
    party: str
    organisation: str
    contact_name: str
    contact_email: str
    descriptions: Mapping[str, str]

    @classmethod
    def from_config(cls, config: dict[str, Any], root: str | Path | None = None) -> DepositSettings:
        """From a validated config (``root`` overrides config["root"], as the workflow does)."""
        return cls.from_study(StudySettings.from_config(config, root))

    @classmethod
    def from_study(cls, study: StudySettings) -> DepositSettings:
        """From the study's settings, built once at the edge."""
        key = study.certify.reviewer_public_key
        # A key file is resolved against the root; the RW... key itself is kept as it is.
        key_path = resolve(study.root, key)
        return cls(
            root=study.root,
            study=study,
            study_name=study.study.name,
            study_id=study.study.id or "study",
            anonymised=study.workspace / "anonymise" / "anonymised.parquet",
            risk=study.results / "anonymise" / "risk.json",
            report_html=study.results / "report" / "deidentification.html",
            report_json=study.results / "report" / "deidentification.json",
            results_dir=study.results,
            certify_dir=study.certify.dir,
            staging=study.deposit.staging,
            records=study.deposit.records,
            reviewer_public_key=str(key_path) if key_path.exists() else key,
            party=study.deposit.party,
            organisation=study.deposit.organisation,
            contact_name=study.deposit.contact_name,
            # No default: the bag leaves Contact-Email empty when none is configured.
            contact_email=study.deposit.contact_email or "",
            descriptions=study.deposit.descriptions,
        )

    @property
    def payload(self) -> Path:
        """The files to deposit, laid out as in the bag's data/ (certification aside)."""
        return self.staging / "payload"

    @property
    def statement(self) -> Path:
        return self.certify_dir / STATEMENT_NAME

    @property
    def signature(self) -> Path:
        return self.certify_dir / (STATEMENT_NAME + SIGNATURE_SUFFIX)

    @property
    def reviewer_signature(self) -> Path:
        return self.certify_dir / (STATEMENT_NAME + REVIEWER_SIGNATURE_SUFFIX)

    @property
    def certified(self) -> Path:
        """The record that both signatures and every hash verified."""
        return self.certify_dir / "certified.json"

    @property
    def lock(self) -> Path:
        return self.records / LOCK_NAME

    @property
    def bag_name(self) -> str:
        return f"{self.study_id}-deposit"
