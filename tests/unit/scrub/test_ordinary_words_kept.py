"""Over-redaction (issue #9, "negatives destroyed <= 3%"): ordinary words that look like
names stay, and the names beside them still go. Each row is a text, the words that must
survive scrubbing and the identifiers that must not."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

KEPT_AND_REPLACED = [
    # a possessive 's is grammar, not the name: it stays beside the placeholder
    (
        "It was Hamish's idea and Patel's missus fed us.",
        ["'s idea", "'s missus"],
        ["Hamish", "Patel"],
    ),
    ("who's covering WO1 Kettlewell's cases while he's off?", ["'s cases"], ["Kettlewell"]),
    ("Sgt Okafor’s wife rang.", ["’s wife"], ["Okafor"]),
    # a role word opening a list item is no one ("Caller" at a bullet)
    (
        "Call 3 | 09:16 | inbound | Squadron Leader Fairbrass\n"
        "  * Caller asked for the grant to go to the bank.\n"
        "  * Caller said it again.",
        ["* Caller asked", "* Caller said"],
        ["Fairbrass"],
    ),
    # a role or a team's heading under a signature names no one; the signer still goes
    ("Cdr Tadhg McGonigle\nResettlement Clerk | Catterick", ["Resettlement Clerk"], ["McGonigle"]),
    ("Lt Semisi Koroitamana\nVeterans Adviser | Tidworth", ["Veterans Adviser"], ["Koroitamana"]),
    (
        "CASE MANAGEMENT RECORD - Veterans' Welfare\nService user: Breathnach",
        ["Veterans' Welfare"],
        [],
    ),
    # an ordinary word opening a text before a comma ("Voicemail, seven seconds")
    ("Voicemail, seven seconds. Yeah it's oksana here.", ["Voicemail,"], ["oksana"]),
    # closed-class words no dictionary of content words holds
    ("Researcher: Thanks everyone for coming. Shall we start?", ["Shall we"], []),
    ("We called him Sorley. Everybody knew Somhairle well.", ["Everybody knew"], ["Somhairle"]),
    # abbreviations of forms and notes
    ("09/08/2026 12:59 - Tel call to SU. Ealasaid reports sleep poor.", ["Tel call"], ["Ealasaid"]),
    # a greeting's line ends before the next line's first word
    ("Hi,\nHonestly, without Dafydd Llewellyn I don't know.", ["Honestly,"], ["Llewellyn"]),
    # a letter's greeting is no part of the name after it
    ("Subject: RE: SFA move\n\nDear Marcia,\n\nRang her twice.", ["Dear "], ["Marcia"]),
    # a heading's capitals, whole or after a public name
    ("Unit Welfare Meeting - Monday 05.12.2026\nPresent: Y. Owusu", ["Welfare Meeting"], ["Owusu"]),
    ("Handover 8/12\n\n* Flt Sgt Adeyemi - AWOL", ["Handover 8/12"], ["Adeyemi"]),
    # weekdays as case notes shorten them, and case-work abbreviations
    ("Priya Chaudhry missed the appt on Tues at 1615 and Fri.", ["Tues", "Fri."], ["Chaudhry"]),
    ("Chased Maj Prosser re the DMICP paperwork. NOK informed.", ["DMICP", "NOK"], ["Prosser"]),
    # text-speak: a contraction without its apostrophe, a dropped g
    ("my padre didnt care, brathwaite was gr8 tbh", ["padre didnt"], ["brathwaite"]),
    ("spr brathwaite is still strugglin, doin ok", ["strugglin", "doin"], ["brathwaite"]),
    ("marcia francis (46) is strugglin. used help for heroes", ["is strugglin."], ["marcia"]),
    # idioms that hold a first name
    (
        "Felt like he had to rob Peter to pay Paul. Peter Okafor agrees.",
        ["rob Peter to pay Paul"],
        ["Okafor"],
    ),
    ("SSAFA Caseworker\nTel: 01632 960001", ["SSAFA Caseworker"], []),
]

STILL_REPLACED = [
    # a rank before a particle surname is still a name, however ordinary its words
    ("Call 1 | 07:51 | inbound | Corporal Mac an Tòisich\n  * Caller read it out.", "Tòisich"),
    # an abbreviation that is also a short name, with a cue, is still a name
    ("Tel said he would ring me back.", "Tel said"),
    # a greeting on the same line still names who is greeted
    ("Thanks Grace, that helps", "Grace"),
    ("Hi Rose, how are you", "Rose"),
    # initials, and a capitalised word with a lower-case word between, are no heading
    ("Patient J. Blackwood, forty-one, lives in Leeds.", "Blackwood"),
    ("Gráinne (15:38): can someone pass Aga the Calm link", "Aga"),
    # a short form of the diminutive table stays a name in lower case
    ("no joy from the council, aga helped loads. agnieszka nowak rang.", "aga helped"),
    # initials that look like an interjection
    ("Agreed by all.\nAction: AH to liaise. AH said fine. Alan Hughes agreed.", "AH to"),
]


@pytest.mark.parametrize(("text", "kept", "replaced"), KEPT_AND_REPLACED)
def test_when_an_ordinary_word_looks_like_a_name_then_it_stays_and_the_names_go(
    engine: ScrubEngine, text: str, kept: list[str], replaced: list[str]
) -> None:
    [scrubbed] = scrub_texts(engine, [text])
    for words in kept:
        assert words in scrubbed, scrubbed
    for name in replaced:
        assert name not in scrubbed, scrubbed


@pytest.mark.parametrize(("text", "name"), STILL_REPLACED)
def test_when_a_guard_word_stands_in_a_name_then_the_name_is_still_replaced(
    engine: ScrubEngine, text: str, name: str
) -> None:
    [scrubbed] = scrub_texts(engine, [text])
    assert name not in scrubbed, scrubbed
