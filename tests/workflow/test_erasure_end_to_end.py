"""Erasure that finds everything, on a real workflow run (issues #10 and #13, done-when tests).

A synthetic study (`sealflow demo init --staff 60`) is run with snakemake. Its interviews
are those of the people the interview selection drew, named by the map's interview IDs, so
the interviewee is found through the map the workflow recorded (work/interviews.csv), never
one written by hand. The reviewer approves every candidate quote and signs; a subject
access export lists the interviewee's interview documents and quotes; they are erased by
file and snakemake runs again. Then none of their values (pseudonymous ID, survey token,
their free text, their quotes, and the identifiers planted only in their interview, from
the truth file) may be anywhere in the workspace outside sealed ciphertext, no quote of
theirs leaves, the audit log and the erasure record say what went, nothing is sent again,
and every file the workflow wrote under work/ is in the registry.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import polars as pl
import pytest

from sealflow.config import load_config
from sealflow.govern.registry import unregistered
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.tokens import load_or_create_token_key, survey_token

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
REVIEWER_KEY = "parties/reviewer/keys/reviewer.minisign"
SEALED = ("work/exchange/outgoing/", "work/exchange/received/", "work/exchange/quarantine/")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=1200)


def _snakemake(root: Path) -> None:
    ran = _run(str(BIN / "snakemake"), "--cores", "2", "--configfile", str(root / "config.yaml"))
    assert ran.returncode == 0, ran.stderr[-4000:]


def _texts(path: Path) -> list[str]:
    """What a file holds, as text: parquet cells, zip members (docx, exports), or its bytes."""
    if path.suffix == ".parquet":
        frame = pl.read_parquet(path)
        return [frame.select(pl.all().cast(pl.String)).write_csv()]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
    return [path.read_bytes().decode("utf-8", "replace")]


def _found(root: Path, values: dict[str, str]) -> list[tuple[str, str]]:
    hits = []
    for path in sorted((root / "work").rglob("*")):
        relative = str(path.relative_to(root))
        if not path.is_file() or relative.startswith(SEALED):
            continue
        text = "\n".join(_texts(path))
        # The withdrawals list keeps the ID: it is how the person stays out.
        kept = {("work/withdrawals.csv", "pseudonymous_id")}
        hits += [
            (relative, label)
            for label, value in values.items()
            if value in text and (relative, label) not in kept
        ]
    return hits


def _others_rows(path: Path, value: str) -> str:
    """The CSV's text without the rows that hold ``value`` (everyone else's data)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = [row for row in csv.reader(fh) if value not in row]
    return "\n".join(",".join(row) for row in rows)


def _person_values(root: Path, pseudonymous_id: str, token: str, interview: str) -> dict[str, str]:
    """The person's values: ID, token, free text, and identifiers planted only for them."""
    planted = [json.loads(line) for line in (root / "truth/planted.jsonl").open()]
    decoys = [json.loads(line) for line in (root / "truth/decoys.jsonl").open()]

    def theirs(record: dict) -> bool:
        return record["doc_id"] == interview or record["location"].get("survey_token") == token

    others = "\n".join(
        [r["value"] for r in planted + decoys if not theirs(r)]
        + [_others_rows(root / "work/received/provider/admin_extract.csv", pseudonymous_id)]
        + [_others_rows(root / "work/received/survey/survey_export.csv", token)]
        + [
            text
            # each vendor opens into a folder of its own (exchange/vendors.py)
            for path in sorted((root / "work/received/vendor/transcripts").rglob("*"))
            if path.is_file() and not path.name.startswith((interview, "."))
            for text in _texts(path)
        ]
    )
    values = {"pseudonymous_id": pseudonymous_id, "survey_token": token}
    for n, record in enumerate(r for r in planted if theirs(r)):
        # Only what is theirs alone: a base in others' admin rows or a surname in others'
        # answers stays, rightly.
        if record["value"] not in others and len(record["value"]) >= 4:
            values[f"{record['doc_id']}:{record['type']}:{n}"] = record["value"]
    with open(root / "work/received/survey/survey_export.csv", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            if row["survey_token"] == token:
                for column, cell in row.items():
                    if column.startswith("ft_") and len(cell) >= 20:
                        values[f"free_text:{column}"] = cell
    return values


def _sent(root: Path) -> set[str]:
    records = (root / "results/exchange/sent").glob("*.json")
    return {json.loads(p.read_text())["batch_id"] for p in records}


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _sealflow(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    ran = _run(str(BIN / "sealflow"), *args, "--config", str(root / "config.yaml"))
    assert ran.returncode == 0, ran.stderr
    return ran


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("erasure") / "study"
    made = _run(str(BIN / "sealflow"), "demo", "init", str(root), "--staff", "60")
    assert made.returncode == 0, made.stderr
    # The demo's config names its reviewer's key for the quote approvals (attack18 G8).
    assert f"reviewer_public_key: {REVIEWER_KEY}.pub" in (root / "config.yaml").read_text()
    _snakemake(root)
    return root


def test_when_a_planted_person_is_erased_and_the_workflow_reruns_then_none_of_them_is_left(
    study, tmp_path
):
    key = load_or_create_token_key(study / "work/keys/survey_token.key")
    planted_tokens = {
        json.loads(line)["location"].get("survey_token")
        for line in (study / "truth/planted.jsonl").open()
    }
    # The interview map the selection recorded: every transcript is one of its interviews.
    interviews = {
        row["doc_id"]: row["pseudonymous_id"] for row in _rows(study / "work/interviews.csv")
    }
    transcribed = {
        p.stem
        for p in (study / "work/received/vendor/transcripts").rglob("*")
        if p.is_file() and not p.name.startswith(".")  # Snakemake's markers
    }
    assert transcribed == set(interviews)
    candidates = _rows(study / "work/anonymise/quote_candidates.csv")
    quoted = {row["document_id"] for row in candidates}
    interview, target = next(
        (doc, pid) for doc, pid in sorted(interviews.items())
        if doc in quoted and survey_token(key, pid) in planted_tokens
    )  # fmt: skip
    token = survey_token(key, target)
    # The reviewer approves every candidate and signs: their quotes leave with the others.
    ids = [row["quote_id"] for row in candidates]
    _sealflow(study, "quotes", "approve", *ids, "--by", "Reviewer", "--reason", "checked")
    approvals = study / "work/anonymise/quote_approvals.csv"
    signed = _run(str(BIN / "sealflow"), "quotes", "sign", str(approvals),
                  "--key", str(study / f"{REVIEWER_KEY}.key"))  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    _snakemake(study)
    theirs = [row["quote"] for row in candidates if row["document_id"] == interview]
    released = _rows(study / "results/outcome/quotes.csv")
    assert len(released) == len(candidates)
    assert set(theirs) <= {row["quote"] for row in released}

    values = _person_values(study, target, token, interview)
    others_scrubbed = "\n".join(
        text
        for path in sorted((study / "work/scrub").rglob("*"))
        if path.is_file()
        and path.parent.name == "transcripts"
        and not path.name.startswith(interview)
        for text in _texts(path)
    )  # a stock turn may be in another interview too: that one is theirs, and stays
    values |= {
        f"quote:{n}": quote for n, quote in enumerate(theirs) if quote not in others_scrubbed
    }
    assert sum(label.startswith(interview) for label in values) >= 5
    assert any(label.startswith("free_text") for label in values)
    assert _found(study, values)  # they are there before
    sent_before = _sent(study)
    id_file = tmp_path / "erase.txt"
    id_file.write_text(target + "\n")

    # Subject access lists their interview documents and quotes, found through the map.
    exported = _sealflow(study, "subject-access", "export", "--id-file", str(id_file),
                         "--out", str(tmp_path / "export"))  # fmt: skip
    assert json.loads(exported.stdout)["transcripts"] >= 1  # scrubbed; raw ones withheld
    (export,) = (study / "work/subject_access").glob("*.zip")
    with zipfile.ZipFile(export) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert {name.split("/")[0] for name in manifest["transcripts"]} == {"scrubbed"}
        withheld = {name.split("/")[0] for name in manifest["withheld_transcripts"]}
        assert {"received", "recording"} <= withheld
        listed = manifest["transcripts"] + manifest["withheld_transcripts"]
        assert all(interview in name for name in listed)
        assert manifest["rows_per_table"]["quote_candidates"] == len(theirs)
        assert manifest["rows_per_table"]["quote_approvals"] == len(theirs)

    erased = _sealflow(study, "erase", "--id-file", str(id_file))
    result = json.loads(erased.stdout)
    assert "work/scrub/replaced_values_transcripts.json" in result["derived_removed_to_rebuild"]
    assert any(s.startswith("work/exchange/received/vendor/") for s in result["stays_sealed"])
    assert any(f"recordings/{interview}." in f for f in result["files_removed"])
    assert result["rows_removed"]["quote_candidates"] == len(theirs)
    assert result["rows_removed"]["quote_approvals"] == len(theirs)
    assert "signs the approvals again" in result["quote_approvals"]
    _snakemake(study)
    assert _found(study, values) == []
    assert _sent(study) == sent_before  # reruns rebuild, they do not resend
    settings = GovernSettings.from_config(load_config(study / "config.yaml"))
    assert unregistered(settings) == []
    # The erased interview is not scrubbed again, and no quote is taken from it.
    assert not list((study / "work/scrub/transcripts").glob(f"{interview}.*"))
    assert interview not in {
        r["document_id"] for r in _rows(study / "work/anonymise/quote_candidates.csv")
    }
    # The approvals lost their signature with their rows: nothing leaves until re-signed,
    # and the outcome checks (which the report shows) say why.
    assert _rows(study / "results/outcome/quotes.csv") == []
    checks = json.loads((study / "results/outcome/checks.json").read_text())
    assert "not signed" in json.dumps(checks)
    audit = [json.loads(line) for line in (study / "work/audit/audit.jsonl").open()]
    reference = result["subject_reference"]
    assert [
        e for e in audit
        if e["action"] == "delete" and e["details"].get("purpose") == "erasure"
        and e["subject"] == f"subject:{reference}"
    ]  # fmt: skip
    assert io.StringIO(erased.stdout + erased.stderr).read().count(target) == 0
    # Workspace folders are 0700 everywhere (work/received/vendor was 0755).
    assert [p for p in (study / "work").rglob("*") if p.is_dir() and p.stat().st_mode & 0o077] == []


def test_when_an_interviewee_restricts_processing_then_their_approved_quotes_stop_leaving(
    study, tmp_path
):
    # Whatever ran before: every current candidate approved and the approvals signed.
    candidates = _rows(study / "work/anonymise/quote_candidates.csv")
    _sealflow(study, "quotes", "approve", *(r["quote_id"] for r in candidates),
              "--by", "Reviewer", "--reason", "checked")  # fmt: skip
    approvals = study / "work/anonymise/quote_approvals.csv"
    signed = _run(str(BIN / "sealflow"), "quotes", "sign", str(approvals),
                  "--key", str(study / f"{REVIEWER_KEY}.key"))  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    interviews = {
        row["doc_id"]: row["pseudonymous_id"] for row in _rows(study / "work/interviews.csv")
    }
    interview = sorted({row["document_id"] for row in candidates} & set(interviews))[0]
    rows = _rows(approvals)
    theirs = [row["quote"] for row in rows if row["document_id"] == interview]
    # a stock turn may be someone else's words too: that one is theirs, and leaves
    theirs_alone = set(theirs) - {row["quote"] for row in rows if row["document_id"] != interview}
    id_file = tmp_path / "restrict.txt"
    id_file.write_text(interviews[interview] + "\n")
    _sealflow(study, "request", "restrict", "--id-file", str(id_file))
    _snakemake(study)
    released = {row["quote"] for row in _rows(study / "results/outcome/quotes.csv")}
    assert theirs_alone and not released & theirs_alone
    assert interview not in {
        r["document_id"] for r in _rows(study / "work/anonymise/quote_candidates.csv")
    }
    checks = json.loads((study / "results/outcome/checks.json").read_text())
    assert checks["quote_release"]["withheld_interviewee_left_out"] == len(theirs)
    # Their interview is not scrubbed (so in no later stage), counted but never named.
    assert not list((study / "work/scrub/transcripts").glob(f"{interview}.*"))
    summary = (study / "results/scrub/transcripts_summary.json").read_text()
    assert json.loads(summary)["documents_left_out"] >= 1 and interview not in summary
    # The received transcript is kept: a restriction keeps the data, out of processing.
    assert list((study / "work/received/vendor/transcripts").rglob(f"{interview}.*"))
