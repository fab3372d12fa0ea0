"""Quotations: candidates, leakage flags, and only signed, matching approvals leave."""

from __future__ import annotations

import csv
import io

import polars as pl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sealflow.errors import InputSchemaError, SignatureError
from sealflow.sdc.quote_leakage import QuoteLeakageChecker
from sealflow.sdc.quotes import (
    CANDIDATE_COLUMNS,
    Candidate,
    approved_quotes,
    candidates_csv,
    extract_candidates,
    record_approvals,
    select_quotes,
    write_candidates,
)
from sealflow.seal.minisign import sign_file
from sealflow.seal.minisign_keys import MinisignSecretKey

from .synthetic import linked_table

UNIQUE = "As the only Lieutenant Colonel at Catterick Garrison I felt the programme ignored us."


def microdata() -> pl.DataFrame:
    frame = linked_table(400, 21)
    # One person: OF4-5 at Catterick Garrison; many Medical people at Tidworth Camp.
    return frame.with_columns(
        pl.when(pl.int_range(pl.len()) == 0)
        .then(pl.lit("OF4-5"))
        .otherwise(pl.lit("OR1-4"))
        .alias("rank_band"),
        pl.when(pl.int_range(pl.len()) == 0)
        .then(pl.lit("Catterick Garrison"))
        .otherwise(pl.lit("Tidworth Camp"))
        .alias("base"),
    )


@pytest.mark.parametrize(
    "quote, flagged, columns",
    [
        (UNIQUE, True, {"rank_band", "base"}),
        ("The Lt Col at Catterick was supportive of the wellbeing sessions overall.", True,
         {"rank_band", "base"}),
        ("Most of us at Tidworth found the sessions useful and well run.", False, {"base"}),
        ("After 22 years in the army and as a woman, it was hard to speak up.", None,
         {"tenure_years", "gender", "service_branch"}),
        ("I've been in about eight years now, mostly at Catterick, and the Navy was fine.", None,
         {"tenure_years", "base", "service_branch"}),
        ("It was a major problem that private sessions were cancelled in general.", False, set()),
        ("Nothing here says anything about who I am at all, honestly.", False, set()),
    ],
)  # fmt: skip
def test_when_quote_mentions_quasi_identifiers_then_flag_follows_microdata(quote, flagged, columns):
    checker = QuoteLeakageChecker(microdata(), k=10)
    finding = checker.check(quote)
    assert {m.column for m in finding.mentions} == columns
    conditions = [
        pl.col(m.column).is_between(m.value - 1, m.value + 1)
        if m.column == "tenure_years"
        else pl.col(m.column) == m.value
        for m in finding.mentions
    ]
    expected_count = microdata().filter(pl.all_horizontal([pl.lit(True), *conditions])).height
    assert finding.matching_records == expected_count
    if flagged is not None:
        assert finding.flagged is flagged
    assert finding.flagged == (expected_count < 10)
    if finding.flagged:
        assert f"{expected_count} records in the microdata fit (fewer than k=10)" in finding.reason


def write_transcripts(folder):
    folder.mkdir()
    (folder / "interview_01.txt").write_text(
        "Interviewer: How did you find it?\n"
        f"Participant: {UNIQUE}\n"
        "Participant: Yes.\n"
        "[PERSON-1]: The group sessions helped me sleep better and talk to my family again.\n",
        encoding="utf-8",
    )
    (folder / "interview_02.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"
        "<v Participant>I would recommend the programme to anyone in my unit who is struggling.\n",
        encoding="utf-8",
    )


def test_when_transcripts_read_then_participant_turns_of_enough_words_become_candidates(tmp_path):
    write_transcripts(tmp_path / "t")
    candidates = extract_candidates(tmp_path / "t", min_words=8, max_words=120)
    assert [c.document_id for c in candidates] == ["interview_01", "interview_01", "interview_02"]
    assert candidates[0].quote == UNIQUE
    assert all("How did you find it" not in c.quote for c in candidates)


@pytest.fixture
def study(tmp_path):
    write_transcripts(tmp_path / "transcripts")
    micro = tmp_path / "linked.parquet"
    microdata().write_parquet(micro)
    candidates = tmp_path / "candidates.csv"
    write_candidates(tmp_path / "transcripts", micro, candidates, k=10, min_words=8, max_words=120)
    reviewer = MinisignSecretKey.generate()
    secret = tmp_path / "reviewer.key"
    secret.write_text(reviewer.encode_file())
    public = tmp_path / "reviewer.pub"
    public.write_text(reviewer.public.encode_file())
    return tmp_path, candidates, secret, public


def approve(candidates, approvals, approve_ids, edit=None):
    with open(candidates, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if row["quote_id"] in approve_ids:
            row["approved_by"], row["approved_at"] = "Reviewer A", "2026-11-25"
        if edit:
            edit(row)
    with open(approvals, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, CANDIDATE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def test_when_candidates_written_then_unique_combination_is_flagged_with_reason(study):
    _, candidates, _, _ = study
    with open(candidates, encoding="utf-8", newline="") as fh:
        rows = {r["quote"]: r for r in csv.DictReader(fh)}
    assert rows[UNIQUE]["leakage_flag"] == "yes"
    assert "fewer than k=10" in rows[UNIQUE]["leakage_reason"]
    assert all(r["approved_by"] == "" for r in rows.values())


def test_when_approvals_signed_then_only_approved_quotes_leave(study):
    folder, candidates, secret, public = study
    approvals = folder / "approvals.csv"
    approve(candidates, approvals, {"interview_02-0001"})
    sign_file(approvals, secret)
    released = approved_quotes(candidates, approvals, public)
    assert [q["quote"][:20] for q in released] == ["I would recommend th"]
    assert released[0]["approved_by"] == "Reviewer A"
    assert set(released[0]) == {"quote", "approved_by", "approved_at"}  # no document_id


def test_when_flagged_quote_approved_without_signed_reason_then_it_is_withheld_and_counted(
    study,
):
    folder, candidates, secret, public = study
    approvals = folder / "approvals.csv"
    every = {"interview_01-0001", "interview_01-0003", "interview_02-0001"}
    approve(candidates, approvals, every)
    sign_file(approvals, secret)
    selection = select_quotes(candidates, approvals, public)
    assert UNIQUE not in [q["quote"] for q in selection.released]
    assert selection.counts() == {
        "candidates": 3,
        "flagged": 1,
        "approved": 3,
        "approved_flagged_with_reason": 0,
        "withheld_flagged_without_reason": 1,
        "withheld_interviewee_left_out": 0,
        "withheld_changed_since_approval": 0,
        "released": 2,
    }

    def reason(row):
        if row["quote_id"] == "interview_01-0001":
            row["approval_reason"] = "The rank and base are in the published unit history."

    approve(candidates, approvals, every, reason)
    sign_file(approvals, secret)
    selection = select_quotes(candidates, approvals, public, group_ids=True)
    assert UNIQUE in [q["quote"] for q in selection.released]
    assert selection.counts()["approved_flagged_with_reason"] == 1
    groups = {q["quote"][:10]: q["group_id"] for q in selection.released}
    assert len(set(groups.values())) == 2 and all(g.startswith("G-") for g in groups.values())
    again = select_quotes(candidates, approvals, public, group_ids=True)
    assert {q["group_id"] for q in again.released}.isdisjoint(groups.values())  # new each time


def test_when_flagged_quote_approved_on_the_command_line_then_reason_is_required(study):
    folder, candidates, _, _ = study
    approvals = folder / "approvals.csv"
    with pytest.raises(InputSchemaError, match=r"interview_01-0001 are flagged.*--reason"):
        record_approvals(candidates, approvals, ["interview_01-0001"], "Reviewer A")
    assert (
        record_approvals(
            candidates, approvals, ["interview_01-0001"], "Reviewer A", reason="public record"
        )
        == 1
    )
    with open(approvals, encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["quote_id"] == "interview_01-0001")
    assert row["approval_reason"] == "public record"


@pytest.mark.parametrize("tamper", ["unsigned", "edited_after_signing", "other_key"])
def test_when_approvals_not_signed_by_reviewer_then_signature_error(study, tamper):
    folder, candidates, secret, public = study
    approvals = folder / "approvals.csv"
    approve(candidates, approvals, {"interview_02-0001"})
    if tamper == "edited_after_signing":
        sign_file(approvals, secret)
        approve(candidates, approvals, {"interview_02-0001", "interview_01-0003"})
    elif tamper == "other_key":
        other = folder / "other.key"
        other.write_text(MinisignSecretKey.generate().encode_file())
        sign_file(approvals, other)
    with pytest.raises(SignatureError):
        approved_quotes(candidates, approvals, public)


def test_when_approved_quote_text_differs_from_candidate_then_withheld_and_counted(study):
    folder, candidates, secret, public = study
    approvals = folder / "approvals.csv"

    def edit(row):
        if row["quote_id"] == "interview_02-0001":
            row["quote"] = row["quote"].replace("anyone", "Sgt Okafor")

    approve(candidates, approvals, {"interview_02-0001"}, edit)
    sign_file(approvals, secret)
    selection = select_quotes(candidates, approvals, public)
    assert selection.released == []
    assert selection.counts()["withheld_changed_since_approval"] == 1


RANK_WORDS = {"OR1-4": "Corporal", "OR5-7": "Sergeant", "OR8-9": "Warrant Officer",
              "OF1-3": "Lieutenant", "OF4-5": "Lt Col", "OF6+": "Brigadier"}  # fmt: skip
ROLE_WORDS = {"Medical": "medic", "Aircrew": "pilot", "Chaplaincy": "padre", "Signals": "signaller",
              "Infantry": "infantryman", "Engineering": "engineer"}  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 1000), row=st.integers(0, 199), k=st.integers(2, 15))
def test_when_quote_describes_a_record_then_flag_is_whether_fewer_than_k_fit(seed, row, k):
    frame = linked_table(200, seed)
    person = frame.row(row, named=True)
    assume(person["rank_band"] in RANK_WORDS and person["role"] in ROLE_WORDS)
    quote = (
        f"As a {RANK_WORDS[person['rank_band']]} and {ROLE_WORDS[person['role']]} "
        f"at {person['base']} I found the sessions useful."
    )
    fitting = frame.filter(
        (pl.col("rank_band") == person["rank_band"])
        & (pl.col("role") == person["role"])
        & (pl.col("base") == person["base"])
    ).height
    finding = QuoteLeakageChecker(frame, k).check(quote)
    assert finding.matching_records == fitting >= 1
    assert finding.flagged is (fitting < k)
    if fitting == 1:
        assert finding.flagged and "1 records in the microdata fit" in finding.reason


def population() -> pl.DataFrame:
    """A staff file where 4 people had exactly 12 days off sick; ages and service vary."""
    frame = linked_table(400, 5)
    index = pl.int_range(pl.len())
    return frame.with_columns(
        pl.when(index < 4).then(12).otherwise(pl.col("sickness_absence_days").clip(0, 11))
        .alias("sickness_absence_days")
    )  # fmt: skip


@pytest.mark.parametrize(
    "quote, column, value",
    [
        ("I had 12 days off sick after the tour and nobody called.", "sickness_absence_days", 12),
        ("I was off sick for twelve days and nobody called me once.", "sickness_absence_days", 12),
        ("Honestly I took twelve days' sick leave and felt guilty.", "sickness_absence_days", 12),
        ("I'm 34 now and the programme came at the right time for me.", "age_band", 34),
        ("When I was nineteen years old it would have helped even more.", "age_band", 19),
        ("I've served twenty-two years and never seen anything like it.", "tenure_years", 22),
        ("Some weeks I did 3 shifts in a row without a break at all.", None, None),
        ("I was off for 12 days and the programme helped me back.", "sickness_absence_days", 12),
        ("The most useful thing the MOD has done for us in 12 years.", "tenure_years", 12),
        ("In 5 years' time I hope this is still running for everyone.", None, None),
        ("Since I left the army I have had nobody to talk to about it.", "turnover_status", "Left"),
        ("I was transferred twice and the sessions followed me each time.", "turnover_status",
         "Transferred"),
        ("My friend left early but I stayed for all of the sessions.", None, None),
    ],
)  # fmt: skip
def test_when_quote_states_a_number_then_the_key_variable_is_found(quote, column, value):
    checker = QuoteLeakageChecker(population(), k=10, source="population extract")
    numeric = [
        m for m in checker.mentions(quote)
        if m.column in ("sickness_absence_days", "age_band", "tenure_years", "turnover_status")
    ]  # fmt: skip
    assert [(m.column, m.value) for m in numeric] == ([(column, value)] if column else [])


def test_when_sickness_absence_is_rare_then_quote_is_flagged_against_the_population():
    checker = QuoteLeakageChecker(population(), k=10, source="population extract")
    finding = checker.check("Twelve days off sick and not one phone call from the unit.")
    assert finding.flagged and finding.matching_records == 4
    assert "4 records in the population extract fit (fewer than k=10)" in finding.reason


@pytest.mark.parametrize(
    "quote, flagged",
    [
        ("Down at CTCRM [BASE-2] the course was brutal but fair.", True),
        ("We were all sent to [BASE-2] Garrison for the second phase.", True),
        ("When I got to [BASE-2] we had a lot of support from the team.", False),
        ("[PERSON-1] said the sessions helped. I agree with that.", False),
    ],
)
def test_when_a_name_stands_beside_a_placeholder_then_quote_is_flagged(quote, flagged):
    finding = QuoteLeakageChecker(population(), k=10).check(quote)
    assert finding.flagged is flagged
    if flagged:
        assert "beside a placeholder" in finding.reason


def test_when_interviewee_quotes_combine_below_k_then_each_contributing_quote_is_flagged():
    staff = population()
    person = staff.row(0, named=True)
    service = (
        f"I've served {person['tenure_years']} years, all of it in the {person['service_branch']}."
    )
    quotes = [
        "Twelve days off sick last winter, and I still came back to the same job.",
        service,
        "The sessions themselves were fine and the facilitator was kind to everyone.",
    ]
    checker = QuoteLeakageChecker(staff, k=10, source="population extract")
    alone = [checker.check(q).flagged for q in quotes]
    together = checker.check_together(quotes)
    fitting = staff.filter(
        (pl.col("sickness_absence_days") == 12)
        & pl.col("tenure_years").is_between(person["tenure_years"] - 1, person["tenure_years"] + 1)
        & (pl.col("service_branch") == person["service_branch"])
    ).height
    assert together.matching_records == fitting and together.flagged
    text = candidates_csv(
        [Candidate("INT-7", f"INT-7-{i:04d}", q) for i, q in enumerate(quotes, start=1)], checker
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    # Every quote with a mention is flagged (alone or together); the quote with none is not.
    assert [r["leakage_flag"] for r in rows] == ["yes", "yes", "no"]
    assert alone[2] is False
    if not alone[1]:
        assert rows[1]["leakage_reason"].startswith("with this interviewee's other quotes")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 1000), row=st.integers(0, 199), k=st.integers(2, 15))
def test_when_one_interviewee_spreads_details_over_quotes_then_together_they_are_counted(
    seed, row, k
):
    staff = linked_table(200, seed)
    person = staff.row(row, named=True)
    assume(person["rank_band"] in RANK_WORDS)
    quotes = [
        f"As a {RANK_WORDS[person['rank_band']]} I found the sessions useful.",
        f"I had {person['sickness_absence_days']} days off sick last year.",
        f"I've served {person['tenure_years']} years now.",
    ]
    fitting = staff.filter(
        (pl.col("rank_band") == person["rank_band"])
        & (pl.col("sickness_absence_days") == person["sickness_absence_days"])
        & pl.col("tenure_years").is_between(person["tenure_years"] - 1, person["tenure_years"] + 1)
    ).height
    checker = QuoteLeakageChecker(staff, k, source="population extract")
    together = checker.check_together(quotes)
    assert together.matching_records == fitting >= 1
    assert together.flagged is (fitting < k)
    # Together never fit more staff than any quote alone.
    assert all(together.matching_records <= checker.check(q).matching_records for q in quotes)
