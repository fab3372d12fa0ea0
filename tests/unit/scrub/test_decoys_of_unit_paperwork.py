"""The words of a unit's paperwork and chats stay, and the people and places beside them
still go: each row pairs a phrase that must survive ("See Ser 14 para 4", "Rm G.07",
"Duty Driver", "COB Monday", "Khalid (LH)") with an identifier of the same shape that must
not ("3 PARA", "Cpl Rees", "RAF Coningsby", "Kirsty (KF)"). Found by the over-redaction
diagnostic (bench/scrub_overredaction.py) on the tuning corpora dev6, dev8 and dev10."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document's or a list's number and the paragraph in it: no battalion
        (
            "See Ser 14 para 4. There's a grace period.",
            "See Ser 14 para 4. There's a grace period.",
        ),
        ("See PAM 21 para 4.", "See PAM 21 para 4."),
        ("See JSP 770 para 4.2 before you go.", "See JSP 770 para 4.2 before you go."),
        ("See 2024DIN01-123 para 4.", "See 2024DIN01-123 para 4."),
        # ... and the Parachute Regiment's battalions as people write them
        ("He was in 2 Para 4 years, then 3 PARA.", "He was in [UNIT-1] 4 years, then [UNIT-2]."),
        ("i joined 3 para in 2004", "i joined [UNIT-1] in 2004"),
    ],
)
def test_when_a_reference_cites_a_paragraph_then_no_unit_is_read(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a room numbered by its floor's letter, a building, a detachment
        ("The card's in Rm G.07. Cheers, Greg", "The card's in Rm G.07. Cheers, [PERSON-1]"),
        ("Key for Rm B12 with Cpl Rees.", "Key for Rm B12 with [PERSON-1]."),
        (
            "SIGN-IN SHEET Rm 2.14 06/05/2025\nTime in | Name | Rank\n0800 | Sgt Jones | Sgt",
            "SIGN-IN SHEET Rm 2.14 06/05/2025\nTime in | Name | Rank\n0800 | [PERSON-1] | Sgt",
        ),
        ("Channel: Signals Det > General", "Channel: Signals Det > General"),
        # ... and a name of the same shape beside them
        ("Rm 4 is Detmar's.", "Rm 4 is [PERSON-1]'s."),
    ],
)
def test_when_a_room_or_a_detachment_is_written_short_then_it_stays(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DUTY ROTA\nDay | Duty Officer | Duty Driver | Duty NCO\n"
            "Mon 22/07 | NASILASILA | H.McCarthy | E Rokodi\n",
            "DUTY ROTA\nDay | Duty Officer | Duty Driver | Duty NCO\n"
            "Mon 22/07 | [PERSON-1] | [PERSON-2] | [PERSON-3]\n",
        ),
        # a rota headed by people: the names in its header still go
        (
            "ROTA\nDay | Cpl Okafor | Sgt Mensah\nMon 22/07 | D | N\n",
            "ROTA\nDay | [PERSON-1] | [PERSON-2]\nMon 22/07 | D | N\n",
        ),
    ],
)
def test_when_a_rotas_header_names_duties_then_they_stay(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Byrne is off to HMS Kent Mon 8th", "[PERSON-1] is off to [UNIT-1] Mon 8th"),
        ("Mensah to RAF Coningsby Sat 12th", "[PERSON-1] to [BASE-1] Sat 12th"),
        (
            "back from DST Leconfield Monday, 5 days leave",
            "back from [BASE-1] Monday, 5 days leave",
        ),
        ("at Bulford Garrison this week, COB Monday", "at [BASE-1] this week, COB Monday"),
        ("rejoins 22 Engr Regt Mon 8th", "rejoins [UNIT-1] Mon 8th"),
        ("posted to raf high wycombe on monday", "posted to [BASE-1] on monday"),
        ("i was 37 when i joined the raf tbh", "i was [AGE-1] when i joined the raf tbh"),
        ("back in the raf after 6 months lol", "back in the raf after 6 months lol"),
    ],
)
def test_when_a_weekday_or_a_chat_word_follows_a_place_then_the_place_ends_before_it(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thanks to Cpl Rees for sorting the Trainline group.",
            "Thanks to [PERSON-1] for sorting the Trainline group.",
        ),
        ("Minutes on Vinted, JSP 375 applies", "Minutes on Vinted, JSP 375 applies"),
        (
            "Who has the Rightmove login? Ask Oyelaran.",
            "Who has the Rightmove login? Ask [PERSON-1].",
        ),
    ],
)
def test_when_a_shop_or_a_site_is_named_then_it_stays(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[10/04/2024, 17:51:55] Greg McAllister (Plumber): <Media omitted>",
            "[10/04/2024, 17:51:55] [PERSON-1] (Plumber): <Media omitted>",
        ),
        # a rank or a grade in brackets after a name is the person's post, not initials
        ("To: Gray, Khalid (LH)\nCc: Alexander Wood", "To: [PERSON-1] (LH)\nCc: [PERSON-2]"),
        (
            "Huw Murphy (EO) is covering while I'm away.",
            "[PERSON-1] (EO) is covering while I'm away.",
        ),
        ("Compiled by: RW (RQ)", "Compiled by: [PERSON-1] (RQ)"),
        # ... while initials in brackets still go: they share a letter with the name, and
        # the bracket declares them the person's own (declared_initials.py)
        ("Seen with Olawale (AO) today.", "Seen with [PERSON-1] ([PERSON-1]) today."),
        ("Kirsty (KF) handed over.", "[PERSON-1] ([PERSON-1]) handed over."),
        ("Present: Miss Marsh-Tate (JWMT)", "Present: [PERSON-1] ([PERSON-1])"),
    ],
)
def test_when_a_name_carries_its_trade_or_post_in_brackets_then_the_post_stays(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinary word with one letter doubled or undoubled is a slip, not a rare name
        (
            "A: the padre was brill, poc referal took ages.",
            "A: the padre was brill, poc referal took ages.",
        ),
        (
            "A: the padre was brill, poc ramasamy took ages.",
            "A: the padre was brill, poc [PERSON-1] took ages.",
        ),
        # ... and a name misspelt the same way stays a name
        (
            "A: the padre was brill, poc camppbell took ages.",
            "A: the padre was brill, [PERSON-1] took ages.",
        ),
    ],
)
def test_when_a_word_is_misspelt_then_it_is_no_name(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keys for Room 12 with Dr R", "Keys for Room 12 with [PERSON-1]"),
        (
            "Handed the keys to CSgt W Keys. Keys said he will sort it.",
            "Handed the keys to [PERSON-1]. [PERSON-1] said he will sort it.",
        ),
        ("Keys rang about the flat", "[PERSON-1] rang about the flat"),
    ],
)
def test_when_keys_open_a_handovers_line_then_they_are_no_one(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "20/03/2024, 19:40 - Smudge (Plumber) left\n20/03/2024, 19:42 - Smudge (Plumber): "
            "see you there",
            "20/03/2024, 19:40 - [PERSON-1] (Plumber) left\n20/03/2024, 19:42 - [PERSON-1] "
            "(Plumber): see you there",
        ),
        ("the boiler man (Plumber) came", "the boiler man (Plumber) came"),
    ],
)
def test_when_a_trade_in_brackets_follows_a_nickname_then_the_nickname_goes(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NOMINAL ROLL - Ex JNCO Cadre 3 at Tidworth Garrison\nSer | Rank | Name | Svc No\n"
            "1 | AB | DAVIES | 25392343",
            "NOMINAL ROLL - Ex JNCO Cadre 3 at [BASE-1]\nSer | Rank | Name | Svc No\n"
            "1 | AB | [PERSON-1] | [SERVICE_NO-1]",
        ),
        (
            "NOMINAL ROLL - Course CLM 01/25 at ATR Pirbright\nSer | Rank",
            "NOMINAL ROLL - Course CLM 01/25 at [BASE-1]\nSer | Rank",
        ),
        # a title over a person: the person still goes
        ("WELFARE REVIEW - Ben Okafor\nSeen today.", "WELFARE REVIEW - [PERSON-1]\nSeen today."),
        ("MEETING NOTES - Grace Wood 3\nok", "MEETING NOTES - [PERSON-1] 3\nok"),
    ],
)
def test_when_a_documents_title_names_a_course_then_it_stays(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12/03/2024 07:50 Nan: love you x\n12/03/2024 08:10 Wifey: tea?",
            "12/03/2024 07:50 Nan: love you x\n12/03/2024 08:10 Wifey: tea?",
        ),
        (
            "[04/05/2025, 06:06:31] Mum: see you sat",
            "[04/05/2025, 06:06:31] Mum: see you sat",
        ),
        # family beside a name: the name still goes
        ("my nan Doreen Pritchard came", "my nan [PERSON-1] came"),
        ("Nan: hiya\nSian: hi nan", "Nan: hiya\n[PERSON-1]: hi nan"),
    ],
)
def test_when_a_text_comes_from_family_saved_by_kinship_then_the_kinship_stays(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yours faithfully,\n\nHikmat Tamang RAF\nPadre\n7th Light Mechanised Brigade",
            "Yours faithfully,\n\n[PERSON-1] RAF\nPadre\n[UNIT-1]",
        ),
        (
            "Regards,\nJo Bell RAF\nWelfare Officer\nRAF Marham",
            "Regards,\n[PERSON-1] RAF\nWelfare Officer\n[BASE-1]",
        ),
        # a base's name wrapped onto the next line is still a base
        ("He was posted to RAF\nMarham in May.", "He was posted to [BASE-1] in May."),
    ],
)
def test_when_a_signatures_post_follows_its_service_then_no_base_is_read(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "moved into flat 7, 57 falkland way finally, co2 7lw if ur around",
            "moved into [ADDRESS-1] finally, [POSTCODE-1] if ur around",
        ),
        (
            "moved into Flat 12, 3 Beacon Rise finally, PL1 4QR x",
            "moved into [ADDRESS-1] finally, [POSTCODE-1] x",
        ),
        ("She moved into Rose Cottage, Mill Lane.", "She moved into [ADDRESS-1]."),
    ],
)
def test_when_a_chat_tells_a_move_then_only_the_address_goes(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "i hope karim is ok, not heard from him since 2008",
            "i hope [PERSON-1] is ok, not heard from him since 2008",
        ),
        ("just heard lt col waqanivalu is posted", "just heard [PERSON-1] is posted"),
        # the surname Heard with a cue still goes
        (
            "Spoke to Cpl Heard today. Heard said he is fine.",
            "Spoke to [PERSON-1] today. [PERSON-1] said he is fine.",
        ),
    ],
)
def test_when_heard_is_the_verb_then_it_is_no_name(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "registered at the HMNB Devonport medical centre",
            "registered at the [BASE-1] medical centre",
        ),
        (
            "we did basic at hmnb devonport together, 8 weeks in",
            "we did basic at [BASE-1] together, 8 weeks in",
        ),
        ("he did 2 tours with the 3 Rifles", "he did 2 tours with [UNIT-1]"),
    ],
)
def test_when_a_base_has_an_article_or_a_chat_word_beside_it_then_they_stay(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Called 07700-900-341 re housing.", "Called [PHONE-1] re housing."),
        ("Called 07700 900 341 re housing.", "Called [PHONE-1] re housing."),
        # a year, then a battalion, and a battalion after a time
        ("in 2009 3 PARA deployed", "in 2009 [UNIT-1] deployed"),
        ("served in 22 re for six years", "served in [UNIT-1] for six years"),
    ],
)
def test_when_a_phones_last_group_comes_before_re_then_no_unit_is_read(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my lad winston is 9", "my lad [PERSON-1] is [AGE-1]"),
        ("my mate Dave Smith said", "my mate [PERSON-1] said"),
    ],
)
def test_when_family_stands_before_a_name_then_only_the_name_goes(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Channel: Fitness Squad > General\nBarry Wright joined the chat",
            "Channel: Fitness Squad > General\n[PERSON-1] joined the chat",
        ),
        # a rank hard-wrapped before its name still goes with it
        ("I spoke to General\nBarry Wright about it", "I spoke to [PERSON-1] about it"),
    ],
)
def test_when_a_channel_is_called_general_then_it_is_no_rank(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Father died aged 49 of an MI; mother alive.",
            "Father died aged [AGE-1] of an MI; mother alive.",
        ),
        ("Father O'Brien said mass", "[PERSON-1] said mass"),
        (
            "Name: Piotrek Kowalczyk  Age: 54",
            "Name: [PERSON-1]  Age: [AGE-1]",
        ),
        (
            "NOK: girlfriend Ffion, Tel 01980 675 608",
            "NOK: girlfriend [PERSON-1], Tel [PHONE-1]",
        ),
        ("Tel said he was fine", "[PERSON-1] said he was fine"),
        ("GAD-7 score 21/30; PHQ-9 12", "GAD-7 score 21/30; PHQ-9 12"),
    ],
)
def test_when_a_clinical_notes_labels_and_scores_sit_by_names_then_they_stay(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]
