"""Where certify and deposit read and write, resolved once from a validated config mapping.

The defaults match config/config.yaml, so a study whose config predates the `certify` and
`deposit` sections still gets the same layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sealflow.config import resolve

DEFAULT_REVIEWER_KEY = "parties/reviewer/keys/reviewer.minisign.pub"
STATEMENT_NAME = "certification.json"
SIGNATURE_SUFFIX = ".minisig"
REVIEWER_SIGNATURE_SUFFIX = ".reviewer.minisig"
LOCK_NAME = "deposited.json"


@dataclass(frozen=True)
class DepositSettings:
    """Every path and setting of stages 11 and 12 for one study."""

    root: Path
    config: dict[str, Any]
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
    descriptions: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: dict[str, Any], root: str | Path | None = None) -> DepositSettings:
        """From a validated config (``root`` overrides config["root"], as the workflow does)."""
        study_root = Path(root if root is not None else config["root"]).resolve()
        config = {**config, "root": str(study_root)}
        certify = config.get("certify") or {}
        deposit = config.get("deposit") or {}
        work = resolve(study_root, config.get("workspace", "work"))
        results_dir = resolve(study_root, config.get("results", "results"))
        key = str(certify.get("reviewer_public_key", DEFAULT_REVIEWER_KEY))
        # A key file is resolved against the root; the RW... key itself is kept as it is.
        key_path = resolve(study_root, key)
        return cls(
            root=study_root,
            config=config,
            study_name=config["study"]["name"],
            study_id=config["study"].get("id", "study"),
            anonymised=work / "anonymise" / "anonymised.parquet",
            risk=results_dir / "anonymise" / "risk.json",
            report_html=results_dir / "report" / "deidentification.html",
            report_json=results_dir / "report" / "deidentification.json",
            results_dir=results_dir,
            certify_dir=resolve(study_root, certify["dir"])
            if "dir" in certify
            else results_dir / "certify",
            staging=resolve(study_root, deposit.get("staging", "work/deposit")),
            records=resolve(study_root, deposit["records"])
            if "records" in deposit
            else results_dir / "deposit",
            reviewer_public_key=str(key_path) if key_path.exists() else key,
            party=deposit.get("party", "archive"),
            organisation=deposit.get("organisation", config["study"]["name"]),
            contact_name=deposit.get("contact_name", "Data manager"),
            contact_email=deposit.get("contact_email", ""),
            descriptions=dict(deposit.get("descriptions") or {}),
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
