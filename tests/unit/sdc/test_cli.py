"""The `sealflow anonymise / outcome / release-tables / quotes` commands on a small study."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from sealflow.cli import main
from sealflow.seal.keys import new_keys

from .synthetic import linked_table, population_for

REPO_CONFIG = Path(__file__).resolve().parents[3] / "config" / "config.yaml"


@pytest.fixture
def study(tmp_path):
    config = yaml.safe_load(REPO_CONFIG.read_text(encoding="utf-8"))
    config["root"] = "."
    config["sdc"]["k"] = 5
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    new_keys("evaluator", tmp_path / "work/keys/evaluator")  # they key the audit log
    linked = tmp_path / "work/link/linked.parquet"
    linked.parent.mkdir(parents=True)
    linked_table(600, 31).write_parquet(linked)
    admin = tmp_path / "work/ingest/admin.parquet"
    admin.parent.mkdir(parents=True)
    population_for(linked_table(600, 31), 900).write_parquet(admin)
    transcripts = tmp_path / "work/scrub/transcripts"
    transcripts.mkdir(parents=True)
    (transcripts / "INT-001.txt").write_text(
        "Interviewer: Anything else?\n"
        "Participant: As the only Chaplaincy officer at RAF Valley I was easy to spot "
        "in the group.\n",
        encoding="utf-8",
    )
    return tmp_path


def run(*args: str) -> int:
    try:
        main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


def test_when_commands_run_then_outputs_appear_and_only_counts_are_printed(study, capsys):
    config = str(study / "config.yaml")
    assert run("anonymise", "--config", config) == 0
    assert run("outcome", "--config", config) == 0
    assert run("quotes", "candidates", "--config", config) == 0
    assert run("quotes", "check", "--config", config) == 0
    assert run("release-tables", "--config", config) == 0
    risk = json.loads((study / "results/anonymise/risk.json").read_text())
    assert risk["achieved"]["k"] >= 5
    assert (study / "work/anonymise/anonymised.parquet").is_file()
    assert (study / "results/outcome/wellbeing_by_programme_branch.csv").is_file()
    assert (study / "results/outcome/quotes.csv").read_text().count("\n") == 1  # header only
    candidates = (study / "work/anonymise/quote_candidates.csv").read_text()
    assert ",yes," in candidates
    history_file = study / "work/outcome/release_history.json"
    history = json.loads(history_file.read_text())
    assert len(history["releases"]) == 1 and len(history["releases"][0]["tables"]) == 2
    assert history_file.stat().st_mode & 0o077 == 0
    assert (study / "work/outcome/check_figures.json").is_file()
    audit = (study / "work/audit/audit.jsonl").read_text()
    assert "release_sha256" in audit
    printed = capsys.readouterr()
    assert "PSN-" not in printed.out + printed.err
    assert "RAF Valley" not in printed.out + printed.err


def test_when_linked_table_missing_then_one_line_error_and_exit_1(study, capsys):
    shutil.rmtree(study / "work/link")
    assert run("anonymise", "--config", str(study / "config.yaml")) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "linked.parquet: file not found" in err[0]
    assert not (study / "results/anonymise/risk.json").exists()


def test_when_k_cannot_be_met_then_refusal_and_no_outputs(study, capsys):
    config = yaml.safe_load((study / "config.yaml").read_text())
    config["sdc"]["k"] = 10_000
    (study / "config.yaml").write_text(yaml.safe_dump(config))
    assert run("anonymise", "--config", str(study / "config.yaml")) == 1
    assert "no generalisation meets k=10000" in capsys.readouterr().err
    assert not (study / "work/anonymise/anonymised.parquet").exists()


def test_when_reviewer_approves_and_signs_then_outcome_releases_the_quote(study, capsys):
    from sealflow.seal.minisign_keys import MinisignSecretKey

    reviewer = MinisignSecretKey.generate()
    (study / "reviewer.key").write_text(reviewer.encode_file())
    config = yaml.safe_load((study / "config.yaml").read_text())
    config["outcome"]["quotes"]["reviewer_public_key"] = reviewer.public.encode_line()
    (study / "config.yaml").write_text(yaml.safe_dump(config))
    cfg = str(study / "config.yaml")
    approvals = str(study / "work/anonymise/quote_approvals.csv")
    assert run("quotes", "candidates", "--config", cfg) == 0
    assert run("quotes", "approve", "INT-999-0001", "--by", "Dr R", "--config", cfg) == 1
    assert "no candidate quote with id(s) INT-999-0001" in capsys.readouterr().err
    assert run("quotes", "approve", "INT-001-0001", "--by", "Dr R", "--config", cfg) == 1
    assert "flagged for leakage" in capsys.readouterr().err  # the quote names a rare post
    reason = "Chaplaincy posts are listed in the public unit directory."
    approve = ["quotes", "approve", "INT-001-0001", "--by", "Dr R", "--reason", reason]
    capsys.readouterr()
    assert run(*approve, "--config", cfg, "--json") == 0
    assert "approved" in json.loads(capsys.readouterr().out)
    # Approvals exist but are not signed yet: the tables leave, no quote does.
    assert run("outcome", "--config", cfg, "--json") == 0
    unsigned = json.loads(capsys.readouterr().out)
    assert unsigned["quotes"] == 0 and "not signed" in unsigned["quotes_note"]
    assert (study / "results/outcome/quotes.csv").read_text().count("\n") == 1  # header only
    assert run("quotes", "sign", approvals, "--key", str(study / "reviewer.key"), "--json") == 0
    assert json.loads(capsys.readouterr().out)["signature"] == approvals + ".minisig"
    assert run("quotes", "check", "--config", cfg) == 0
    assert run("outcome", "--config", cfg) == 0
    released = (study / "results/outcome/quotes.csv").read_text()
    assert "Chaplaincy officer" in released and "Dr R" in released
    assert "INT-001" not in released and reason not in released  # no document id, no reason
    checks = json.loads((study / "results/outcome/checks.json").read_text())
    assert checks["quote_release"]["approved_flagged_with_reason"] == 1


def test_when_quotes_sign_is_given_the_study_then_it_signs_its_approvals_and_checks_the_key(
    study, capsys, monkeypatch
):
    """attack18 G8: `quotes sign` took no -c, and nothing said the configured key was missing."""
    from sealflow.seal.minisign_keys import MinisignSecretKey

    reviewer = MinisignSecretKey.generate()
    (study / "reviewer.key").write_text(reviewer.encode_file())
    (study / "reviewer.minisign.pub").write_text(reviewer.public.encode_file())
    config = yaml.safe_load((study / "config.yaml").read_text())
    config["outcome"]["quotes"]["reviewer_public_key"] = "reviewer.minisign.pub"
    (study / "config.yaml").write_text(yaml.safe_dump(config))
    cfg, key = str(study / "config.yaml"), str(study / "reviewer.key")
    reason = "Chaplaincy posts are listed in the public unit directory."
    assert run("quotes", "candidates", "--config", cfg) == 0
    assert run("quotes", "approve", "INT-001-0001", "--by", "Dr R", "--reason", reason,
               "-c", cfg) == 0  # fmt: skip
    capsys.readouterr()
    assert run("quotes", "sign", "-c", cfg, "--key", key, "--json") == 0
    signed = json.loads(capsys.readouterr().out)
    approvals = study / "work/anonymise/quote_approvals.csv"
    assert signed == {"signature": f"{approvals}.minisig", "note": None}
    assert run("quotes", "check", "-c", cfg, "--json") == 0
    assert json.loads(capsys.readouterr().out)["approved"] == 1
    # The config names a key file nobody made: said on signing, naming the key and the file.
    config["outcome"]["quotes"]["reviewer_public_key"] = "reviewer.pub"
    (study / "config.yaml").write_text(yaml.safe_dump(config))
    assert run("quotes", "sign", "-c", cfg, "--key", key) == 0
    err = capsys.readouterr().err
    assert "outcome.quotes.reviewer_public_key: file not found:" in err
    assert f"{study}/reviewer.pub" in err
    # No approvals file named and no study: one usage line.
    monkeypatch.chdir(study / "work")
    monkeypatch.delenv("SEALFLOW_CONFIG", raising=False)
    assert run("quotes", "sign", "--key", key) == 2
    err = capsys.readouterr().err
    assert "name the approvals file" in err and "Traceback" not in err
