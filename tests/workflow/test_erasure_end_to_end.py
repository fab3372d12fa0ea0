"""Erasure that finds everything, on a real workflow run (issue #10, the done-when test).

A synthetic study (`sealflow demo init --staff 60`) is run with snakemake; one respondent
is planted with an interview (the interview map attributes INT-001 to them); they are
erased and snakemake runs again. Then none of their values (pseudonymous ID, survey token,
their free text, and the identifiers planted only in their interview, from the truth file)
may be anywhere in the workspace outside sealed ciphertext, nothing is sent again, and
every file the workflow wrote under work/ is in the registry.
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
INTERVIEW = "INT-001"
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


def _person_values(root: Path, pseudonymous_id: str, token: str) -> dict[str, str]:
    """The person's values: ID, token, free text, and identifiers planted only for them."""
    planted = [json.loads(line) for line in (root / "truth/planted.jsonl").open()]
    decoys = [json.loads(line) for line in (root / "truth/decoys.jsonl").open()]

    def theirs(record: dict) -> bool:
        return record["doc_id"] == INTERVIEW or record["location"].get("survey_token") == token

    others = "\n".join(
        [r["value"] for r in planted + decoys if not theirs(r)]
        + [_others_rows(root / "work/received/provider/admin_extract.csv", pseudonymous_id)]
        + [_others_rows(root / "work/received/survey/survey_export.csv", token)]
        + [
            text
            # each vendor opens into a folder of its own (exchange/vendors.py)
            for path in sorted((root / "work/received/vendor/transcripts").rglob("*"))
            if path.is_file() and not path.name.startswith((INTERVIEW, "."))
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


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("erasure") / "study"
    made = _run(str(BIN / "sealflow"), "demo", "init", str(root), "--staff", "60")
    assert made.returncode == 0, made.stderr
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
    linked = pl.read_parquet(study / "work/link/linked.parquet")["pseudonymous_id"].to_list()
    target = next(pid for pid in linked if survey_token(key, pid) in planted_tokens)
    token = survey_token(key, target)
    (study / "work/interviews.csv").write_text(f"doc_id,pseudonymous_id\n{INTERVIEW},{target}\n")
    values = _person_values(study, target, token)
    assert sum(label.startswith(INTERVIEW) for label in values) >= 5
    assert any(label.startswith("free_text") for label in values)
    assert _found(study, values)  # they are there before
    sent_before = _sent(study)
    id_file = tmp_path / "erase.txt"
    id_file.write_text(target + "\n")
    erased = _run(str(BIN / "sealflow"), "erase", "--id-file", str(id_file),
                  "--config", str(study / "config.yaml"))  # fmt: skip
    assert erased.returncode == 0, erased.stderr
    result = json.loads(erased.stdout)
    assert "work/scrub/replaced_values_transcripts.json" in result["derived_removed_to_rebuild"]
    assert any(s.startswith("work/exchange/received/vendor/") for s in result["stays_sealed"])
    _snakemake(study)
    assert _found(study, values) == []
    assert _sent(study) == sent_before  # reruns rebuild, they do not resend
    settings = GovernSettings.from_config(load_config(study / "config.yaml"))
    assert unregistered(settings) == []
    # The erased interview is not scrubbed again: the rebuilt transcripts lack it.
    assert not list((study / "work/scrub/transcripts").glob(f"{INTERVIEW}.*"))
    assert io.StringIO(erased.stdout + erased.stderr).read().count(target) == 0
    # Workspace folders are 0700 everywhere (work/received/vendor was 0755).
    assert [p for p in (study / "work").rglob("*") if p.is_dir() and p.stat().st_mode & 0o077] == []
