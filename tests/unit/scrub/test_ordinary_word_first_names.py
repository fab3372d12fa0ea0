"""A first name that is also an ordinary word, a month or (in lower case) any word, beside a
found surname (issue #9, words5): "joy ashworth", "June Okafor", "Caller june whitfield" name
one person, while "in June Patel", "no hope hughes", "to be frank smith", "i hope Hughes" and
"- chase patel" keep their word. Examples written for this work, in no tuning corpus's style."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.name_edges import name_before, words_beside_placeholders
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings

WORDS = default_settings().wordlists()


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("me and joy ashworth did basic together", "me and [PERSON-1] did basic together"),
        ("spoke to faith okonkwo about the move", "spoke to [PERSON-1] about the move"),
        ("rang hope mensah twice but no answer", "rang [PERSON-1] twice but no answer"),
        ("my mum amber kowalczyk lives in leeds", "my mum [PERSON-1] lives in [LOCATION-1]"),
        ("june pennington was my section commander", "[PERSON-1] was my section commander"),
        ("thanks, mark okafor sorted the forms", "thanks, [PERSON-1] sorted the forms"),
        ("told rose tuilagi about it", "told [PERSON-1] about it"),
        ("and dawn hargreaves said the same", "and [PERSON-1] said the same"),
        ("ask for grace appiah at the front desk", "ask for [PERSON-1] at the front desk"),
        ("my mate summer nowak helped loads", "my mate [PERSON-1] helped loads"),
        ("caller june whitfield rang back at 4", "caller [PERSON-1] rang back at 4"),
        ("but mere tuilagi never rang back", "but [PERSON-1] never rang back"),
        ("penny drummond was the welfare officer then", "[PERSON-1] was the welfare officer then"),
        ("June Okafor to attend the review.", "[PERSON-1] to attend the review."),
        ("Caller May Evans gave a new address.", "Caller [PERSON-1] gave a new address."),
        ("April Nwosu is the point of contact.", "[PERSON-1] is the point of contact."),
        ("Spoke to August Lindqvist about housing.", "Spoke to [PERSON-1] about housing."),
        ("- June Brathwaite: chased GP", "- [PERSON-1]: chased GP"),
        ("Sgt June Hughes has been posted.", "[PERSON-1] has been posted."),
        ("Thanks to June Pemberton for the update.", "Thanks to [PERSON-1] for the update."),
        (
            "Present: June Adeyemi (Chair), Capt Patel (MO)",
            "Present: [PERSON-1] (Chair), [PERSON-2] (MO)",
        ),
        ("May Okonkwo said the family are coping.", "[PERSON-1] said the family are coping."),
        ("Called june okafor - no answer.", "Called [PERSON-1] - no answer."),
        ("(june mensah) is the NOK", "([PERSON-1]) is the NOK"),
        ("hi rose mcintyre, can u ring me", "hi [PERSON-1], can u ring me"),
        ("my wife joy achterberg noticed it first", "my wife [PERSON-1] noticed it first"),
        ("Reported by: June Okonkwo", "Reported by: [PERSON-1]"),
        ("Met with June Okafor today.", "Met with [PERSON-1] today."),
        ("i met joy ashworth at the gym", "i met [PERSON-1] at the gym"),
    ],
)
def test_when_a_word_that_opens_a_name_stands_before_a_found_surname_then_both_are_replaced(
    engine: ScrubEngine, text: str, scrubbed: str
) -> None:
    assert scrub_texts(engine, [text]) == [scrubbed]


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("In May Evans said it was fine.", "In May [PERSON-1] said it was fine."),
        ("The report is due in June Hughes said.", "The report is due in June [PERSON-1] said."),
        ("Last June Patel moved house.", "Last June [PERSON-1] moved house."),
        ("since june patel left the unit", "since june [PERSON-1] left the unit"),
        ("i hope hughes gets the job", "i hope [PERSON-1] gets the job"),
        ("no hope hughes would come", "no hope [PERSON-1] would come"),
        ("the rent rose fletcher said", "the rent rose [PERSON-1] said"),
        ("to be frank smith was useless", "to be frank [PERSON-1] was useless"),
        ("On 3 June Okafor moved house.", "On 3 June [PERSON-1] moved house."),
        ("the 5th June Hughes went on leave", "the 5th June [PERSON-1] went on leave"),
        (
            "Between May and June Hughes was in Germany.",
            "Between May and June [PERSON-1] was in Germany.",
        ),
        ("By June Patel had left.", "By June [PERSON-1] had left."),
        ("Since June Okafor has been on leave.", "Since June [PERSON-1] has been on leave."),
        ("Until June Smith covers the desk.", "Until June [PERSON-1] covers the desk."),
        ("In early June Patel was posted.", "In early June [PERSON-1] was posted."),
        ("the end of June Hughes went on leave", "the end of June [PERSON-1] went on leave"),
        ("Every June Patel visits family.", "Every June [PERSON-1] visits family."),
        ("to be frank hughes was useless", "to be frank [PERSON-1] was useless"),
        ("he was quite frank patel said", "he was quite frank [PERSON-1] said"),
        ("we lost all hope patel would return", "we lost all hope [PERSON-1] would return"),
        ("i will mark patel as absent", "i will mark [PERSON-1] as absent"),
        ("they sue okafor for damages", "they sue [PERSON-1] for damages"),
        ("prices rose fletcher said", "prices rose [PERSON-1] said"),
        ("what joy patel brought us", "what joy [PERSON-1] brought us"),
        ("keep the faith patel said", "keep the faith [PERSON-1] said"),
        ("in good faith okafor signed it", "in good faith [PERSON-1] signed it"),
        ("no joy patel never rang", "no joy [PERSON-1] never rang"),
        ("amazing grace mensah sang", "amazing grace [PERSON-1] sang"),
        ("i hope Hughes gets better", "i hope [PERSON-1] gets better"),
        ("we mark Patel as present", "we mark [PERSON-1] as present"),
        ("in late may patel rang", "in late may [PERSON-1] rang"),
        ("during June Khan was away", "during June [PERSON-1] was away"),
        ("from June Hughes took over", "from June [PERSON-1] took over"),
        ("this June Patel retires", "this June [PERSON-1] retires"),
        ("as of June Patel is the POC", "as of June [PERSON-1] is the POC"),
        ("Friday June Okafor rang", "Friday June [PERSON-1] rang"),
        ("- chase patel re the forms", "- chase [PERSON-1] re the forms"),
        ("action: chase okafor", "action: chase [PERSON-1]"),
        (
            "rang the council then chase okafor tomorrow",
            "rang the council then chase [PERSON-1] tomorrow",
        ),
        ("- pat okafor on the back", "- pat [PERSON-1] on the back"),
        ("me mam wong she wrote every week", "me mam [PERSON-1] she wrote every week"),
        ("and young patel is doing well", "and young [PERSON-1] is doing well"),
        ("read patel's report and sign", "read [PERSON-1]'s report and sign"),
        ("Josefa's June Okafor rang", "[PERSON-1]'s June [PERSON-2] rang"),
    ],
)
def test_when_the_word_before_a_found_surname_is_read_as_an_ordinary_word_then_it_stays(
    engine: ScrubEngine, text: str, scrubbed: str
) -> None:
    assert scrub_texts(engine, [text]) == [scrubbed]


@pytest.mark.parametrize(
    ("text", "surname", "first_name"),
    [
        ("and joy ashworth said", "ashworth", "joy"),
        ("Caller June Whitfield rang", "Whitfield", "June"),
        ("[13:40] june pennington was there", "pennington", "june"),
    ],
)
def test_when_the_person_is_a_placeholder_then_the_ordinary_word_is_not_joined(
    text: str, surname: str, first_name: str
) -> None:
    """A placeholder hides whether the person was one surname: the closed loop and the
    residual scan (which meet only placeholders) leave the word, the first pass joins it."""
    start = text.index(surname)
    assert name_before(text, start, WORDS, start + len(surname)) == text.index(first_name)
    assert name_before(text, start, WORDS) is None
    scrubbed = text.replace(surname, "[PERSON-1]")
    assert list(words_beside_placeholders(scrubbed, WORDS)) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("and joy sarah said", "sarah"),  # a first name alone: no surname to complete
        ("and joy mary ashworth said", "mary ashworth"),  # already a full name
        ("and hope Hughes said", "Hughes"),  # a lower-case word before a capitalised name
        ("and mam wong said", "wong"),  # a relation, not her name
        ("and read patel said", "patel"),  # on the ambiguous list only: no first name
    ],
)
def test_when_the_person_is_no_lone_surname_or_the_word_no_first_name_then_it_is_not_joined(
    text: str, person: str
) -> None:
    start = text.index(person)
    assert name_before(text, start, WORDS, start + len(person)) is None
