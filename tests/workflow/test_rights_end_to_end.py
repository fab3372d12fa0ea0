"""The rights beyond access and erasure, each exercised by file on a real workflow run (#13).

One synthetic study (`sealflow demo init --staff 60`) is run with snakemake as a user
would. Then, each on a person of its own: requests are opened and `sealflow status` lists
each with its one-month clock; a portability export opens with the evaluator's identity (the
controller, who answers the requester; not the provider's, their employer) as documented CSV
and JSON, the survey free text only as scrubbed; a rectification from a file reaches every
table and everything derived on the rerun, the old value gone from work/; an objection takes
the person (and their interview) out of the stages it covers and their outputs until it is
lifted.
The demo's purposes are all public task, so an objection is answered with that fact and
the person is restricted from the public-task stages while it is decided (govern/restrict.py);
the last test gives quotations a purpose of their own on legitimate interests, and an
objection then stops exactly those stages for the person.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import polars as pl
import pytest
import yaml

from sealflow.ingest.tokens import load_or_create_token_key, survey_token
from sealflow.seal.age import decrypt, load_identities

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SEALED = ("work/exchange/outgoing/", "work/exchange/received/", "work/exchange/quarantine/")
# The stages a purpose on legitimate interests covers in the last test (quotations).
QUOTATION_STAGES = ("scrub", "outcome")
NEW_TEXT = "The weekly sessions helped me more than I expected, corrected on request"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=1200)


def _snakemake(root: Path) -> None:
    ran = _run(str(BIN / "snakemake"), "--cores", "2", "--configfile", str(root / "config.yaml"))
    assert ran.returncode == 0, ran.stderr[-4000:]


def _sealflow(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    ran = _run(str(BIN / "sealflow"), *args, "--config", str(root / "config.yaml"))
    assert ran.returncode == 0, ran.stderr
    return ran


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _id_file(root: Path, pseudonymous_id: str, name: str) -> Path:
    path = root / "work/requests" / f"{name}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(pseudonymous_id + "\n")
    return path


def _open(root: Path, right: str, id_file: Path, received: dt.date | None = None) -> dict:
    when = ["--received", received.isoformat()] if received else []
    opened = _sealflow(root, "request", "open", "--right", right, "--id-file", str(id_file), *when)
    return json.loads(opened.stdout)


def _open_requests(root: Path) -> dict[str, dict]:
    status = json.loads(_sealflow(root, "status", "--json").stdout)
    return {r["id"]: r for r in status["pending"]["requests"]}


def _linked_ids(root: Path) -> list[str]:
    return sorted(pl.read_parquet(root / "work/link/linked.parquet")["pseudonymous_id"].to_list())


def _held(root: Path, pseudonymous_id: str) -> dict[str, int]:
    """Rows about the person in every workspace table keyed by pseudonymous ID."""
    held = {}
    for path in sorted((root / "work").rglob("*.parquet")):
        frame = pl.read_parquet(path)
        if "pseudonymous_id" in frame.columns:
            rows = frame.filter(pl.col("pseudonymous_id") == pseudonymous_id).height
            held[str(path.relative_to(root))] = rows
    return held


def _texts(path: Path) -> str:
    """What a file holds, as text: parquet cells one per line, zip members, or its bytes."""
    if path.suffix == ".parquet":
        frame = pl.read_parquet(path).select(pl.all().cast(pl.String))
        return "\n".join(str(v) for column in frame.columns for v in frame[column].to_list())
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return "\n".join(
                archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
            )
    return path.read_bytes().decode("utf-8", "replace")


def _where(root: Path, value: str) -> list[str]:
    """The files under work/ (outside sealed ciphertext) that hold ``value``."""
    return [
        str(path.relative_to(root))
        for path in sorted((root / "work").rglob("*"))
        if path.is_file()
        and not str(path.relative_to(root)).startswith(SEALED)
        and value in _texts(path)
    ]


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("rights") / "study"
    made = _run(str(BIN / "sealflow"), "demo", "init", str(root), "--staff", "60")
    assert made.returncode == 0, made.stderr
    _snakemake(root)
    return root


def test_when_requests_are_opened_then_status_lists_each_with_its_one_month_clock(study):
    people = _linked_ids(study)[:3]
    today = dt.datetime.now(dt.UTC).date()
    received = {
        "objection": today,
        "rectification": today - dt.timedelta(days=10),
        "portability": today - dt.timedelta(days=45),  # past its month: overdue
    }
    opened = {
        right: _open(study, right, _id_file(study, pid, f"status-{right}"), when)
        for (right, when), pid in zip(received.items(), people, strict=True)
    }
    listed = _open_requests(study)
    for right, request in opened.items():
        clock = listed[request["id"]]
        assert clock["right"] == right
        assert clock["received"] == received[right].isoformat()
        due = dt.date.fromisoformat(clock["due"])
        assert due.day in {received[right].day, 28, 29, 30, 31}  # the calendar month
        assert 28 <= (due - received[right]).days <= 31
        assert clock["days_left"] == (due - today).days
    assert listed[opened["objection"]["id"]]["clock"] == "running"
    assert listed[opened["portability"]["id"]]["clock"] == "overdue"
    text = _sealflow(study, "status").stdout
    for right, request in opened.items():
        assert f"request {request['id']} ({right}): due" in text
    # Extended by two months with a reason; a closed request leaves the list.
    extended = opened["portability"]["id"]
    _sealflow(study, "request", "extend", extended, "--reason", "complex: several sources")
    _sealflow(study, "request", "close", opened["rectification"]["id"], "--outcome", "done")
    listed = _open_requests(study)
    assert listed[extended]["extended"] and listed[extended]["clock"] == "running"
    assert opened["rectification"]["id"] not in listed
    everything = text + json.dumps(listed)
    assert not any(pid in everything for pid in people)


def test_when_a_portability_request_is_answered_then_the_evaluator_opens_documented_csv_and_json(
    study, tmp_path
):
    target = _linked_ids(study)[-1]
    token = survey_token(load_or_create_token_key(study / "work/keys/survey_token.key"), target)
    id_file = _id_file(study, target, "portability")
    request = _open(study, "portability", id_file)
    exported = _sealflow(study, "request", "portability", "--id-file", str(id_file),
                         "--out", str(tmp_path), "--request", request["id"])  # fmt: skip
    result = json.loads(exported.stdout)
    assert target not in exported.stdout + exported.stderr
    assert request["id"] not in _open_requests(study)  # answered: closed with its outcome
    assert result["to"] == "evaluator"
    plain = io.BytesIO()
    identity = load_identities(study / "work/keys/evaluator/evaluator.age")
    with open(result["sealed"], "rb") as fh:
        decrypt(fh, plain, identity)
    archive = zipfile.ZipFile(plain)
    employer = load_identities(study / "parties/provider/keys/provider.age")
    with (
        open(result["sealed"], "rb") as fh,
        pytest.raises(Exception, match=r"(?i)no identity|matched"),
    ):
        decrypt(fh, io.BytesIO(), employer)
    manifest = json.loads(archive.read("manifest.json"))
    assert {"linked", "survey", "admin", "survey_scrubbed"} <= set(manifest["rows_per_table"])
    # Free text as the scrub stage left it; as received, ingested and linked: withheld.
    scrubbed = pl.read_parquet(study / "work/scrub/survey_scrubbed.parquet").filter(
        pl.col("pseudonymous_id") == target
    )
    free_text = [c for c in scrubbed.columns if c.startswith("ft_")]
    (theirs,) = json.loads(archive.read("json/survey_scrubbed.json"))
    assert [theirs[c] for c in free_text] == [scrubbed[c].item() for c in free_text]
    assert {"received_survey_export", "survey", "linked"} <= set(manifest["withheld_free_text"])
    for table in ("received_survey_export", "survey", "linked"):
        for row in json.loads(archive.read(f"json/{table}.json")):
            assert all(row[c] is None or row[c].startswith("[withheld") for c in free_text)
    assert set(manifest["formats"]) == {"csv", "json", "dictionary"}
    dictionary = list(csv.DictReader(io.StringIO(archive.read("data_dictionary.csv").decode())))
    assert dictionary == json.loads(archive.read("data_dictionary.json"))
    described = {(d["table"], d["column"]) for d in dictionary if d["description"].strip()}
    for table, rows in manifest["rows_per_table"].items():
        as_csv = pl.read_csv(archive.read(f"csv/{table}.csv"), infer_schema=False)
        as_json = json.loads(archive.read(f"json/{table}.json"))
        assert as_csv.height == len(as_json) == rows
        assert as_csv.columns == list(as_json[0])
        assert {(table, column) for column in as_csv.columns} <= described
        key = "pseudonymous_id" if "pseudonymous_id" in as_csv.columns else "survey_token"
        assert as_csv[key].to_list() == [row[key] for row in as_json]
        assert set(as_csv[key]) == {target if key == "pseudonymous_id" else token}


def test_when_a_value_is_rectified_by_file_then_the_rerun_carries_it_everywhere_and_the_old_is_gone(
    study,
):
    key = load_or_create_token_key(study / "work/keys/survey_token.key")
    interviewees = {row["pseudonymous_id"] for row in _rows(study / "work/interviews.csv")}
    answers = _rows(study / "work/received/survey/survey_export.csv")
    export_text = (study / "work/received/survey/survey_export.csv").read_text()
    # A person's own free text (in no one else's answer), not an interviewee's.
    target, column, old = next(
        (pid, column, row[column])
        for pid in _linked_ids(study)[1:-1]
        if pid not in interviewees
        for row in answers
        if row["survey_token"] == survey_token(key, pid)
        for column in sorted(row)
        if column.startswith("ft_") and len(row[column]) >= 40 and '"' not in row[column]
        and export_text.count(row[column]) == 1
    )  # fmt: skip
    scrubbed = pl.read_parquet(study / "work/scrub/survey_scrubbed.parquet")
    old_scrubbed = scrubbed.filter(pl.col("pseudonymous_id") == target)[column].item()
    assert _where(study, old) and _where(study, old_scrubbed)  # there before
    corrections = study / "work/requests/corrections.csv"
    corrections.write_text(f'column,value\n{column},"{NEW_TEXT}"\n')
    id_file = _id_file(study, target, "rectify")
    request = _open(study, "rectification", id_file)
    rectified = _sealflow(study, "request", "rectify", "--id-file", str(id_file),
                          "--corrections", str(corrections),
                          "--request", request["id"])  # fmt: skip
    assert {"received_survey_export", "survey", "linked"} <= set(
        json.loads(rectified.stdout)["tables"]
    )
    assert target not in rectified.stdout + rectified.stderr and old not in rectified.stdout
    _snakemake(study)
    assert _where(study, old) == [] and _where(study, old_scrubbed) == []
    # The corrected text reached the received file, the ingested and scrubbed survey, and
    # everything made from them on the rerun.
    holding = set(_where(study, NEW_TEXT))
    assert {
        "work/received/survey/survey_export.csv",
        "work/ingest/survey.parquet",
        "work/scrub/survey_scrubbed.parquet",
        "work/link/linked.parquet",
    } <= holding, holding
    scrubbed = pl.read_parquet(study / "work/scrub/survey_scrubbed.parquet")
    assert scrubbed.filter(pl.col("pseudonymous_id") == target)[column].item() == NEW_TEXT
    assert request["id"] not in _open_requests(study)
    audit = (study / "work/audit/audit.jsonl").read_text()
    assert '"purpose": "rectification"' in audit and old not in audit and target not in audit


def test_when_an_interviewee_objects_then_they_leave_the_stages_and_outputs_until_lifted(study):
    interviews = {
        row["pseudonymous_id"]: row["doc_id"] for row in _rows(study / "work/interviews.csv")
    }
    target = sorted(set(interviews) & set(_linked_ids(study)))[0]
    interview = interviews[target]
    assert list((study / "work/scrub/transcripts").glob(f"{interview}.*"))
    before = _held(study, target)
    assert before["work/link/linked.parquet"] == 1
    id_file = _id_file(study, target, "object")
    request = _open(study, "objection", id_file)
    objected = _sealflow(study, "request", "object", "--id-file", str(id_file),
                         "--request", request["id"])  # fmt: skip
    answer = json.loads(objected.stdout)
    assert target not in objected.stdout + objected.stderr
    assert "legitimate interests" in answer["answer"] and "scrub" in answer["stages"]
    assert request["id"] not in _open_requests(study)
    _snakemake(study)
    # Out of the tables the stages make, their interview out of the scrub and every later
    # stage (no quote candidate), counted and never named; the received data kept.
    held = _held(study, target)
    assert held["work/link/linked.parquet"] == 0
    assert held["work/ingest/admin.parquet"] == held["work/ingest/roster.parquet"] == 0
    assert not list((study / "work/scrub/transcripts").glob(f"{interview}.*"))
    summary = (study / "results/scrub/transcripts_summary.json").read_text()
    assert json.loads(summary)["documents_left_out"] == 1 and interview not in summary
    candidates = study / "work/anonymise/quote_candidates.csv"
    assert interview not in {r["document_id"] for r in _rows(candidates)}
    assert list((study / "work/received/vendor/transcripts").rglob(f"{interview}.*"))
    provider = (study / "work/received/provider/admin_extract.csv").read_text()
    assert target in provider
    for folder in ("results", "logs"):
        for path in (study / folder).rglob("*"):
            assert not path.is_file() or target.encode() not in path.read_bytes(), path
    # Lifted: the next run processes them again.
    _sealflow(study, "request", "lift", "--id-file", str(id_file))
    _snakemake(study)
    assert _held(study, target)["work/link/linked.parquet"] == 1
    assert list((study / "work/scrub/transcripts").glob(f"{interview}.*"))
    summary = json.loads((study / "results/scrub/transcripts_summary.json").read_text())
    assert summary["documents_left_out"] == 0


def test_when_quotations_rest_on_legitimate_interests_then_an_objection_stops_those_stages(study):
    config_file = study / "config.yaml"
    config = yaml.safe_load(config_file.read_text())
    evaluation = config["purposes"][0]
    evaluation["stages"] = [s for s in evaluation["stages"] if s not in QUOTATION_STAGES]
    config["purposes"].append(
        {
            "id": "quotations",
            "description": "Quote interviewees' own words in the findings.",
            "lawful_basis": "legitimate_interests",
            "special_category_condition": evaluation["special_category_condition"],
            "data_subjects": ["interviewees"],
            "stages": list(QUOTATION_STAGES),
        }
    )
    config_file.write_text(yaml.safe_dump(config, sort_keys=False))
    interviews = {r["pseudonymous_id"]: r["doc_id"] for r in _rows(study / "work/interviews.csv")}
    quoted = {r["document_id"] for r in _rows(study / "work/anonymise/quote_candidates.csv")}
    target = next(
        pid for pid in sorted(set(interviews) & set(_linked_ids(study)))[1:]
        if interviews[pid] in quoted
    )  # fmt: skip
    interview = interviews[target]
    objected = _sealflow(study, "request", "object", "--id-file",
                         str(_id_file(study, target, "object-interests")))  # fmt: skip
    answer = json.loads(objected.stdout)
    assert answer["stages"] == list(QUOTATION_STAGES)
    assert "quotations (legitimate interests) stopped" in answer["answer"]
    _snakemake(study)
    assert not list((study / "work/scrub/transcripts").glob(f"{interview}.*"))
    assert interview not in {
        r["document_id"] for r in _rows(study / "work/anonymise/quote_candidates.csv")
    }
    assert quoted - {interview} <= {
        r["document_id"] for r in _rows(study / "work/anonymise/quote_candidates.csv")
    }  # the others are still quoted
    assert list((study / "work/received/vendor/transcripts").rglob(f"{interview}.*"))
    for folder in ("results", "logs"):
        for path in (study / folder).rglob("*"):
            assert not path.is_file() or target.encode() not in path.read_bytes(), path
