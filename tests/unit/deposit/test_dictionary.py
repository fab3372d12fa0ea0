"""The data dictionary: every column described, and the CSV validated against it."""

from __future__ import annotations

import json
import random

import frictionless
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.deposit.dictionary import build_schema, package_descriptor, validate_package
from sealflow.deposit.payload import build_payload
from sealflow.errors import IntegrityError
from sealflow.settings import read_section

from .conftest import anonymised_table, archive_ids, risk_summary

SDC = read_section("sdc", {"free_text": ["ft_experience"], "sensitive": ["turnover_status"]}, ".")


def _package(tmp_path, table: pl.DataFrame, descriptions=None):
    schema = build_schema(table, risk_summary(), SDC, descriptions)
    table.write_csv(tmp_path / "anonymised.csv")
    descriptor = package_descriptor("anonymised.csv", schema, risk_summary(), "Study", "study-1")
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return schema, tmp_path / "datapackage.json"


def test_when_built_then_every_column_is_described_in_order_and_the_csv_fits(tmp_path):
    table = anonymised_table().with_columns(pl.lit(1.5).alias("site_extra"))
    schema, path = _package(tmp_path, table)
    assert [f["name"] for f in schema["fields"]] == table.columns
    assert all(f["description"] for f in schema["fields"])
    validate_package(path)
    assert frictionless.Package(str(path)).validate().valid


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("archive_id", {"type": "string", "x-sealflow-role": "row id"}),
        ("wb_1", {"type": "integer", "x-sealflow-role": "other"}),
        ("gender", {"x-sealflow-role": "quasi-identifier"}),
        ("turnover_status", {"x-sealflow-role": "sensitive"}),
        ("ft_experience", {"x-sealflow-role": "free text"}),
    ],
)
def test_when_a_column_has_a_role_then_the_dictionary_records_it(column, expected):
    fields = {f["name"]: f for f in build_schema(anonymised_table(), risk_summary(), SDC)["fields"]}
    assert expected.items() <= fields[column].items()


@pytest.mark.parametrize(
    ("column", "text"),
    [
        ("gender", "withheld: every value replaced by '*' (level 2 of 2)"),
        ("tenure_years", "generalised to level 2 of 4 (bands)"),
        ("ft_experience", "identifiers replaced by typed placeholders"),
    ],
)
def test_when_disclosure_control_changed_a_column_then_the_dictionary_says_how(column, text):
    fields = {f["name"]: f for f in build_schema(anonymised_table(), risk_summary(), SDC)["fields"]}
    assert text in fields[column]["x-sealflow-disclosure-control"]["text"]


def test_when_a_description_is_configured_then_it_overrides_the_default():
    schema = build_schema(anonymised_table(), risk_summary(), SDC, {"wb_1": "Cheerful"})
    assert schema["fields"][2]["description"] == "Cheerful"


def test_when_a_column_has_no_known_description_then_it_says_how_to_add_one():
    table = pl.DataFrame({"archive_id": ["ARC-AAAAAAAAAAAAAAAA"], "mystery": [1]})
    field = build_schema(table, {}, None)["fields"][1]
    assert "deposit.descriptions" in field["description"]


@pytest.mark.parametrize(
    ("edit", "column"),
    [
        (lambda t: t.replace("intervention", "placebo", 1), "programme_group"),
        (lambda t: t.replace("ARC-", "XYZ-", 1), "archive_id"),
    ],
)
def test_when_the_csv_breaks_its_dictionary_then_validation_names_row_and_column(
    tmp_path, edit, column
):
    _schema, path = _package(tmp_path, anonymised_table())
    csv_path = tmp_path / "anonymised.csv"
    csv_path.write_text(edit(csv_path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(IntegrityError, match=f"column {column}") as failed:
        validate_package(path)
    assert "placebo" not in str(failed.value)  # cell values never appear in errors


def test_when_the_payload_is_built_then_its_dictionary_matches_the_deposited_table(settings):
    build_payload(settings)
    table = pl.read_parquet(settings.payload / "microdata/anonymised.parquet")
    package = json.loads((settings.payload / "microdata/datapackage.json").read_text())
    names = [f["name"] for f in package["resources"][0]["schema"]["fields"]]
    assert names == table.columns
    assert pl.read_csv(settings.payload / "microdata/anonymised.csv").columns == table.columns


@settings(max_examples=25, deadline=None)
@given(
    texts=st.lists(
        st.one_of(
            st.none(), st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
        ),
        min_size=1,
        max_size=8,
    )
)
def test_when_free_text_holds_any_characters_then_the_csv_still_fits(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("dictionary")
    ids = archive_ids(random.Random(len(texts)), len(texts))
    table = pl.DataFrame({"archive_id": ids, "ft_experience": texts})
    schema = build_schema(table, {}, SDC)
    table.write_csv(folder / "anonymised.csv")
    descriptor = package_descriptor("anonymised.csv", schema, {}, "Study", "study-1")
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    validate_package(folder / "datapackage.json")
