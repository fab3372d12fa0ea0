"""The outcome pack: tables, checks and approved quotes together, or nothing on a bad signature."""

from __future__ import annotations

import csv
import json

import pytest

from sealflow.errors import ConfigError, SignatureError
from sealflow.sdc.outcome_pack import approval_inputs, run_outcome
from sealflow.sdc.quotes import CANDIDATE_COLUMNS, write_candidates
from sealflow.seal.minisign import sign_file
from sealflow.seal.minisign_keys import MinisignSecretKey

from .synthetic import linked_table, outcome_section

QUOTE = "The sessions helped me sleep better and talk to my family again after a long time."


@pytest.fixture
def pack(tmp_path):
    linked = tmp_path / "work/link/linked.parquet"
    linked.parent.mkdir(parents=True)
    linked_table(300, 41).write_parquet(linked)
    transcripts = tmp_path / "work/scrub/transcripts"
    transcripts.mkdir(parents=True)
    (transcripts / "INT-001.txt").write_text(f"Participant: {QUOTE}\n", encoding="utf-8")
    candidates = tmp_path / "work/anonymise/quote_candidates.csv"
    write_candidates(transcripts, linked, candidates, k=10, min_words=12, max_words=120)
    reviewer = MinisignSecretKey.generate()
    (tmp_path / "reviewer.key").write_text(reviewer.encode_file())
    outcome = {
        "tables": [{"name": "by_group", "dimensions": ["programme_group"], "value": "wb_1"}],
        "quotes": {
            "candidates": "work/anonymise/quote_candidates.csv",
            "approvals": "work/anonymise/quote_approvals.csv",
            "reviewer_public_key": reviewer.public.encode_line(),
        },
    }
    return tmp_path, outcome, candidates


def approve_all(candidates, approvals):
    with open(candidates, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["approved_by"], row["approved_at"] = "Reviewer B", "2026-11-25T10:00:00Z"
    with open(approvals, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, CANDIDATE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def outputs(root):
    return (
        root / "work/link/linked.parquet",
        root / "results/outcome",
        root / "results/outcome/checks.json",
        root / "results/outcome/quotes.csv",
    )


def test_when_no_approvals_yet_then_tables_leave_and_quotes_file_is_empty(pack):
    root, outcome, _ = pack
    summary = run_outcome(outcome_section(outcome, root), root, *outputs(root))
    assert summary["quotes"] == 0 and "no approvals file yet" in summary["quotes_note"]
    checks = json.loads((root / "results/outcome/checks.json").read_text())
    assert checks["quote_release"] == {
        "candidates": 1,
        "flagged": 0,
        "approved": 0,
        "approved_flagged_with_reason": 0,
        "withheld_flagged_without_reason": 0,
        "withheld_interviewee_left_out": 0,
        "withheld_changed_since_approval": 0,
        "released": 0,
    }
    assert (root / "results/outcome/by_group.csv").is_file()
    assert (root / "results/outcome/quotes.csv").read_text() == ("quote,approved_by,approved_at\n")


def test_when_approvals_signed_by_reviewer_then_quotes_leave(pack):
    root, outcome, candidates = pack
    approvals = root / "work/anonymise/quote_approvals.csv"
    approve_all(candidates, approvals)
    sign_file(approvals, root / "reviewer.key")
    assert run_outcome(outcome_section(outcome, root), root, *outputs(root))["quotes"] == 1
    assert QUOTE in (root / "results/outcome/quotes.csv").read_text()


def test_when_approvals_signature_fails_then_nothing_is_written(pack):
    root, outcome, candidates = pack
    approvals = root / "work/anonymise/quote_approvals.csv"
    approve_all(candidates, approvals)
    other = root / "other.key"
    other.write_text(MinisignSecretKey.generate().encode_file())
    sign_file(approvals, other)
    with pytest.raises(SignatureError, match="not by the expected key"):
        run_outcome(outcome_section(outcome, root), root, *outputs(root))
    assert not (root / "results").exists()


def test_when_approvals_exist_without_reviewer_key_then_config_error(pack):
    root, outcome, candidates = pack
    approve_all(candidates, root / "work/anonymise/quote_approvals.csv")
    del outcome["quotes"]["reviewer_public_key"]
    with pytest.raises(ConfigError, match=r"outcome\.quotes\.reviewer_public_key"):
        run_outcome(outcome_section(outcome, root), root, *outputs(root))


@pytest.mark.parametrize(
    ("files", "candidates", "expected"),
    [
        ([], True, []),
        (["a.csv"], True, ["a.csv", "c.csv"]),
        (["a.csv", "a.csv.minisig"], True, ["a.csv", "c.csv", "a.csv.minisig"]),
        (["a.csv", "a.csv.minisig"], False, ["a.csv", "a.csv.minisig"]),
    ],
)
def test_when_approvals_are_or_are_not_signed_then_the_outcome_rule_waits_only_for_what_exists(
    tmp_path, monkeypatch, files, candidates, expected
):
    monkeypatch.chdir(tmp_path)
    for name in files:
        (tmp_path / name).write_text("x\n")
    quotes = {"approvals": "a.csv", "candidates": "c.csv"}
    assert approval_inputs(quotes, candidates) == expected


@pytest.mark.parametrize(
    ("signed", "key", "expected"),
    [
        (False, "k.pub", ["a.csv"]),
        (True, "k.pub", ["a.csv", "a.csv.minisig", "k.pub"]),
        (True, "the RW... key", ["a.csv", "a.csv.minisig"]),
    ],
)
def test_when_approvals_are_signed_then_the_reviewer_key_file_is_an_input(
    tmp_path, monkeypatch, signed, key, expected
):
    """A missing key file stops the workflow before the outcome job removes its outputs."""
    from sealflow.seal.minisign import sign_file
    from sealflow.seal.minisign_keys import MinisignSecretKey

    monkeypatch.chdir(tmp_path)
    reviewer = MinisignSecretKey.generate()
    (tmp_path / "reviewer.key").write_text(reviewer.encode_file())
    (tmp_path / "a.csv").write_text("quote_id\n")
    if signed:
        sign_file(tmp_path / "a.csv", tmp_path / "reviewer.key")
    key = reviewer.public.encode_line() if key == "the RW... key" else key
    quotes = {"approvals": "a.csv", "reviewer_public_key": key}
    assert approval_inputs(quotes, False) == expected


def test_when_signed_approvals_do_not_verify_then_the_workflow_stops_before_the_job(
    tmp_path, monkeypatch
):
    """attack18 G8: the outcome job failed after Snakemake had removed results/outcome/."""
    from sealflow.seal.minisign import sign_file
    from sealflow.seal.minisign_keys import MinisignSecretKey

    monkeypatch.chdir(tmp_path)
    signer, expected = MinisignSecretKey.generate(), MinisignSecretKey.generate()
    (tmp_path / "signer.key").write_text(signer.encode_file())
    (tmp_path / "k.pub").write_text(expected.public.encode_file())
    (tmp_path / "a.csv").write_text("quote_id\n")
    sign_file(tmp_path / "a.csv", tmp_path / "signer.key")
    quotes = {"approvals": "a.csv", "reviewer_public_key": "k.pub"}
    with pytest.raises(SignatureError, match=r"results/outcome/ is as it was"):
        approval_inputs(quotes, False)
    (tmp_path / "k.pub").write_text(signer.public.encode_file())
    assert approval_inputs(quotes, False) == ["a.csv", "a.csv.minisig", "k.pub"]
