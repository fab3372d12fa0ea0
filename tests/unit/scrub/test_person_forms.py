"""PERSON forms end to end: chat display names, cued names that are also words, and the
over-redaction guard (ordinary words, greetings and role labels stay)."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


def placeholders(scrubbed: str) -> list[str]:
    return re.findall(r"\[PERSON-\d+\]", scrubbed)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("[10:02] DaveS: you about?\n[10:03] Kasia M: yeah", ["DaveS", "Kasia", " M:"]),
        ("19/03/2024, 10:02 - Tevita B: hiya\n19/03/2024, 10:03 - Gaz W.: hi",
         ["Tevita", "B:", "Gaz", "W."]),
        ("thanks dave.s for that, and Dave_S too", ["dave.s", "Dave_S"]),
        ("Shiv O.: on my way", ["Shiv", "O."]),
        ("Will: you there?\nMark: yes", ["Will:", "Mark:"]),
        # a name that is also a word, with a verb of speaking after it
        ("Grace said no. Bill rang me later.", ["Grace", "Bill"]),
        ("Frank said it was fine. Will you mark it?", ["Frank"]),
        ("my mate frank came round", ["frank"]),
        # an invented first name with a cue
        ("me and Zorbulat went; Tivolenka said so", ["Zorbulat", "Tivolenka"]),
        # initials glued to the surname; a Welsh particle in lower case
        ("Bed 3 - E.Blackwood (34), settled.", ["Blackwood"]),
        ("I was posted with Dafydd ap Gwilym then", ["Dafydd", "ap", "Gwilym"]),
        # chat exports, voice tags, lists of names, names broken over a line, spellings
        ("Hope Vaughan-Price (13:15): who's on?\nLachie D  12:26 PM\nok",
         ["Hope", "Vaughan", "Lachie", " D "]),
        ("<v JOSAIA>I was there.</v>", ["JOSAIA"]),
        ("Present: Litia Nabou, Anjali Sidhu, Faith Ní Bhriain", ["Litia", "Nabou", "Anjali",
         "Faith", "Bhriain"]),
        ("An entry was made by Katarzyna\nPietrzak-Nowicka today.", ["Katarzyna", "Pietrzak"]),
        ("Partner's name spelled for me: V. A. K. A. C. E. G. U.", ["V. A. K"]),
    ],
)  # fmt: skip
def test_when_a_person_is_named_in_a_chat_or_by_a_cue_then_the_name_is_gone(
    engine: ScrubEngine, text, gone
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "INT: Thanks for coming in.\nR: Thanks, no problem.",
        "SPEAKER_01: i had to pay the bill and hope for the best",
        "P2: To be frank the grace period was short. Mark my words, it will get better.",
        "Q: and your sergeant?\nA: Cheers, he was fine. Rose early, went to the sandy beach.",
        "FAC: Morning all. Hiya.\nINTERP: He says thanks.",
        "Will you come? Hope you are ok. Faith in the system. Grace period.",
        "Speaker A: hi\nPerson B: ok\nSgt B: yes\nNote: will do",
        "the MoD and PhD, file data.s, see the ReadMe on the iPad",
        "Note-taker: me\nCaller said it again. Partner's name. Dear all, U K and U S.",
        "we used Togetherall and Headspace. lol ffs tbh",
    ],
)
def test_when_text_holds_only_words_greetings_and_roles_then_nothing_is_replaced(
    engine: ScrubEngine, text
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Katarzyna Mazur rang. Later KasiaM said so.\nKasia M: ok",
            "[PERSON-1] rang. Later [PERSON-1] said so.\n[PERSON-1]: ok",
        ),
        (
            "David Smith and Dave Jones came. DaveS: hi\nDave J.: hiya",
            "[PERSON-1] and [PERSON-2] came. [PERSON-1]: hi\n[PERSON-2].: hiya",
        ),
        (
            "Then Oluwaseun Adeyemi rang. Seun said so. cc O.Adeyemi. ADEYEMI, O. signed.",
            "Then [PERSON-1] rang. [PERSON-1] said so. cc [PERSON-1]. [PERSON-1]. signed.",
        ),
        (
            "Siobhán O'Driscoll joined. That's O-D-R-I-S-C-O-L-L. Shiv came round later.",
            "[PERSON-1] joined. That's [PERSON-1]. [PERSON-1] came round later.",
        ),
    ],
)
def test_when_one_person_is_named_in_chat_and_prose_forms_then_one_placeholder_stands(
    engine: ScrubEngine, text, expected
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == expected
