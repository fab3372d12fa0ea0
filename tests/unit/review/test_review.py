from __future__ import annotations

import csv
import json
import stat
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.errors import InputSchemaError
from sealflow.review import decisions as dec
from sealflow.review.marks import pieces
from sealflow.review.page import ReviewSources, build_page

ORDINARY = frozenset({"the", "army", "was", "fine", "spoke", "to", "at", "call", "did", "it"})


def _marked(text: str) -> dict[str, str]:
    return {p.text: p.label for p in pieces(text, ORDINARY) if p.kind != "text"}


@pytest.mark.parametrize(
    "text, word, why",
    [
        ("I spoke to [PERSON-1] Smith at the base", "Smith", "beside a placeholder"),
        ("I spoke to [PERSON-1] at Catterick", "Catterick", "capitalised, not in the dictionary"),
        ("call 07700 900123 now", "07700 900123", "digits"),
        ("call oh seven seven double two", "seven", "number words"),
        ("The Army was fine", "[PERSON-1]", None),
    ],
)
def test_when_text_is_marked_then_likely_misses_are_flagged_with_the_reason(text, word, why):
    marked = _marked(text)
    if why is None:
        assert "Army" not in marked and "The" not in marked
    else:
        assert marked[word] == why
    assert all(p.label for p in pieces(text, ORDINARY) if p.kind == "placeholder")


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from("ab CD[]-_1 ,.'PERSON"), max_size=80))
def test_when_any_text_is_split_into_pieces_then_joining_them_gives_it_back(text):
    assert "".join(p.text for p in pieces(text, ORDINARY)) == text


def _decisions(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc))
    return path


GOOD = {
    "format": dec.FORMAT,
    "words": [
        {"word": "Catterick", "action": "replace", "type": "BASE"},
        {"word": "juggle", "action": "keep"},
    ],
    "quotes": [
        {"quote_id": "Q1", "decision": "approve", "reason": "nothing identifying"},
        {"quote_id": "Q2", "decision": "reject", "reason": "names a base"},
    ],
}


@pytest.mark.parametrize(
    "patch, field",
    [
        ({"format": "other"}, "field format"),
        ({"words": [{"word": "x", "action": "delete"}]}, r"words\[0\]\.action"),
        ({"words": [{"word": "x", "action": "replace"}]}, r"words\[0\]\.type"),
        ({"words": [{"word": " ", "action": "keep"}]}, r"words\[0\]\.word"),
        ({"quotes": [{"quote_id": "Q1", "decision": "reject"}]}, r"quotes\[0\]\.reason"),
        ({"quotes": [{"quote_id": "Q1", "decision": "maybe"}]}, r"quotes\[0\]\.decision"),
        ({"quotes": {}}, "must be lists"),
    ],
)
def test_when_a_decisions_file_is_wrong_then_one_error_names_the_field(tmp_path, patch, field):
    with pytest.raises(InputSchemaError, match=field):
        dec.parse(_decisions(tmp_path, {**GOOD, **patch}))


def test_when_a_decisions_file_is_not_json_then_the_error_names_the_file(tmp_path):
    path = tmp_path / "d.json"
    path.write_text("{nope")
    with pytest.raises(InputSchemaError, match=r"d\.json: not valid JSON"):
        dec.parse(path)


def test_when_words_are_applied_then_deny_and_allow_lists_change_and_keep_what_they_had(tmp_path):
    base_deny, base_allow = tmp_path / "base_deny.yaml", tmp_path / "base_allow.yaml"
    base_deny.write_text(yaml.safe_dump({"deny": {"PERSON": ["Known"], "BASE": ["juggle"]}}))
    base_allow.write_text(yaml.safe_dump({"allow": ["Catterick", "Army"]}))
    deny, allow = tmp_path / "review/deny.yaml", tmp_path / "review/allow.yaml"
    dec.apply_words(dec.parse(_decisions(tmp_path, GOOD)), deny, allow, base_deny, base_allow)
    denied = yaml.safe_load(deny.read_text())["deny"]
    allowed = yaml.safe_load(allow.read_text())["allow"]
    assert denied == {"PERSON": ["Known"], "BASE": ["Catterick"]}
    assert allowed == ["Army", "juggle"]
    assert stat.S_IMODE(deny.stat().st_mode) == 0o600


def _candidates(path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["document_id", "quote_id", "quote_sha256", "quote", "leakage_flag",
             "leakage_reason", "approved_by", "approved_at", "approval_reason"]
        )  # fmt: skip
        for qid in ("Q1", "Q2", "Q3"):
            writer.writerow(["INT-1", qid, "0" * 64, f"quote {qid}", "no", "", "", "", ""])


def test_when_quotes_are_applied_then_approved_are_marked_and_rejected_lose_approval(tmp_path):
    candidates, approvals = tmp_path / "c.csv", tmp_path / "a.csv"
    _candidates(candidates)
    first = {**GOOD, "quotes": [{"quote_id": "Q2", "decision": "approve", "reason": ""}]}
    dec.apply_quotes(dec.parse(_decisions(tmp_path, first)), candidates, approvals, "Rev")
    dec.apply_quotes(dec.parse(_decisions(tmp_path, GOOD)), candidates, approvals, "Rev")
    with open(approvals, encoding="utf-8", newline="") as fh:
        rows = {r["quote_id"]: r for r in csv.DictReader(fh)}
    assert rows["Q1"]["approved_by"] == "Rev"
    assert rows["Q2"]["approved_by"] == "" and rows["Q3"]["approved_by"] == ""


def test_when_decisions_are_counted_then_results_hold_counts_and_no_word(tmp_path):
    out = tmp_path / "results/review/decisions.json"
    parsed = dec.parse(_decisions(tmp_path, GOOD))
    dec.add_counts(out, parsed, "ABCD")
    record = dec.add_counts(out, parsed, "ABCD")
    assert record["counts"] == {
        "words_replace": 2, "words_keep": 2, "quotes_approve": 2, "quotes_reject": 2,
    }  # fmt: skip
    text = out.read_text()
    assert "Catterick" not in text and "juggle" not in text and "Q1" not in text


def test_when_the_page_is_built_then_it_is_private_self_contained_and_marks_text(tmp_path):
    transcripts = tmp_path / "work/scrub/transcripts"
    transcripts.mkdir(parents=True)
    (transcripts / "INT-001.txt").write_text("I spoke to [PERSON-1] Smith at Catterick.\n")
    candidates = tmp_path / "c.csv"
    _candidates(candidates)
    out = tmp_path / "work/review/review.html"
    sources = ReviewSources(transcripts, tmp_path / "absent.parquet", ("ft_x",), candidates)
    counts = build_page(sources, "Study <b>", "study-id", out)
    html = out.read_text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    assert counts["documents"] == 1 and counts["quotes"] == 3 and counts["placeholders"] == 1
    assert 'class="ph ph-PERSON">[PERSON-1]</span>' in html
    assert 'data-word="Smith"' in html and 'data-word="Catterick"' in html
    assert "Study &lt;b&gt;" in html
    assert "<script src" not in html and "http://" not in html and "https://" not in html


def test_when_a_word_was_kept_before_then_it_is_not_marked():
    text = "I spoke to [PERSON-1] Smith at Catterick"
    kept = {p.text for p in pieces(text, ORDINARY, frozenset({"smith"})) if p.kind == "check"}
    assert kept == {"Catterick"}
