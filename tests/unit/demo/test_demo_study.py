"""The demo study's files follow docs/DATA.md, are private, and depend only on the seed."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import numpy as np
import polars as pl
import pytest
import yaml

from sealflow.config import load_config, load_parties
from sealflow.demo.admin import generate_staff, pseudonymous_ids
from sealflow.demo.study import demo_token_key, init_study
from sealflow.demo.vocab import vocabulary
from sealflow.ingest.tokens import survey_token

REPO_ROOT = Path(__file__).resolve().parents[3]
DATA_MD = REPO_ROOT / "docs" / "DATA.md"
ID_PATTERN = re.compile(r"^PSN-[0-9A-HJ-NP-Z]{10}$")
TOKEN_PATTERN = re.compile(r"^[a-z2-7]{32}$")
SURVEY = "work/received/survey/survey_export.csv"
ADMIN = "work/received/provider/admin_extract.csv"
ROSTER = "work/received/provider/roster.csv"
WITHDRAWALS = "work/withdrawals.csv"
# Files whose bytes depend on random keys, not on the seed.
KEY_DEPENDENT = (
    "parties.yaml", "work/keys/evaluator/", "parties/", "dropbox/",
    "work/audit/",  # entries carry times and MACs under the evaluator's key
    # the recordings sent to the vendors: sealed batches and records named by time
    "work/exchange/", "results/exchange/",
    "work/validated-settings.json",  # parties.yaml (its public keys) as validated
)  # fmt: skip


def _data_md_table(name: str) -> dict[str, str]:
    """Column -> 'values' cell of the table that follows ``name:`` in docs/DATA.md."""
    text = DATA_MD.read_text(encoding="utf-8")
    block = text.split(f"\n{name}:\n", 1)[1].split("\n\n", 1)[0]
    columns: dict[str, str] = {}
    for line in block.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] == "wb_1 .. wb_7":
            columns.update({f"wb_{i}": cells[2] for i in range(1, 8)})
        else:
            columns[cells[0]] = cells[2]
    return columns


def _read(study: Path, relative: str) -> pl.DataFrame:
    return pl.read_csv(study / relative, infer_schema=False)


def _data_files(root: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root).as_posix()
        if not relative.startswith(KEY_DEPENDENT) or "/outbox/" in relative:
            files[relative] = path.read_bytes()
    return files


@pytest.mark.parametrize(
    ("table", "relative"), [("admin_extract.csv", ADMIN), ("survey_export.csv", SURVEY)]
)
def test_when_study_is_made_then_columns_are_those_of_data_md_in_order(study, table, relative):
    assert _read(study, relative).columns == list(_data_md_table(table))


@pytest.mark.parametrize(
    "column",
    [
        "gender",
        "age_band",
        "service_branch",
        "rank_band",
        "role",
        "turnover_status",
        "programme_group",
    ],
)
def test_when_admin_is_made_then_categorical_values_are_those_data_md_allows(study, column):
    allowed = {v.strip() for v in _data_md_table("admin_extract.csv")[column].split(",")}
    assert set(_read(study, ADMIN)[column]) <= allowed


def test_when_admin_is_made_then_ids_are_unique_and_numbers_in_range(study):
    admin = pl.read_csv(study / ADMIN)
    assert admin["pseudonymous_id"].is_unique().all()
    assert all(ID_PATTERN.match(i) for i in admin["pseudonymous_id"])
    assert admin["tenure_years"].is_between(0, 45).all()
    assert admin["sickness_absence_days"].is_between(0, 365).all()
    roster = set(_read(study, ROSTER)["pseudonymous_id"])
    assert set(admin["pseudonymous_id"]) < roster


def test_when_survey_is_made_then_tokens_are_the_hmac_of_roster_ids_except_two_strangers(study):
    survey = _read(study, SURVEY)
    key = (study / "work/keys/survey_token.key").read_bytes()
    assert key == demo_token_key(11)
    assert all(TOKEN_PATTERN.match(t) for t in survey["survey_token"])
    roster_tokens = {survey_token(key, p) for p in _read(study, ROSTER)["pseudonymous_id"]}
    unknown = set(survey["survey_token"]) - roster_tokens
    assert len(unknown) == 2
    assert survey["survey_token"].is_duplicated().sum() == 4  # two people submitted twice


def test_when_consent_is_no_then_answers_are_empty_and_otherwise_likert_is_1_to_5(study):
    survey = pl.read_csv(study / SURVEY, infer_schema_length=0).with_columns(
        pl.col(f"wb_{i}").cast(pl.Int64) for i in range(1, 8)
    )
    answers = [c for c in survey.columns if c.startswith(("wb_", "ft_"))]
    declined = survey.filter(pl.col("consent") == "no")
    consented = survey.filter(pl.col("consent") == "yes")
    assert declined.height > 0
    assert declined.select(pl.all_horizontal(pl.col(answers).is_null()).all()).item()
    assert consented.select(pl.all_horizontal(pl.col("^wb_.$").is_between(1, 5)).all()).item()
    assert set(survey["consent"]) == {"yes", "no"}


@pytest.mark.parametrize(("relative", "bom"), [(SURVEY, True), (ADMIN, False), (ROSTER, False)])
def test_when_tables_are_written_then_they_are_utf8_with_bom_only_where_platforms_add_one(
    study, relative, bom
):
    data = (study / relative).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == bom
    data.decode("utf-8")


def test_when_withdrawals_are_made_then_they_are_roster_ids_with_iso_dates(study):
    withdrawals = _read(study, WITHDRAWALS)
    assert withdrawals.columns == ["pseudonymous_id", "withdrawn_on"]
    assert set(withdrawals["pseudonymous_id"]) <= set(_read(study, ROSTER)["pseudonymous_id"])
    assert withdrawals["withdrawn_on"].str.to_date("%Y-%m-%d").null_count() == 0
    assert withdrawals.height >= 3


@pytest.mark.parametrize(
    ("relative", "mode"),
    [
        ("work", 0o700),
        ("work/keys", 0o700),
        ("work/received/vendor/transcripts", 0o700),
        ("work/received/vendor", 0o700),  # the folder on the way too (it was 0755)
        ("work/exchange", 0o700),  # made on the way to the recordings' batches (was 0755)
        ("work/exchange/outgoing", 0o700),
        ("truth", 0o700),
        ("parties/vendor/outbox", 0o700),
        ("work/keys/survey_token.key", 0o600),
        ("work/keys/evaluator/evaluator.age", 0o600),
        ("parties/provider/keys/provider.minisign.key", 0o600),
        (ROSTER, 0o600),
        (SURVEY, 0o600),
        ("work/keys/interview_id.key", 0o600),
        ("work/recordings", 0o700),
        ("work/recordings/vendor2", 0o700),  # the second vendor's recordings
        ("truth/planted.jsonl", 0o600),
    ],
)
def test_when_study_is_made_then_personal_data_and_secrets_are_private(study, relative, mode):
    assert stat.S_IMODE((study / relative).stat().st_mode) == mode


def test_when_study_is_made_then_config_and_parties_validate_and_root_is_the_study(study):
    config = load_config(study / "config.yaml")
    assert Path(config["root"]) == study.resolve()
    parties = load_parties(config)["parties"]
    assert set(parties) == {"evaluator", "provider", "survey", "vendor", "vendor2", "archive"}
    text = (study / "config.yaml").read_text(encoding="utf-8")
    assert "\nroot: .\n" in text
    assert text.count("\n#") >= 5  # comments kept
    keys = (study / "work/keys/evaluator/evaluator.age.pub").read_text(encoding="utf-8").strip()
    assert parties["evaluator"]["age_recipient"] == keys


def test_when_study_is_made_then_outboxes_hold_what_each_party_sends(study):
    for relative, party in ((ROSTER, "provider"), (ADMIN, "provider"), (SURVEY, "survey")):
        sent = study / "parties" / party / "outbox" / Path(relative).name
        assert sent.read_bytes() == (study / relative).read_bytes()
    transcripts = sorted((study / "work/received/vendor/transcripts").iterdir())
    sent = sorted((study / "parties/vendor/outbox").iterdir()) + sorted(
        (study / "parties/vendor2/outbox").iterdir()
    )
    assert sorted(p.name for p in sent) == [p.name for p in transcripts]
    assert {p.suffix for p in transcripts} == {".txt", ".vtt", ".srt", ".docx"}
    recordings = sorted(p.stem for p in (study / "work/recordings").rglob("*.wav"))
    assert recordings == [p.stem for p in transcripts]
    # vendor2's recordings are in its folder, so the transcription send gives them to it only
    vendor2 = sorted(p.stem for p in (study / "work/recordings/vendor2").iterdir())
    assert vendor2 == sorted(
        p.name.split(".")[0] for p in (study / "parties/vendor2/outbox").iterdir()
    )


def test_when_study_is_made_then_each_vendor_was_sent_the_recordings_of_its_transcripts(study):
    sent: dict[str, list[str]] = {}
    for path in (study / "results/exchange/sent").glob("*.json"):
        record = json.loads(path.read_text())
        sent.setdefault(record["to"], []).extend(f["name"] for f in record["files"])
    for vendor in ("vendor", "vendor2"):
        outbox = sorted(
            p.name.split(".")[0] for p in (study / "parties" / vendor / "outbox").iterdir()
        )
        assert sorted(name.removesuffix(".wav.age") for name in sent[vendor]) == outbox


def test_when_same_seed_is_used_twice_then_data_files_are_byte_identical(study, tmp_path):
    again = tmp_path / "again"
    init_study(again, staff=200, seed=11)
    first, second = _data_files(study), _data_files(again)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []
    assert yaml.safe_load((study / "parties.yaml").read_text()) != yaml.safe_load(
        (again / "parties.yaml").read_text()
    )


def test_when_seeds_differ_then_data_differs(study, tmp_path):
    other = tmp_path / "other"
    init_study(other, staff=200, seed=12)
    for relative in (ROSTER, SURVEY, "truth/planted.jsonl"):
        assert (study / relative).read_bytes() != (other / relative).read_bytes()


@pytest.fixture(scope="module")
def population() -> pl.DataFrame:
    rng = np.random.default_rng(3)
    return generate_staff(rng, vocabulary(), pseudonymous_ids(rng, 20_000)).admin


def test_when_population_is_large_then_distributions_are_realistic(population):
    military = population.filter(pl.col("service_branch") != "Civil Service")
    female_share = (military["gender"] == "Female").mean()
    assert 0.10 <= female_share <= 0.14
    ranks = military["rank_band"].value_counts(sort=True)
    assert ranks["rank_band"][0] == "OR1-4"
    sickness = population["sickness_absence_days"]
    assert 0.4 <= (sickness == 0).mean() <= 0.6
    assert sickness.max() > 100 and sickness.mean() > sickness.median()
    tenure = population.group_by("age_band").agg(pl.col("tenure_years").mean()).sort("age_band")
    assert tenure["tenure_years"].is_sorted()
    bases = population["base"].value_counts()
    assert bases["count"].min() < 0.002 * population.height < bases["count"].max()


def test_when_population_is_made_then_rare_combinations_exist(population):
    combos = population.group_by("service_branch", "gender", "age_band", "rank_band").len()
    assert combos.filter(pl.col("len") == 1).height >= 1


@pytest.mark.parametrize(("staff", "seed"), [(10, 0), (13, 5), (25, 9)])
def test_when_study_is_tiny_then_it_is_still_whole_and_truthful(
    tmp_path, misplaced_truth, staff, seed
):
    root = tmp_path / "tiny"
    manifest = init_study(root, staff=staff, seed=seed)
    assert _read(root, ROSTER).height == staff
    assert manifest["counts"]["survey"]["rows"] >= 3
    assert misplaced_truth(root, "planted.jsonl") == []


def test_when_long_text_budget_is_small_then_only_that_many_rows_carry_identifiers(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("sealflow.demo.study.LONG_TEXT_BUDGET", 5)
    root = tmp_path / "bounded"
    manifest = init_study(root, staff=300, seed=2)
    survey_rows = {
        json.loads(line)["location"].get("row")
        for line in (root / "truth/planted.jsonl").read_text().splitlines()
        if line.startswith('{"doc_id":"survey_export"')
    }
    assert 1 <= len(survey_rows) <= 5
    assert manifest["counts"]["survey"]["long_text_rows"] == 5
    free_text = _read(root, SURVEY)["ft_barriers"].drop_nulls()
    assert free_text.len() > 20  # stock answers for everyone else


def test_when_survey_is_made_then_only_consenting_rows_answer_the_contact_question(study):
    survey = _read(study, SURVEY)
    declined = survey.filter(pl.col("consent") == "no")
    consented = survey.filter(pl.col("consent") == "yes")
    assert declined["interview_contact"].is_null().all()
    assert set(consented["interview_contact"]) == {"yes", "no"}
    manifest = json.loads((study / "truth/manifest.json").read_text())
    agreed = (consented["interview_contact"] == "yes").sum()
    assert manifest["counts"]["survey"]["agreed_to_contact"] == agreed


def test_when_the_demo_is_made_then_every_reviewer_key_its_config_names_exists(study):
    """attack18 G8: outcome.quotes.reviewer_public_key named reviewer.pub, which the demo
    never made, so OPERATIONS.md's quote steps ended in a failed outcome."""
    from sealflow.key_files import REVIEWER_KEYS, check_reviewer_keys

    config = load_config(study / "config.yaml")
    assert check_reviewer_keys(config) == []
    named = set()
    for path in REVIEWER_KEYS:
        value = config
        for part in path:
            value = value[part]
        named.add(value)
    assert named == {"parties/reviewer/keys/reviewer.minisign.pub"}
    assert (study / "parties/reviewer/keys/reviewer.minisign.key").is_file()
