"""Quotes through the interview map: a quote leads to its interview, and the map to a person.

So an interviewee who withdrew, was erased, is restricted or objected is quoted nowhere:
no candidate is taken from their interview, an approval of theirs releases nothing, an
erasure takes their approved quotes out (and the signature that covered them), and a
subject access export lists their quotes.
"""

from __future__ import annotations

import csv
import json
import zipfile

import polars as pl
import pytest

from sealflow.cli import main
from sealflow.config import load_config
from sealflow.govern.quotable import left_out_documents, quote_scope, scope_files, scrub_scope
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.restricted import FIELDS, restricted_path
from sealflow.seal.minisign_keys import MinisignSecretKey
from sealflow.workspace import StudyPaths

SENTENCE = (
    "the programme gave me {} quiet hours each week to think about how the team "
    "was working and what we could change"
)


def _settings(governed) -> GovernSettings:
    return GovernSettings.from_config(load_config(governed.config_file))


def _write_map(governed, people: dict[str, str]) -> None:
    lines = "".join(f"{doc},{pid},invited\n" for doc, pid in people.items())
    (governed.work / "interviews.csv").write_text("doc_id,pseudonymous_id,status\n" + lines)


def _restrict_line(governed, pid: str, right: str, stages: str) -> None:
    withdrawals = StudyPaths.from_settings(_settings(governed).study).inputs["withdrawals"]
    path = restricted_path(withdrawals)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, FIELDS)
        writer.writeheader()
        writer.writerow(
            {"pseudonymous_id": pid, "right": right, "since": "2026-12-01", "stages": stages}
        )


def _withdraw(governed, pid: str) -> None:
    withdrawals = StudyPaths.from_settings(_settings(governed).study).inputs["withdrawals"]
    with open(withdrawals, "a", encoding="utf-8") as fh:
        fh.write(f"{pid},2026-12-01\n")


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        ("withdrawn", "withdrawn"),
        ("erased", "withdrawn"),
        ("restriction", "restriction"),
        ("objection to outcome", "objection"),
        ("objection to links only", None),
        ("consent refused", "consent_refused"),  # attack19 H1: a later submission says no
        ("no longer eligible, still consenting", None),  # e.g. no longer agrees to contact
        ("nothing", None),
    ],
)
def test_when_the_interviewee_exercised_a_right_then_their_interview_is_left_out_or_not(
    governed, right, expected
):
    target, other = governed.tiny.ids[2], governed.tiny.ids[3]
    if right.startswith(("consent refused", "no longer eligible")):
        target = governed.tiny.ids[1]  # consented in the survey (ids[2] declined)
    _write_map(governed, {"interview-aaaaaaaaaaaa": target, "interview-bbbbbbbbbbbb": other})
    if right == "withdrawn":
        _withdraw(governed, target)
    elif right == "erased":  # the map lost their row; the withdrawn documents list keeps it
        _write_map(governed, {"interview-bbbbbbbbbbbb": other})
        (governed.work / "withdrawn_documents.csv").write_text(
            "doc_id,withdrawn_on\ninterview-aaaaaaaaaaaa,2026-12-01\n"
        )
    elif right == "restriction":
        _restrict_line(governed, target, "restriction", "ingest scrub link outcome")
    elif right == "objection to outcome":
        _restrict_line(governed, target, "objection", "link anonymise outcome")
    elif right == "objection to links only":
        _restrict_line(governed, target, "objection", "links")
    elif right.startswith(("consent refused", "no longer eligible")):
        text = (governed.work / "interviews.csv").read_text()
        (governed.work / "interviews.csv").write_text(
            text.replace(f"{target},invited", f"{target},no_longer_eligible")
        )
        if right == "consent refused":  # ingest keeps only a consenting latest submission
            survey_path = governed.work / "ingest/survey.parquet"
            survey = pl.read_parquet(survey_path)
            survey.filter(pl.col("pseudonymous_id") != target).write_parquet(survey_path)
    left_out = left_out_documents(_settings(governed))
    assert left_out == ({"interview-aaaaaaaaaaaa": expected} if expected else {})
    assert quote_scope(load_config(governed.config_file))[1] == {
        *(["interview-aaaaaaaaaaaa"] if right != "erased" else []),
        "interview-bbbbbbbbbbbb",
    }


@pytest.mark.parametrize(
    ("right", "stages", "expected"),
    [
        ("restriction", "ingest scrub link outcome", "restriction"),
        ("objection", "ingest scrub link anonymise outcome", "objection"),
        ("objection", "link anonymise outcome", None),  # quoted nowhere, but scrubbed
        ("objection", "links", None),
    ],
)
def test_when_the_interviewee_stops_processing_then_the_transcript_scrub_leaves_them_out_or_not(
    governed, right, stages, expected
):
    target, other = governed.tiny.ids[2], governed.tiny.ids[3]
    _write_map(governed, {"interview-aaaaaaaaaaaa": target, "interview-bbbbbbbbbbbb": other})
    _restrict_line(governed, target, right, stages)
    left_out = scrub_scope(load_config(governed.config_file))
    assert left_out == ({"interview-aaaaaaaaaaaa": expected} if expected else {})


def _candidates(governed) -> list[dict[str, str]]:
    with open(governed.work / "anonymise/quote_candidates.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _released(governed) -> list[str]:
    with open(governed.root / "results/outcome/quotes.csv", encoding="utf-8") as fh:
        return [row["quote"] for row in csv.DictReader(fh)]


def test_when_interviewees_are_restricted_and_erased_then_their_quotes_leave_nowhere(
    governed, tmp_path, capsys
):
    ids = governed.tiny.ids
    people = {"interview-aaaaaaaaaaaa": ids[2], "interview-bbbbbbbbbbbb": ids[3],
              "interview-cccccccccccc": ids[4]}  # fmt: skip
    _write_map(governed, people)
    folder = governed.work / "scrub/transcripts"
    folder.mkdir(parents=True)
    words = {"interview-aaaaaaaaaaaa": "two", "interview-bbbbbbbbbbbb": "three",
             "interview-cccccccccccc": "four", "interview-dddddddddddd": "five"}  # fmt: skip
    for doc, word in words.items():  # interview-ddd... is in no map: untraceable
        (folder / f"{doc}.txt").write_text(f"Participant: {SENTENCE.format(word)}\n")
    reviewer = MinisignSecretKey.generate()
    (governed.root / "reviewer.key").write_text(reviewer.encode_file())
    public = governed.root / "parties/reviewer/keys/reviewer.minisign.pub"  # the config's
    public.parent.mkdir(parents=True)
    public.write_text(reviewer.public.encode_file())

    governed.sealflow("quotes", "candidates")
    candidates = _candidates(governed)
    assert sorted(row["document_id"] for row in candidates) == sorted(people)
    governed.sealflow("quotes", "approve", *(r["quote_id"] for r in candidates), "--by", "R",
                      "--reason", "checked")  # fmt: skip
    approvals = governed.work / "anonymise/quote_approvals.csv"
    main(["quotes", "sign", str(approvals), "--key", str(governed.root / "reviewer.key")])
    governed.sealflow("outcome")
    assert len(_released(governed)) == 3

    # A subject access export lists the interviewee's quotes (candidates and approvals).
    governed.sealflow("subject-access", "export", "--id-file",
                      str(governed.id_file(ids[4], "c.txt")), "--out", str(tmp_path))  # fmt: skip
    capsys.readouterr()
    (export,) = (governed.work / "subject_access").glob("*.zip")
    with zipfile.ZipFile(export) as archive:
        exported = archive.read("tables/quote_approvals.csv").decode()
        assert "interview-cccccccccccc" in exported and SENTENCE.format("four") in exported
        assert "interview-aaaaaaaaaaaa" not in archive.read("tables/quote_candidates.csv").decode()

    governed.sealflow("request", "restrict", "--id-file", str(governed.id_file(ids[3], "b.txt")))
    capsys.readouterr()
    governed.sealflow("outcome", "--json")
    assert "1 approved quote(s) withheld" in json.loads(capsys.readouterr().out)["quotes_note"]
    assert sorted(_released(governed)) == sorted(SENTENCE.format(w) for w in ("two", "four"))
    checks = json.loads((governed.root / "results/outcome/checks.json").read_text())
    assert checks["quote_release"]["withheld_interviewee_left_out"] == 1

    governed.sealflow("erase", "--id-file", str(governed.id_file(ids[2], "a.txt")))
    erased = json.loads(capsys.readouterr().out)
    assert erased["rows_removed"]["quote_approvals"] == 1
    assert "signs the approvals again" in erased["quote_approvals"]
    assert "interview-aaaaaaaaaaaa" not in approvals.read_text()
    assert SENTENCE.format("two") not in approvals.read_text()
    assert not approvals.with_name(approvals.name + ".minisig").exists()
    governed.sealflow("outcome")
    assert _released(governed) == []  # unsigned: nothing leaves
    main(["quotes", "sign", str(approvals), "--key", str(governed.root / "reviewer.key")])
    governed.sealflow("outcome")
    assert _released(governed) == [SENTENCE.format("four")]


@pytest.mark.parametrize(
    ("draws", "present", "expected"),
    [
        (True, [], ["work/interviews.csv"]),
        (False, [], []),
        (False, ["work/interviews.csv"], ["work/interviews.csv"]),
        (True, ["work/withdrawals.csv", "work/restricted.csv"],
         ["work/interviews.csv", "work/withdrawals.csv", "work/restricted.csv"]),
        (False, ["work/withdrawn_documents.csv"], ["work/withdrawn_documents.csv"]),
    ],
)  # fmt: skip
def test_when_the_workflow_asks_what_decides_the_quotes_then_the_map_and_existing_lists(
    tmp_path, monkeypatch, draws, present, expected
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "work").mkdir()
    for relative in present:
        (tmp_path / relative).write_text("x\n")
    config = {"inputs": {"withdrawals": "work/withdrawals.csv"}, "workspace": "work",
              **({"interviews": {"seed": 1}} if draws else {})}  # fmt: skip
    assert scope_files(config) == expected
