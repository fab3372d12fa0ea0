"""The demo's parties: real keys for each, ``parties.yaml``, and the study's ``config.yaml``.

Every party gets a real age identity and minisign key pair (``sealflow.seal.keys``), so the
exchange can seal and verify for real: the evaluator's in ``work/keys/evaluator/``, every
other party's on its own side, ``parties/<party>/keys/``. Keys are random, so parties.yaml
differs between runs of the same seed; the data files do not.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sealflow.errors import ConfigError
from sealflow.fsutil import write_text
from sealflow.seal.keys import new_keys

PARTIES: dict[str, dict[str, Any]] = {
    "evaluator": {
        "role": "evaluator",
        "description": "Evaluation team (data controller); runs sealflow",
        "country": "GB",
    },
    "provider": {
        "role": "provider",
        "description": "Staff records holder (e.g. the MOD); keeps the pseudonym key",
        "country": "GB",
    },
    "survey": {"role": "survey", "description": "Survey platform", "country": "GB"},
    "vendor": {
        "role": "vendor",
        "description": "Transcription vendor (typed transcripts: txt, docx)",
        "country": "GB",
        "deletion_deadline_days": 7,
    },
    "vendor2": {
        "role": "vendor",
        "description": "Captioning vendor (WebVTT, SRT)",
        # Outside the UK: allowed only on a declared transfer basis (checked at every send).
        "country": "IE",
        "transfer_basis": {
            "type": "adequacy",
            "reference": "UK adequacy regulations: EEA states (DPA 2018 s.17A, Sch. 21)",
        },
        "deletion_deadline_days": 7,
    },
    "archive": {
        "role": "archive",
        "description": "Secure archive (ONS Secure Research Service)",
        "country": "GB",
    },
}
EVALUATOR = "evaluator"
REVIEWER = "reviewer"
_ROOT_LINE = re.compile(r"^root:.*$", re.MULTILINE)


def keys_dir(name: str) -> str:
    """Where party ``name``'s keys live, relative to the study folder."""
    return "work/keys/evaluator" if name == EVALUATOR else f"parties/{name}/keys"


def write_parties(study_dir: Path) -> dict[str, Any]:
    """Make every party's keys and write ``parties.yaml``; returns what was written."""
    parties: dict[str, Any] = {}
    for name, entry in PARTIES.items():
        made = new_keys(name, study_dir / keys_dir(name))
        parties[name] = {
            **entry,
            "age_recipient": made.recipient,
            "minisign_public_key": made.minisign_public_key,
            "transport": "local",
            "dropbox": f"dropbox/{name}",
        }
    # The certification reviewer countersigns but exchanges nothing: keys, no party entry.
    new_keys(REVIEWER, study_dir / keys_dir(REVIEWER))
    document = {"parties": parties}
    header = (
        "# Parties of the synthetic study (made by `sealflow demo init`): public keys only.\n"
        "# Secret keys: the evaluator's in work/keys/evaluator/,\n"
        "# the other parties' in parties/<party>/keys/.\n"
    )
    write_text(
        study_dir / "parties.yaml",
        header + yaml.safe_dump(document, sort_keys=False, width=120),
        mode=0o644,
    )
    return document


def config_text() -> str:
    """The shipped config.yaml with ``root: .``, every comment kept."""
    shipped = (resources.files("sealflow") / "defaults" / "config.yaml").read_text(encoding="utf-8")
    text, replaced = _ROOT_LINE.subn("root: .", shipped, count=1)
    if not replaced:
        raise ConfigError(
            "sealflow/defaults/config.yaml: no top-level root: line to point at the study"
        )
    return text
