"""Over-redaction guards of survey free text (issue #9 point 5): support organisations, apps
and MOD systems, public helplines, role words without a name and clock times stay; a person
named beside them, a personal phone and a case or reference number are still replaced."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.public_names import PublicNames, helpline_digits, outside
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings


@pytest.mark.parametrize(
    "text",
    [
        "I used togetherall and headspace, then calm when I couldn't sleep.",
        "SSAFA were brilliant, and combat stress sorted me out.",
        "help for heroes and the samaritans both listened.",
        "Mind and Veterans' Gateway pointed me to Op COURAGE.",
        "the rbl / royal british legion paid for the boiler.",
        "Blesma and Walking With The Wounded came to the house.",
        "Forces Line was the first call, then the Big White Wall.",
        "rang NHS 111 then got referred to DCMH.",
        "The PCRF went in on JPA and I got TRiM after the incident.",
        "DII and MODNET were down so the Defence Gateway was useless.",
        "we chat on WhatsApp, Teams, facebook and zoom.",
        "my fitbit, strava and garmin keep me going.",
        "Unit Welfare and HIVE helped, plus the AFF, NFF and RAF FF.",
        "the Padre and the Chaplaincy were great.",
        "I posted on Twitter about it.",
    ],
)
def test_when_an_answer_names_a_public_service_then_it_stays(engine: ScrubEngine, text):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dave from Combat Stress rang me back the next day.",
         "[PERSON-1] from Combat Stress rang me back the next day."),
        ("Sarah Jenkins at SSAFA helped me.", "[PERSON-1] at SSAFA helped me."),
        ("Cpl Jones from Combat Stress was great.", "[PERSON-1] from Combat Stress was great."),
    ],
)  # fmt: skip
def test_when_a_person_is_named_beside_a_public_service_then_only_the_person_goes(
    engine: ScrubEngine, text, expected
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call 999 or 112 if it's an emergency, 101 for the police, or 111.",
        "Samaritans on 116 123 any time, or text SHOUT to 85258.",
        "Combat Stress 24h line is 0800 138 1619 or 0800-138-1619 or 08001381619.",
        "Veterans Gateway 0808 802 1212, SSAFA Forces Line 0800 260 6767.",
        "ring +44 800 138 1619 from abroad, or (0808) 802-1212.",
    ],
)
def test_when_a_published_helpline_is_written_in_any_layout_then_it_stays(
    engine: ScrubEngine, text
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


@pytest.mark.parametrize(
    "text",
    [
        "my mobile is 07700 900123 if you want to talk.",
        "call me on 01632 960123 after work.",
        "ring 0800 138 1618 and ask for me.",
    ],
)
def test_when_a_phone_is_not_a_published_helpline_then_it_is_replaced(engine: ScrubEngine, text):
    (scrubbed,) = scrub_texts(engine, [text])
    assert re.search(r"\d{4}", scrubbed) is None, scrubbed
    assert "[PHONE-1]" in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "my sgt was fine but the OC was not.",
        "the padre listened and the 2ic shouted.",
        "our cpl is sound, the CO is new.",
        "my line manager and the RSM were supportive.",
        "the welfare officer rang me.",
        "spoke to the uwo and the adj, then physio and rehab.",
        "my line mgr ignored it and hr were useless; tbh the padre was the only 1 who listened.",
        "spoke 2 my lm and the uwo; my OC n CO both knew; the rsm and the csm were decent.",
        "Honestly the Adjt was great; waited 5 yrs for a call back.",
    ],
)
def test_when_a_role_word_stands_without_a_name_then_it_stays(engine: ScrubEngine, text):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Sgt Wilson was horrible to me.", "Wilson"),
        ("the OC Major Hughes ignored it.", "Hughes"),
        ("my sgt smith was fine.", "smith"),
        ("Adjt Smith was great.", "Smith"),
    ],
)
def test_when_a_role_word_has_a_name_after_it_then_the_name_is_replaced(
    engine: ScrubEngine, text, gone
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert gone not in scrubbed and "[PERSON-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "im up at 0630 every day and finish at 7pm.",
        "worked till 1730hrs then again at 2200.",
        "shifts are 0900-1700 and nights 2200-0600.",
        "Guard 2200-0600 every other week.",
        "from 0600 to 1800 most days, sometimes 0730 hrs start.",
        "worked 0800–1600 then 1600-2359; on duty 2300-0700 and 07:00-19:00 at weekends.",
        "on call from 1700hrs till 0800hrs, phoned at 2130 and again at 0015.",
    ],
)
def test_when_an_answer_gives_a_clock_time_then_it_stays(engine: ScrubEngine, text):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my case 4471-2290 is still open.", "my case [REF-1] is still open."),
        ("ref 20231187 was closed without a call.", "ref [REF-1] was closed without a call."),
        ("Ticket #48213 and claim no. 55512345 went nowhere.",
         "Ticket #[REF-1] and claim no. [REF-2] went nowhere."),
        ("Combat Stress gave me case ref CS-100234.", "Combat Stress gave me case ref [REF-1]."),
    ],
)  # fmt: skip
def test_when_a_case_or_reference_number_is_given_then_it_is_replaced(
    engine: ScrubEngine, text, expected
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == expected


@pytest.mark.parametrize(
    ("number", "digits"),
    [
        ("0800 138 1619", "08001381619"),
        ("+44 (0)800 138 1619", "08001381619"),
        ("+44 800 138 1619", "08001381619"),
        ("0044 808 802 1212", "08088021212"),
        ("116-123", "116123"),
    ],
)
def test_when_a_number_is_written_in_a_layout_then_its_digits_are_as_dialled(number, digits):
    assert helpline_digits(number) == digits


@pytest.mark.parametrize(
    ("value", "helpline"),
    [("999", True), ("0800-138-1619", True), ("Flat 101", False), ("01632 960123", False)],
)
def test_when_a_value_has_letters_then_it_is_never_a_helpline(value, helpline):
    public = PublicNames.build([], ["999", "101", "0800 138 1619"])
    assert public.is_helpline(value) is helpline


@pytest.mark.parametrize(
    ("text", "span", "pieces"),
    [
        ("Dave from Combat Stress", (0, 23), ["Dave from"]),
        ("Sarah Jenkins SSAFA", (0, 19), ["Sarah Jenkins"]),
        ("Combat Stress", (0, 13), []),
        ("Dave Smith", (0, 10), ["Dave Smith"]),
    ],
)
def test_when_a_span_holds_a_public_name_then_only_the_rest_is_left(text, span, pieces):
    public = default_settings().public_names()
    left = outside(text, *span, public.spans(text))
    assert [text[a:b] for a, b in left] == pieces


def test_when_the_allow_list_is_read_then_no_one_word_public_name_is_a_listed_name():
    """A one-word public name must never be a person's name too (why "Haig" is left out:
    "Haig Housing" is listed whole)."""
    settings = default_settings()
    single = [n for n in settings.yaml("allow_list")["public_names"] if " " not in n]
    assert len(single) >= 40
    assert [n for n in single if settings.wordlists().is_listed_name(n)] == []


def test_when_texts_are_asked_again_and_in_turn_then_each_gets_its_own_spans():
    """spans() keeps the last text's answer (asked twice per document): a repeated text
    gets the same spans, another text its own, and changing a returned list changes
    nothing kept."""
    public = PublicNames.build(["Combat Stress", "SSAFA"], [])
    texts = ["Dave from Combat Stress", "SSAFA and combat stress", "nothing here", "SSAFA"]
    expected = [[(10, 23)], [(0, 5), (10, 23)], [], [(0, 5)]]
    pairs = list(zip(texts, expected, strict=True))
    for text, spans in [*pairs, *pairs[::-1]]:
        first = public.spans(text)
        assert first == spans
        first.append((0, 1))
        assert public.spans(text) == spans
