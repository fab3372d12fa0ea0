"""A rota's column of people: where most of a column's cells were found to name someone, its
other name-shaped cells go too ("| GRAY |", "| BELL |": surnames that are also words); a
column of dates, codes, rooms or kit stays, and so do TBC and leave codes in a column of
people."""

from __future__ import annotations

import pytest

from sealflow.scrub.scrubber import scrub_texts

ROTA = (
    "| Day | Duty Officer | Stand-by | Guard |\n|---|---|---|---|\n"
    "| Thu 19/05 | Sgt Okafor | Priya Sharma | TC |\n"
    "| Sat 06/05 | GRAY | Tomasz Nowak | RH |\n"
    "| Sun 22/11 | Cpl Mensah | BELL | A/L |\n"
    "| Mon 23/11 | Lt Haddad | Kofi Boateng | TBC |"
)


def test_when_a_column_is_mostly_people_then_its_other_names_go(engine):
    scrubbed = scrub_texts(engine, [ROTA])[0]
    for name in ("GRAY", "BELL", "Okafor", "Sharma", "Nowak", "Mensah", "Haddad", "Boateng"):
        assert name not in scrubbed, scrubbed
    for kept in ("Thu 19/05", "Sun 22/11", "A/L", "TBC", "| Duty Officer |", "| Stand-by |"):
        assert kept in scrubbed, scrubbed


@pytest.mark.parametrize(
    "table",
    [
        "| Item | Qty | Room |\n| Mug | 2 | Rm 4 |\n| Chair | 12 | Hall |\n| Desk | 1 | Office |",
        "| Day | Type | Auth |\n| Mon | A/L | TBC |\n| Tue | Course | Nil |\n| Wed | S/L | OFF |",
    ],
)
def test_when_a_column_names_no_one_then_it_stays(engine, table):
    scrubbed = scrub_texts(engine, [table])[0]
    for word in ("Room", "Hall", "Office", "A/L", "Course", "Nil", "OFF", "TBC", "Type"):
        if word in table:
            assert word in scrubbed, scrubbed


def test_when_a_column_holds_listed_surnames_in_capitals_then_they_go(engine):
    rota = (
        "Day | Duty Officer | Guard\n"
        "Wed 11/08 | THAPA | A/L\nSun 07/08 | WILSON | TBC\nFri 09/07 | PRITCHARD | S/L"
    )
    scrubbed = scrub_texts(engine, [rota])[0]
    assert not any(name in scrubbed for name in ("THAPA", "WILSON", "PRITCHARD")), scrubbed
    assert all(code in scrubbed for code in ("A/L", "TBC", "S/L", "Wed 11/08")), scrubbed


def test_when_a_rota_heads_its_bars_without_a_rule_then_its_labels_stay(engine):
    rota = (
        "DUTY ROTA - WK 35\nDay | Duty Officer | Guard | Stand-by\n"
        "Sun 21/03 | Sgt Okafor | A/L | C Smith"
    )
    scrubbed = scrub_texts(engine, [rota])[0]
    assert "Day | Duty Officer | Guard | Stand-by" in scrubbed, scrubbed
    assert "Okafor" not in scrubbed and "Smith" not in scrubbed, scrubbed
