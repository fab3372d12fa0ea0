"""`sealflow review` and `sealflow review apply` on a demo study (its evaluator keys)."""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path

import pytest
import yaml

from sealflow.cli import main
from sealflow.seal.minisign import verify_file


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("review") / "study"
    main(["demo", "init", str(root), "--staff", "60"])
    transcripts = root / "work/scrub/transcripts"
    transcripts.mkdir(parents=True, exist_ok=True)
    (transcripts / "INT-001.txt").write_text("P1: I met [PERSON-1] Smith at Catterick.\n")
    config = yaml.safe_load((root / "config.yaml").read_text())
    candidates = root / config["outcome"]["quotes"]["candidates"]
    candidates.parent.mkdir(parents=True, exist_ok=True)
    with open(candidates, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["document_id", "quote_id", "quote_sha256", "quote", "leakage_flag",
             "leakage_reason", "approved_by", "approved_at", "approval_reason"]
        )  # fmt: skip
        for qid in ("INT-001-0001", "INT-001-0002"):
            writer.writerow(["INT-001", qid, "0" * 64, f"words of {qid}", "no", "", "", "", ""])
    return root


def _decisions(tmp_path: Path) -> Path:
    path = tmp_path / "review-decisions.json"
    path.write_text(
        json.dumps(
            {
                "format": "sealflow-review-decisions/1",
                "words": [{"word": "Catterick", "action": "replace", "type": "BASE"}],
                "quotes": [
                    {"quote_id": "INT-001-0001", "decision": "approve", "reason": "generic"},
                    {"quote_id": "INT-001-0002", "decision": "reject", "reason": "names a base"},
                ],
            }
        )
    )
    return path


def test_when_review_runs_then_the_page_is_in_the_workspace_and_private(study):
    main(["review", "--config", str(study / "config.yaml")])
    page = study / "work/review/review.html"
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    assert 'data-word="Catterick"' in page.read_text()


def test_when_approving_quotes_without_a_name_then_one_error_says_to_give_it(
    study, tmp_path, capsys
):
    with pytest.raises(SystemExit) as exited:
        main(["review", "apply", str(_decisions(tmp_path)), "--config", str(study / "config.yaml")])
    assert exited.value.code == 1
    assert "--by NAME" in capsys.readouterr().err


def test_when_decisions_are_applied_then_they_are_signed_applied_and_counted(
    study, tmp_path, capsys
):
    capsys.readouterr()
    main(
        ["review", "apply", str(_decisions(tmp_path)), "--by", "A Reviewer",
         "--config", str(study / "config.yaml"), "--json"]
    )  # fmt: skip
    printed = capsys.readouterr()
    shown = json.loads(printed.out)
    assert "Catterick" not in printed.out + printed.err  # stderr: notes only
    assert shown["lists"]["deny_list"] == "work/review/deny_list.yaml"
    review = study / "work/review"
    kept = sorted(review.glob("decisions-*.json"))
    assert len(kept) == 1
    verify_file(kept[0], study / "work/keys/evaluator/evaluator.minisign.pub")
    deny = yaml.safe_load((review / "deny_list.yaml").read_text())["deny"]
    assert "Catterick" in deny["BASE"]
    config = yaml.safe_load((study / "config.yaml").read_text())
    approvals = study / config["outcome"]["quotes"]["approvals"]
    verify_file(approvals, study / "work/keys/evaluator/evaluator.minisign.pub")
    with open(approvals, encoding="utf-8", newline="") as fh:
        approved = {r["quote_id"]: r["approved_by"] for r in csv.DictReader(fh)}
    assert approved == {"INT-001-0001": "A Reviewer", "INT-001-0002": ""}
    counts = json.loads((study / "results/review/decisions.json").read_text())["counts"]
    assert counts == {"words_replace": 1, "words_keep": 0, "quotes_approve": 1, "quotes_reject": 1}
    assert "Catterick" not in (study / "results/review/decisions.json").read_text()


def test_when_decisions_belong_to_another_study_then_apply_refuses(study, tmp_path, capsys):
    path = _decisions(tmp_path)
    path.write_text(json.dumps({**json.loads(path.read_text()), "study": "other-study"}))
    with pytest.raises(SystemExit) as exited:
        main(["review", "apply", str(path), "--by", "R", "--config", str(study / "config.yaml")])
    assert exited.value.code == 1
    assert "other-study" in capsys.readouterr().err


def test_when_a_word_was_kept_then_the_next_page_does_not_mark_it_again(study, tmp_path):
    config = str(study / "config.yaml")
    page = study / "work/review/review.html"
    main(["review", "--config", config])
    assert 'data-word="Smith"' in page.read_text()
    path = tmp_path / "keep.json"
    path.write_text(
        json.dumps(
            {"format": "sealflow-review-decisions/1",
             "words": [{"word": "Smith", "action": "keep"}], "quotes": []}
        )
    )  # fmt: skip
    main(["review", "apply", str(path), "--config", config])
    main(["review", "--config", config])
    assert 'data-word="Smith"' not in page.read_text()
    assert 'data-word="Catterick"' in page.read_text()
