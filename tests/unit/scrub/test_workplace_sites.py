"""A workplace named by its site is one place: "the Asda Lutterworth distribution centre",
"Whitehaven Tesco", "Salisbury District Hospital", "HMP Dartmoor". Before, the town alone went
and the employer and the facility stood beside its placeholder, or a hospital or a prison was
read as a person ("[PERSON-1] Hospital"), with a person's placeholder and a place in the people
index. An employer alone identifies no one and stays."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.public_names import PublicNames
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I got a job at the Amazon Swindon fulfilment centre on nights.",
            "I got a job at the [LOCATION-1] on nights.",
        ),
        (
            "She works at Tesco Extra Taunton now, stacking shelves.",
            "She works at [LOCATION-1] now, stacking shelves.",
        ),
        (
            "I'm a warehouse operative at the Asda Lutterworth distribution centre.",
            "I'm a warehouse operative at the [LOCATION-1].",
        ),
        ("My wife is at Whitehaven Tesco on tills.", "My wife is at [LOCATION-1] on tills."),
        (
            "My wife is a nurse at Salisbury District Hospital.",
            "My wife is a nurse at [LOCATION-1].",
        ),
        (
            "They moved him to Morriston Hospital for the operation.",
            "They moved him to [LOCATION-1] for the operation.",
        ),
        (
            "She trained at the Queen Elizabeth Hospital Birmingham.",
            "She trained at the [LOCATION-1].",
        ),
        (
            "He did six months in HMP Dartmoor before he got out.",
            "He did six months in [LOCATION-1] before he got out.",
        ),
        ("He's at HMP & YOI Doncaster now.", "He's at [LOCATION-1] now."),
        (
            "The job at B&Q Yeovil fell through, so I went to Screwfix in Frome.",
            "The job at [LOCATION-1] fell through, so I went to Screwfix in [LOCATION-2].",
        ),
    ],
)
def test_when_a_workplace_is_named_by_its_site_then_the_site_goes_as_one_place(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He works nights at Tesco and loves it.",
        "I rang Combat Stress and then Tesco about the job.",
        "Tesco meal deals and Asda on a Sunday, that's my life now.",
    ],
)
def test_when_an_employer_is_named_alone_then_it_stays(engine: ScrubEngine, text: str) -> None:
    assert scrub_texts(engine, [text]) == [text]


def test_when_a_field_hospital_is_named_then_it_stays_a_unit_not_a_site(
    engine: ScrubEngine,
) -> None:
    (scrubbed,) = scrub_texts(engine, ["She was posted to 22 Field Hospital in 2019."])
    assert scrubbed == "She was posted to [UNIT-1] in 2019."


def test_when_an_employer_is_a_public_name_then_it_is_cut_only_out_of_a_place_beside_nothing():
    """A public name inside a place is kept in the place when the place holds more than it
    ("Whitehaven Tesco"); a place that is the employer alone, or a public name that is no
    employer ("Combat Stress"), is still cut."""
    public = PublicNames.build(["Tesco", "Combat Stress"], [], ["Tesco"])
    text = "at Whitehaven Tesco and Combat Stress Leatherhead"
    site = (text.index("Whitehaven"), text.index(" and"))
    assert public.spans_in_a_place(text, *site) == [(text.index("Combat"), text.index(" Leath"))]
    tesco = (text.index("Tesco"), text.index(" and"))
    assert public.spans_in_a_place(text, *tesco) == public.spans(text)
    charity = (text.index("Combat"), len(text))
    assert public.spans_in_a_place(text, *charity) == public.spans(text)
