"""The record of processing activities, from a demo study's config, parties and audit log."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sealflow.cli import main
from sealflow.config import load_config
from sealflow.govern.ropa import build_ropa

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ropa") / "study"
    subprocess.run([str(BIN / "sealflow"), "demo", "init", str(root), "--staff", "20"],
                   check=True, capture_output=True)  # fmt: skip
    return root


def test_when_built_then_purposes_recipients_and_transfers_come_from_the_study(study):
    record = build_ropa(load_config(study / "config.yaml"))
    assert [p["id"] for p in record["purposes"]] == ["evaluation", "archiving", "accountability"]
    assert "deposit" in record["purposes"][1]["stages"]
    parties = {r["party"]: r for r in record["recipients"]}
    assert set(parties) == {"provider", "survey", "vendor", "vendor2", "archive"}
    assert [r["party"] for r in record["transfers_outside_uk"]] == ["vendor2"]
    assert parties["vendor2"]["transfer"]["basis"] == "adequacy"
    assert record["recipients_without_a_valid_route"] == []
    admin = record["categories_of_personal_data"][1]["columns"]
    assert "sickness_absence_days" in admin and "pseudonymous_id" in admin


@pytest.mark.parametrize("interviews", [True, False], ids=["selects-interviewees", "without"])
def test_when_the_study_selects_interviewees_then_the_record_lists_the_invitation_list(
    study, interviews
):
    config = load_config(study / "config.yaml")
    if not interviews:
        del config["interviews"]
    record = build_ropa(config)
    invitations = [c for c in record["categories_of_personal_data"]
                   if c["source"].startswith("interview selection")]  # fmt: skip
    assert invitations == ([{"source": invitations[0]["source"], "columns": ["pseudonymous_id"]}]
                           if interviews else [])  # fmt: skip
    survey = record["categories_of_personal_data"][2]["columns"]
    assert "interview_contact" in survey
    bases = {p["id"]: p["lawful_basis_text"] for p in record["purposes"]}
    assert bases["accountability"] == "legal obligation (Art. 6(1)(c))"


def test_when_a_party_loses_its_route_then_the_record_says_so(study, tmp_path):
    parties = yaml.safe_load((study / "parties.yaml").read_text())
    del parties["parties"]["survey"]["country"]
    copy = tmp_path / "parties.yaml"
    copy.write_text(yaml.safe_dump(parties))
    config = load_config(study / "config.yaml")
    config["parties"] = str(copy)
    record = build_ropa(config)
    assert record["recipients_without_a_valid_route"] == ["survey"]


def test_when_the_cli_writes_it_then_json_and_markdown_hold_names_and_counts_only(study, capsys):
    main(["ropa", "-c", str(study / "config.yaml")])
    assert capsys.readouterr().out.startswith("ok: record of processing")
    folder = study / "results" / "governance"
    record = json.loads((folder / "ropa.json").read_text())
    page = (folder / "ropa.md").read_text()
    assert "public task (Art. 6(1)(e))" in page and "## Recipients and transfers" in page
    assert record["processing_so_far"]["entries"] >= 0
    planted = (study / "truth" / "planted.jsonl").read_text().splitlines()
    values = {json.loads(line)["value"] for line in planted}
    assert len(values) > 50
    text = page + json.dumps(record)
    assert not [v for v in values if len(v) > 3 and v in text]
