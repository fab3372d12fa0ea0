"""Free text in the released microdata never says more than the row's released key values."""

from __future__ import annotations

import itertools

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.sdc.free_text_leakage import WITHHELD, generalise_free_text

from .synthetic import linked_table

VOCABULARY = linked_table(200, 1)


@pytest.mark.parametrize(
    "released, text, expected, action",
    [
        ({"tenure_years": "2-4"}, "after 3 years in [UNIT-1] it got better",
         "after 2-4 years in [UNIT-1] it got better", "generalised"),
        ({"tenure_years": "*"}, "after 3 years in [UNIT-1] it got better",
         f"after {WITHHELD} [UNIT-1] it got better", "withheld"),
        ({}, "after 3 years in [UNIT-1] it got better",
         f"after {WITHHELD} [UNIT-1] it got better", "withheld"),
        ({"tenure_years": "3"}, "after 3 years in [UNIT-1] it got better",
         "after 3 years in [UNIT-1] it got better", "kept"),
        ({"sickness_absence_days": "10-19"}, "I had twelve days off sick in the winter",
         "I had 10-19 days off sick in the winter", "generalised"),
        ({"sickness_absence_days": "5-9"}, "I had 12 days off sick in the winter",
         f"I had {WITHHELD} in the winter", "withheld"),  # the band does not hold it
        ({"age_band": "25-34"}, "I'm 31 and it helped", "I'm 25-34 and it helped", "generalised"),
        ({"rank_band": "OF4-5"}, "As a Lieutenant Colonel I felt alone",
         "As a [rank_band: OF4-5] I felt alone", "generalised"),
        ({"base": "North"}, "Everyone at Catterick Garrison was kind",
         "Everyone at [base: North] was kind", "generalised"),
        ({"base": "Catterick Garrison"}, "Everyone at Catterick Garrison was kind",
         "Everyone at Catterick Garrison was kind", "kept"),
        ({"sickness_absence_days": "*"}, "I was off for 12 days and it helped",
         f"I {WITHHELD} and it helped", "withheld"),
        ({"tenure_years": "10-14"}, "The best thing done for us in 12 years.",
         "The best thing done for us in 10-14 years.", "generalised"),
        ({"tenure_years": "2-4"}, "Nothing in here to find at all.",
         "Nothing in here to find at all.", None),
    ],
)  # fmt: skip
def test_when_free_text_is_finer_than_the_released_value_then_it_is_brought_to_it(
    released, text, expected, action
):
    frame = pl.DataFrame([{**released, "ft_experience": text}])
    out, counts = generalise_free_text(frame, ["ft_experience"], VOCABULARY)
    assert out["ft_experience"].to_list() == [expected]
    if action is None:
        assert counts.mentions == 0
    else:
        assert counts.mentions == 1
        assert counts.generalised == (action == "generalised")
        assert counts.withheld == (action == "withheld")
        assert counts.rows_changed == (action != "kept")


def test_when_text_is_null_or_column_absent_then_nothing_breaks():
    frame = pl.DataFrame({"tenure_years": ["2-4", "5-9"], "ft_barriers": [None, "12 years in"]})
    out, counts = generalise_free_text(frame, ["ft_barriers", "ft_missing"], VOCABULARY)
    assert out["ft_barriers"].to_list() == [None, WITHHELD]
    assert counts.as_dict()["by_column"] == {
        "tenure_years": {"kept": 0, "generalised": 0, "withheld": 1}
    }


EDGES = [0, 2, 5, 10, 15, 20, 25, 30]


def band_of(years: int) -> str:
    for low, high in itertools.pairwise(EDGES):
        if low <= years < high:
            return f"{low}-{high - 1}" if high - 1 > low else str(low)
    return f"{EDGES[-1]}+"


@settings(max_examples=80, deadline=None)
@given(
    years=st.integers(0, 45),
    released_years=st.integers(0, 45),
    withheld=st.booleans(),
    words=st.booleans(),
)
def test_when_service_is_stated_then_output_holds_only_the_released_band(
    years, released_years, withheld, words
):
    from sealflow.sdc.quote_leakage import WORD_NUMBERS

    spoken = {v: w for w, v in WORD_NUMBERS.items() if " " not in w}
    said = spoken.get(years, str(years)) if words else str(years)
    label = "*" if withheld else band_of(released_years)
    frame = pl.DataFrame({"tenure_years": [label], "ft": [f"I've served {said} years now."]})
    out = generalise_free_text(frame, ["ft"], VOCABULARY)[0]["ft"][0]
    if not withheld and band_of(years) == label:
        assert out == f"I've served {label} years now."
    else:
        assert out == f"I've {WITHHELD} now."
        assert said not in out.replace(WITHHELD, "")
