"""A second deposit that differs from the first by fewer than k rows tells whoever holds both
which rows changed: after a withdrawal, the withdrawn person's answers and free text (a blind
intruder test found it). The deposit compares each new deposit's rows with every earlier
one's and refuses a small difference unless the data manager accepts it, audited.
"""

from __future__ import annotations

import json
import random
from collections import Counter

import polars as pl
import pytest

from sealflow.cli import main
from sealflow.deposit import front
from sealflow.deposit.row_difference import (
    RECORD_NAME,
    SmallDifferenceError,
    fingerprint_columns,
    row_fingerprints,
)

from .conftest import anonymised_table, archive_ids, write_stage_outputs

REASON = "a participant withdrew after the first deposit (ticket 7)"


def _certify(config, reviewer_key) -> None:
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)


def _after_withdrawals(study, table: pl.DataFrame, withdrawn: int, seed: int) -> pl.DataFrame:
    """The study re-run after ``withdrawn`` people left: their rows gone, every archive ID
    drawn afresh and the rows shuffled, as a new anonymisation writes them."""
    kept = table.slice(withdrawn)
    kept = kept.with_columns(pl.Series("archive_id", archive_ids(random.Random(seed), kept.height)))
    kept = kept.sample(fraction=1.0, shuffle=True, seed=seed)
    write_stage_outputs(study, table=kept)
    return kept


def _own_words(table: pl.DataFrame, tag: str) -> pl.DataFrame:
    answers = [f"{tag} answer {i}" for i in range(table.height)]
    return table.with_columns(pl.Series("ft_experience", answers))


def _archive_batches(study) -> set:
    return set((study / "dropbox/archive").iterdir())


def test_when_two_deposits_differ_by_one_row_then_matching_them_finds_that_row():
    # the intruder's attack, on the fingerprint columns: archive IDs differ, answers do not
    first = anonymised_table()
    second = first.slice(1).with_columns(
        pl.Series("archive_id", archive_ids(random.Random(3), first.height - 1))
    )
    columns = fingerprint_columns(first.columns, ["gender", "tenure_years"])
    assert "archive_id" not in columns and "gender" not in columns and "wb_1" in columns
    left = Counter(row_fingerprints(first, columns, "salt")) - Counter(
        row_fingerprints(second, columns, "salt")
    )
    assert sum(left.values()) == 1
    (only,) = left
    assert only == row_fingerprints(first.head(1), columns, "salt")[0]


def test_when_a_second_deposit_differs_by_fewer_than_k_rows_then_it_is_refused_until_accepted(
    study, config, settings, reviewer_key
):
    _certify(config, reviewer_key)
    first = front.deposit_study(config)
    assert first["rows_differing_from_earlier_deposits"] == []
    _after_withdrawals(study, anonymised_table(), withdrawn=1, seed=5)
    _certify(config, reviewer_key)
    batches = _archive_batches(study)
    with pytest.raises(
        SmallDifferenceError, match=r"by 1 row\(s\) gone and 0 new, fewer than k="
    ) as err:
        front.deposit_study(config, override_reason=REASON)
    assert first["batch_id"] in str(err.value) and "Nothing was sent" in str(err.value)
    assert _archive_batches(study) == batches  # nothing reached the archive

    second = front.deposit_study(config, override_reason=REASON, accept_small_difference=True)
    assert second["rows_differing_from_earlier_deposits"] == [
        {"batch_id": first["batch_id"], "rows_gone": 1, "rows_new": 0}
    ]
    entries = [json.loads(line) for line in (study / "work/audit/audit.jsonl").open()]
    (accepted,) = [
        e for e in entries
        if e["details"].get("step") == "small difference from an earlier deposit accepted"
    ]  # fmt: skip
    assert accepted["details"]["differences"][0]["rows_gone"] == 1
    record = json.loads((settings.records / RECORD_NAME).read_text())
    assert [d["batch_id"] for d in record["deposits"]] == [first["batch_id"], second["batch_id"]]
    assert all(len(d["rows"][0]) == 32 for d in record["deposits"])  # hashes, no values


def test_when_k_or_more_rows_changed_then_a_second_deposit_goes_without_being_asked(
    study, config, settings, reviewer_key
):
    # k people withdrawn and k new respondents, each answering in words of their own (rows
    # that answer alike hide one another, and count as no difference)
    table = _own_words(anonymised_table(), "old")
    write_stage_outputs(study, table=table)
    _certify(config, reviewer_key)
    first = front.deposit_study(config)
    k = settings.study.sdc.k
    fresh = _own_words(anonymised_table(rows=k, seed=99), "new")
    _after_withdrawals(study, pl.concat([table, fresh]), k, seed=6)
    _certify(config, reviewer_key)
    second = front.deposit_study(config, override_reason=REASON)
    (difference,) = second["rows_differing_from_earlier_deposits"]
    assert difference["batch_id"] == first["batch_id"]
    assert difference["rows_gone"] >= k and difference["rows_new"] >= k


def test_when_accepting_a_small_difference_without_an_override_then_one_clear_error(study, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["deposit", "--accept-small-difference", "--config", str(study / "config.yaml")])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "--accept-small-difference is for a second deposit" in err and err.count("\n") == 1


def test_when_the_record_of_deposited_rows_is_damaged_then_the_deposit_stops_and_says_so(
    study, config, settings, reviewer_key
):
    _certify(config, reviewer_key)
    front.deposit_study(config)
    (settings.records / RECORD_NAME).write_text("{}")
    _certify(config, reviewer_key)
    batches = _archive_batches(study)
    with pytest.raises(SmallDifferenceError, match="not a record of deposited rows"):
        front.deposit_study(config, override_reason=REASON)
    assert _archive_batches(study) == batches
