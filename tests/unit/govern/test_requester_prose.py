"""Prose beyond the survey's free text in a copy for the requester (UK GDPR Art. 15(4), 20(4)).

The quote files carry the leakage checker's reasons (which quote the words beside a
placeholder the scrubber left) and the reviewer's reasons for approving; a received file
may carry a column nobody declared. Any of them may name other people, so neither the
subject access export nor the portability export may hold them unless scrubbed or a named
reviewer checked them. All names and numbers here are synthetic.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import polars as pl
import pytest
import yaml

from sealflow.config import load_config
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.table_schema import TABLE_SCHEMA_DIR, parse_table_schema, table_schema
from sealflow.sdc.quotes import CANDIDATE_COLUMNS
from sealflow.seal.age import decrypt, load_identities
from sealflow.workspace import StudyPaths

REPO = Path(__file__).resolve().parents[3]

# Another person, as a tool and a reviewer wrote about them: a name and a phone number.
OTHER_PERSON = ("Yara Pellow", "07700 900123", "Pellow")
QUOTE = "<PERSON> at <BASE> told me to keep quiet about it"
LEAKAGE = "a name beside a placeholder, left by the scrubber: 'Pellow [PERSON-1]'"
APPROVAL = "checked with Sgt Yara Pellow (07700 900123): she agrees to the quote"
NOTE = "line manager Yara Pellow, call 07700 900123"


def _quotes(governed, target) -> None:
    """The target's interview, a candidate quote from it, and the reviewer's approval."""
    work = governed.work
    (work / "interviews.csv").write_text(f"doc_id,pseudonymous_id\nINT-001,{target}\n")
    row = {
        "document_id": "INT-001",
        "quote_id": "INT-001-0001",
        "quote_sha256": "0" * 64,
        "quote": QUOTE,
        "leakage_flag": "yes",
        "leakage_reason": LEAKAGE,
        "approved_by": "",
        "approved_at": "",
        "approval_reason": "",
    }
    approved = {**row, "approved_by": "A. Reviewer", "approved_at": "2024-05-01T10:00:00Z",
                "approval_reason": APPROVAL}  # fmt: skip
    (work / "anonymise").mkdir(parents=True, exist_ok=True)
    for name, rows in (("quote_candidates", [row]), ("quote_approvals", [approved])):
        out = io.StringIO()
        writer = csv.DictWriter(out, CANDIDATE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        (work / "anonymise" / f"{name}.csv").write_text(out.getvalue())


def _undeclared_column(governed) -> None:
    """The received admin extract as it sits in the inbox, with a column no schema declares."""
    settings = GovernSettings.from_config(load_config(governed.config_file))
    path = StudyPaths.from_settings(settings.study).inputs["admin_extract"]
    frame = pl.read_csv(path, infer_schema=False)
    frame.with_columns(pl.lit(NOTE).alias("manager_note")).write_csv(path)


def _export(governed, kind, target, out_dir, *options) -> zipfile.ZipFile:
    command = ("subject-access", "export") if kind == "access" else ("request", "portability")
    governed.sealflow(*command, "--id-file", str(governed.id_file(target)),
                      "--out", str(out_dir), *options)  # fmt: skip
    (sealed,) = out_dir.glob("*.zip.age")
    plain = io.BytesIO()
    with open(sealed, "rb") as fh:
        decrypt(fh, plain, load_identities(governed.evaluator.identity_path))
    return zipfile.ZipFile(plain)


def _tables(archive: zipfile.ZipFile) -> dict[str, pl.DataFrame]:
    found = {}
    for name in archive.namelist():
        folder, _, file = name.partition("/")
        if folder in ("tables", "csv") and file.endswith(".csv"):
            found[file.removesuffix(".csv")] = pl.read_csv(archive.read(name), infer_schema=False)
    return found


@pytest.mark.parametrize("kind", ["access", "portability"])
def test_when_a_reason_or_an_undeclared_column_names_someone_then_neither_export_holds_it(
    governed, tmp_path, capsys, kind
):
    target = governed.tiny.ids[1]
    _quotes(governed, target)
    _undeclared_column(governed)
    archive = _export(governed, kind, target, tmp_path / "outbox")
    printed = capsys.readouterr()
    everything = b"".join(archive.read(n) for n in archive.namelist()).decode()
    assert not [v for v in OTHER_PERSON if v in everything]
    assert not [v for v in OTHER_PERSON if v in printed.out + printed.err]
    assert not [v for v in OTHER_PERSON
                if v in (governed.work / "audit/audit.jsonl").read_text()]  # fmt: skip
    tables = _tables(archive)
    # The quote itself is from the scrubbed transcript, so it stays, as do the structured cells.
    assert tables["quote_approvals"]["quote"].to_list() == [QUOTE]
    assert tables["quote_approvals"]["approved_at"].to_list() == ["2024-05-01T10:00:00Z"]
    assert tables["quote_candidates"]["leakage_flag"].to_list() == ["yes"]
    assert tables["quote_candidates"]["leakage_reason"].to_list()[0].startswith("[withheld")
    assert tables["quote_candidates"]["approval_reason"].to_list() == [None]  # empty stays empty
    assert tables["received_admin_extract"]["manager_note"].to_list()[0].startswith("[withheld")
    assert tables["received_admin_extract"]["base"].to_list() != [None]  # structured, as held
    manifest = json.loads(archive.read("manifest.json"))
    withheld = manifest["withheld_free_text"]
    assert (
        withheld["quote_candidates"]
        == withheld["quote_approvals"]
        == ["approval_reason", "leakage_reason"]
    )
    assert withheld["received_admin_extract"] == ["manager_note"]
    assert manifest["withheld_why"] is not None


@pytest.mark.parametrize("kind", ["access", "portability"])
def test_when_a_reviewer_checked_them_then_the_reasons_are_released(
    governed, tmp_path, capsys, kind
):
    target = governed.tiny.ids[1]
    _quotes(governed, target)
    _undeclared_column(governed)
    archive = _export(governed, kind, target, tmp_path / "outbox", "--raw-reviewed-by", "DPO")
    capsys.readouterr()
    tables = _tables(archive)
    assert tables["quote_approvals"]["approval_reason"].to_list() == [APPROVAL]
    assert tables["quote_candidates"]["leakage_reason"].to_list() == [LEAKAGE]
    assert tables["received_admin_extract"]["manager_note"].to_list() == [NOTE]
    assert not json.loads(archive.read("manifest.json"))["withheld_free_text"]


def _settings(governed, **ingest) -> GovernSettings:
    config = yaml.safe_load(governed.config_file.read_text())
    config["ingest"].update(ingest)
    governed.config_file.write_text(yaml.safe_dump(config))
    return GovernSettings.from_config(load_config(governed.config_file))


def test_when_a_study_declares_a_text_column_without_a_list_then_it_is_prose_unless_it_says_not(
    governed,
):
    """A declared admin column of free text (no allowed values) is withheld unless the study
    says ``free_text: false``; a column with allowed values or a number is structured."""
    from sealflow.govern.requester_columns import released_columns

    config = yaml.safe_load(governed.config_file.read_text())
    columns = config["ingest"]["admin_columns"]
    settings = _settings(
        governed,
        admin_columns=[
            *columns,
            {"name": "manager_note", "dtype": "str"},
            {"name": "unit", "dtype": "str", "free_text": False},
            {"name": "grade_note", "dtype": "str", "allowed": ["a", "b"], "free_text": True},
        ],
    )
    released = released_columns(settings, "admin")
    assert "manager_note" not in released and "grade_note" not in released
    assert {"unit", "base", "gender", "tenure_years", "pseudonymous_id"} <= released


@pytest.mark.parametrize(
    ("spec", "prose"),
    [
        ({"name": "c", "dtype": "str"}, True),
        ({"name": "c", "dtype": "str", "free_text": False}, False),
        ({"name": "c", "dtype": "str", "allowed": ["x"]}, False),
        ({"name": "c", "dtype": "str", "allowed": ["x"], "free_text": True}, True),
        ({"name": "c", "dtype": "int"}, False),
        ({"name": "c", "dtype": "date"}, False),
        ({"name": "c", "dtype": "str", "id": "survey_token"}, False),
    ],
)
def test_a_columns_prose_follows_its_declaration_then_its_type(spec, prose):
    from sealflow.govern.requester_columns import is_prose

    schema = parse_table_schema({"columns": [spec]}, TABLE_SCHEMA_DIR / "t.schema.yaml")
    assert is_prose(schema.columns[0]) is prose


def test_every_shipped_text_column_without_allowed_values_says_whether_it_is_free_text():
    """A text column added to a shipped schema must state free_text: true or false."""
    for path in sorted(TABLE_SCHEMA_DIR.glob("*.schema.yaml")):
        schema = table_schema(path.name.split(".")[0])
        for column in schema.columns:
            if column.dtype == "str" and column.allowed is None and column.id_kind is None:
                assert column.free_text is not None, (path.name, column.name)
    demo = yaml.safe_load((REPO / "config/config.yaml").read_text())["ingest"]["admin_columns"]
    for column in demo:
        if column["dtype"] == "str" and "allowed" not in column:
            assert "free_text" in column, column["name"]


def test_every_column_of_the_quote_files_is_released_or_withheld_by_declaration():
    """A column added to the quote files without a declaration fails here (and is withheld)."""
    from sealflow.sdc.quotes import PROSE_COLUMNS, SCRUBBED_COLUMNS, STRUCTURED_COLUMNS

    declared = [*STRUCTURED_COLUMNS, *PROSE_COLUMNS, *SCRUBBED_COLUMNS]
    assert sorted(declared) == sorted(CANDIDATE_COLUMNS)
    assert len(set(declared)) == len(declared)
