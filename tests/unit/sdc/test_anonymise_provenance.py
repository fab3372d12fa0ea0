"""Key variables come from provenance: a column the provider holds is handled or refused."""

from __future__ import annotations

import polars as pl
import pytest

from sealflow.errors import ConfigError, DisclosureError
from sealflow.sdc.anonymise import anonymise, anonymise_table
from sealflow.sdc.provenance import Provenance, key_variables

from .synthetic import linked_table, population_for, sdc_section

SDC = {
    "k": 3,
    "l": 1,
    "sensitive": ["turnover_status"],
    "suppression_limit": 0.1,
    "drop_columns": ["submitted_at", "consent"],
    "free_text": ["ft_experience", "ft_barriers", "ft_suggestions"],
    "quasi_identifiers": {
        "gender": {},
        "age_band": {},
        "tenure_years": {"levels": [{"bands": [0, 10, 20]}]},
        "sickness_absence_days": {"levels": [{"bands": [0, 5, 20]}]},
        "rank_band": {},
        "service_branch": {},
        "base": {},
        "role": {},
    },
    "max_evaluations": 4,
}


def study(n: int = 200, seed: int = 3) -> tuple[pl.DataFrame, pl.DataFrame]:
    linked = linked_table(n, seed)
    return linked, population_for(linked, 200, seed + 1)


def test_when_provider_column_is_unhandled_then_one_line_refusal_names_it_and_the_ways_out():
    linked, population = study()
    with pytest.raises(ConfigError) as refusal:
        anonymise_table(linked, sdc_section(SDC), population=population)
    message = str(refusal.value)
    assert "'programme_group'" in message and "provider already holds it" in message
    for way_out in ("sdc.quasi_identifiers", "sdc.drop_columns", "sdc.public_columns"):
        assert way_out in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "change, key_variable",
    [
        ({"quasi_identifiers": {**SDC["quasi_identifiers"], "programme_group": {}}}, True),
        ({"drop_columns": [*SDC["drop_columns"], "programme_group"]}, False),
        ({"public_columns": {"programme_group": "assigned at random and published"}}, False),
    ],
)
def test_when_provider_column_is_handled_one_of_three_ways_then_release_goes_ahead(
    change, key_variable
):
    linked, population = study()
    result = anonymise_table(linked, sdc_section({**SDC, **change}), population=population)
    keys = result.report["key_variables"]
    assert ("programme_group" in result.report["quasi_identifiers"]) is key_variable
    assert ("programme_group" in result.frame.columns) is ("drop_columns" not in change)
    if "public_columns" in change:
        assert keys["public_columns"] == change["public_columns"]
        note = result.report["utility"]["columns"]["programme_group"]["analyses"]
        assert "assigned at random" in note


def test_when_public_column_has_no_reason_then_config_error():
    linked, population = study()
    with pytest.raises(ConfigError, match="written reason"):
        anonymise_table(
            linked,
            sdc_section({**SDC, "public_columns": {"programme_group": " "}}),
            population=population,
        )


def test_when_sensitive_column_is_provider_held_then_it_is_a_key_variable_too():
    linked, population = study()
    sdc = {**SDC, "public_columns": {"programme_group": "published allocation"}}
    report = anonymise_table(linked, sdc_section(sdc), population=population).report
    assert report["key_variables"]["sensitive_held_as_key_variables"] == ["turnover_status"]
    assert "turnover_status" in report["quasi_identifiers"]


@pytest.mark.parametrize(
    "colluding, recipient, expected",
    [
        (None, "archive", {"gender", "programme_group"}),  # default: the provider
        ([], "archive", set()),  # nobody pools with the archive, and it holds nothing
        ([], "provider", {"gender", "programme_group"}),  # the outcome pack's reader
        (["survey"], "archive", {"wb_1"}),
    ],
)
def test_when_recipient_and_colluders_vary_then_held_columns_are_theirs(
    colluding, recipient, expected
):
    provenance = Provenance.from_tables(
        {"provider": ["pseudonymous_id", "gender", "programme_group"], "survey": ["wb_1"]},
        ignore=["pseudonymous_id"],
    )
    sdc: dict = {"quasi_identifiers": {"gender": {}, "programme_group": {}, "wb_1": {}}}
    if colluding is not None:
        sdc["colluding_parties"] = colluding
    keys = key_variables(
        ["gender", "programme_group", "wb_1"], provenance, sdc_section(sdc), recipient
    )
    assert set(keys.held) == expected


def test_when_written_with_population_then_extract_is_read_and_gate_reported(tmp_path):
    linked, population = study()
    linked_path, admin_path = tmp_path / "linked.parquet", tmp_path / "admin.parquet"
    linked.write_parquet(linked_path)
    population.write_parquet(admin_path)
    sdc = {**SDC, "public_columns": {"programme_group": "published allocation"}}
    report = anonymise(
        sdc_section(sdc),
        linked_path,
        tmp_path / "out/anonymised.parquet",
        tmp_path / "results/risk.json",
        population_path=admin_path,
    )
    population_risk = report["disclosure_risk"]["population"]
    assert population_risk["records_below_k"] == 0
    assert population_risk["smallest_population_class"] >= SDC["k"]
    assert "PSN-" not in (tmp_path / "results/risk.json").read_text()


def test_when_a_key_variable_is_not_in_the_extract_then_the_provider_cannot_join_on_it():
    # wb_1 (a survey answer) as a quasi-identifier: the provider does not hold it, so it
    # narrows the sample class but not the population class.
    linked, population = study()
    sdc = {
        **SDC,
        "public_columns": {"programme_group": "published allocation"},
        "quasi_identifiers": {**SDC["quasi_identifiers"], "wb_1": {}},
    }
    result = anonymise_table(linked, sdc_section(sdc), population=population)
    risk = result.report["disclosure_risk"]
    assert "wb_1" not in result.report["key_variables"]["held_by_recipient_or_colluders"]
    assert risk["population"]["smallest_population_class"] >= risk["smallest_sample_class"]


# attack18 G1: with the survey platform listed as a colluder, its answers (which it holds per
# response, beside a signed-in respondent's name) were released as they were.
SURVEY_COLLUDES = {
    **SDC,
    "colluding_parties": ["provider", "survey"],
    "public_columns": {"programme_group": "published allocation"},
}
TWO_ANSWERS = {
    **SURVEY_COLLUDES,
    "drop_columns": [*SDC["drop_columns"], "wb_3", "wb_4", "wb_5", "wb_6", "wb_7"],
    "quasi_identifiers": {
        **SDC["quasi_identifiers"],
        "wb_1": {"levels": [{"bands": [1, 3, 4]}]},
        "wb_2": {"levels": [{"bands": [1, 3, 4]}]},
    },
}


def scrubbed_text(linked: pl.DataFrame) -> pl.DataFrame:
    return linked.select(
        "pseudonymous_id",
        *(pl.col(c).str.replace("raw", "scrubbed") for c in SDC["free_text"]),
    )


def test_when_survey_platform_colludes_then_an_unhandled_answer_is_refused_naming_it():
    linked, population = study()
    with pytest.raises(ConfigError) as refusal:
        anonymise_table(linked, sdc_section(SURVEY_COLLUDES), population=population)
    message = str(refusal.value)
    assert "'wb_1'" in message and "survey already holds it" in message
    assert "wb_7" in message and "\n" not in message


def test_when_survey_platform_colludes_then_its_answers_are_key_variables_and_text_withheld(
    tmp_path,
):
    linked, population = study()
    paths = {name: tmp_path / f"{name}.parquet" for name in ("linked", "admin", "scrubbed")}
    linked.write_parquet(paths["linked"])
    population.write_parquet(paths["admin"])
    scrubbed_text(linked).write_parquet(paths["scrubbed"])
    report = anonymise(
        sdc_section(TWO_ANSWERS),
        paths["linked"],
        tmp_path / "out/anonymised.parquet",
        tmp_path / "results/risk.json",
        scrubbed_path=paths["scrubbed"],
        population_path=paths["admin"],
    )
    keys = report["key_variables"]
    assert keys["held_by"]["wb_1"] == ["survey"] and keys["held_by"]["gender"] == ["provider"]
    assert {"wb_1", "wb_2"} <= set(keys["held_by_recipient_or_colluders"])
    assert {"wb_1", "wb_2"} <= set(report["quasi_identifiers"])
    assert report["achieved"]["k"] >= TWO_ANSWERS["k"]
    released = pl.read_parquet(tmp_path / "out/anonymised.parquet")
    assert not set(SDC["free_text"]) & set(released.columns)
    assert set(report["free_text_withheld_held_by"]) == set(SDC["free_text"])
    assert report["free_text"].startswith("withheld") and "survey" in report["free_text"]
    # Answers leave banded or withheld ("*"), each shown pair shared by at least k rows.
    assert set(released["wb_1"]) | set(released["wb_2"]) <= {"1-2", "3", "4+", "*"}
    shown = released.filter((pl.col("wb_1") != "*") | (pl.col("wb_2") != "*"))
    assert shown.is_empty() or shown.group_by("wb_1", "wb_2").len()["len"].min() >= 3


def test_when_only_the_provider_colludes_then_survey_answers_and_text_are_released_as_before():
    linked, population = study()
    sdc = {**SDC, "public_columns": {"programme_group": "published allocation"}}
    result = anonymise_table(linked, sdc_section(sdc), scrubbed_text(linked), population=population)
    assert "wb_1" not in result.report["key_variables"]["held_by"]
    assert result.frame["ft_experience"].str.starts_with("scrubbed").all()
    assert result.report["free_text_withheld_held_by"] == {}


def test_when_every_answer_is_a_key_variable_then_too_large_a_lattice_is_refused_in_one_line(
    monkeypatch,
):
    import sealflow.sdc.lattice as lattice

    monkeypatch.setattr(lattice, "MAX_NODES", 10_000)
    linked, population = study()
    answers = {f"wb_{i}": {"levels": [{"bands": [1, 3, 4]}]} for i in range(1, 8)}
    sdc = {**SURVEY_COLLUDES, "quasi_identifiers": {**SDC["quasi_identifiers"], **answers}}
    with pytest.raises(DisclosureError) as refusal:
        anonymise_table(linked, sdc_section(sdc), population=population)
    message = str(refusal.value)
    assert "generalisation nodes" in message and "sdc.drop_columns" in message
    assert "\n" not in message


# fix19a (G1's fix): the survey platform was found by the party name `survey`; a study whose
# parties.yaml calls it `qualtrics` lost the protection silently. Parties are found by role.
RENAMED = {"hr": "provider", "qualtrics": "survey", "team": "evaluator", "ukda": "archive"}


def write_study(tmp_path) -> dict:
    linked, population = study()
    paths = {name: tmp_path / f"{name}.parquet" for name in ("linked", "admin", "scrubbed")}
    linked.write_parquet(paths["linked"])
    population.write_parquet(paths["admin"])
    scrubbed_text(linked).write_parquet(paths["scrubbed"])
    return paths


def anonymise_renamed(tmp_path, sdc: dict) -> dict:
    paths = write_study(tmp_path)
    return anonymise(
        sdc_section(sdc),
        paths["linked"],
        tmp_path / "out/anonymised.parquet",
        tmp_path / "results/risk.json",
        scrubbed_path=paths["scrubbed"],
        population_path=paths["admin"],
        roles=RENAMED,
    )


@pytest.mark.parametrize(
    "colluders", [["provider", "survey"], ["hr", "qualtrics"], ["provider", "qualtrics"]]
)
def test_when_survey_party_is_renamed_then_its_answers_are_still_key_variables(tmp_path, colluders):
    report = anonymise_renamed(tmp_path, {**TWO_ANSWERS, "colluding_parties": colluders})
    keys = report["key_variables"]
    assert keys["held_by"]["wb_1"] == ["qualtrics"] and keys["held_by"]["gender"] == ["hr"]
    assert {"wb_1", "wb_2"} <= set(report["quasi_identifiers"])
    assert set(report["free_text_withheld_held_by"]) == set(SDC["free_text"])
    assert report["achieved"]["k"] >= TWO_ANSWERS["k"]


def test_when_survey_party_is_renamed_then_an_unhandled_answer_is_refused_naming_it(tmp_path):
    with pytest.raises(ConfigError) as refusal:
        anonymise_renamed(tmp_path, {**SURVEY_COLLUDES, "colluding_parties": ["hr", "qualtrics"]})
    message = str(refusal.value)
    assert "'wb_1'" in message and "qualtrics already holds it" in message


@pytest.mark.parametrize("typo", ["qualtrcs", "survey_platform", "Provider"])
def test_when_a_colluder_is_no_party_and_no_role_then_refused_in_one_line_before_any_output(
    tmp_path, typo
):
    with pytest.raises(ConfigError) as refusal:
        anonymise_renamed(tmp_path, {**TWO_ANSWERS, "colluding_parties": ["provider", typo]})
    message = str(refusal.value)
    assert message.startswith("sdc.colluding_parties:") and repr(typo) in message
    assert "qualtrics" in message and "\n" not in message
    assert not (tmp_path / "out").exists() and not (tmp_path / "results").exists()
