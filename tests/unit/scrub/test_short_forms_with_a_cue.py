"""Short forms and initials of a person found in full in the same document (issue #9,
short5): a short form at a sentence start or that is an ordinary word, with what only a
person does or has after it (an age, a phone number or e-mail, a case-note predicate, a
possessive and a family word); short forms typed in lower case in writing without capitals;
standard UK short forms the diminutive table lacked (Angharad's "Ang"); an initial glued to
a lower-case surname by its full stop ("r.whitfield"); a surname misspelt by one dropped
letter ("millr"). And, as guards, the ordinary words that only look like them ("Cat food",
"Art therapy", "to be frank", "the cat is from next door", "Tuner has been told").
Examples written for this work, in no tuning corpus's style."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # capitalised at a sentence start, an age after it
        ("Catherine Doyle was referred. Cat 23yo is from Largs.", ["Cat 23"]),
        ("Angharad Prosser attended. Ang 24yo reports low mood.", ["Ang "]),
        ("Mohammed Khan was seen today. Mo aged 39 lives in Bury.", ["Mo aged"]),
        ("Catriona Hughes rang the office. Cat, 34, is back at work.", ["Cat,"]),
        ("Agnieszka Nowak was referred. Aga, early forties, did twelve years.", ["Aga"]),
        ("Patricia Bell came in. Pat (19) wants to see her mum.", ["Pat ("]),
        ("Arthur Pryce came to the drop-in. Art 52 y/o is in Tidworth.", ["Art 52"]),
        ("Maureen Clegg joined. Mo (one of twins, aged nine) is in year 4.", ["Mo ("]),
        # capitalised at a sentence start, a phone number or e-mail after a dash or colon
        ("Declan Ward called back. Dec - 07700 900123 if you want a chat.", ["Dec -"]),
        ("Catherine Doyle left a message. Cat: cdoyle@example.com for the form.", ["Cat:"]),
        # capitalised at a sentence start, a case-note predicate after it
        ("Agnieszka Nowak rang. Aga to confirm.", ["Aga to"]),
        ("Maureen Clegg joined. Mo agrees.", ["Mo agrees"]),
        ("William Grant was seen. Bill to action the form.", ["Bill to"]),
        ("Patricia Bell came in. Pat has been told.", ["Pat has"]),
        ("Francis Doyle rang twice. Frank is aware.", ["Frank is"]),
        ("Arthur Pryce called. Art never rang back after.", ["Art never"]),
        ("Catherine Doyle came. Cat didn't want to know.", ["Cat didn"]),
        # lower case in writing without capitals, with a cue after or before it
        ("me n catherine doyle go way back. cat's lad imran is 6 now", ["cat's"]),
        ("angharad bevan was my sgt. ang aged 39 is from warminster", ["ang aged"]),
        ("agnieszka bevan's girl aga aged five is from wigan", ["aga aged"]),
        ("declan ward sorted it. dec - 07999 849807 if u want a chat", ["dec -"]),
        ("francis sterling was my cpl. he didnt care, frank never rang me back tho",
         ["frank never"]),
        ("catriona hughes is from ripon. no joy from the council, cat didnt want to know",
         ["cat didnt"]),
        ("thomas frost was there. tom sorted the housing forms", ["tom sorted"]),
        ("arthur holloway served with me. art was the oc then", ["art was"]),
        ("mohammed khan was in my platoon. mo 27 y/o is from helensburgh", ["mo 27"]),
        ("patricia bell is my mate. thapa's girl pat 3 y/o is from farnborough", ["pat 3"]),
        ("email catriona campbell n ask for cat cos im not on whatsapp", ["for cat"]),
        # lower case, no ordinary word: in writing without capitals it needs no cue
        ("adebayo okonkwo was my oc. we lost bayo in the end", ["bayo"]),
        ("rhodri vaughan was my partner. my partner rhod was the one who said get help",
         ["rhod"]),
        # lower case, no ordinary word, in mixed writing: with a cue
        ("Alasdair Fraser was seen. GP records for ali: 4545238181 at the medical centre.",
         ["ali:"]),
        ("Subject: OKONKWO, Adebayo. Msg left for bayo (aok@example.com) about the form.",
         ["bayo"]),
        # lower case, an ordinary word, in mixed writing: with an age or a predicate after
        # it, or a phone number after it and a family word before it
        ("Susan Whitfield came. Aisha reported sue missed the appt on Tuesday.",
         ["sue missed"]),
        ("Catherine Doyle came in. Sharon Grant's partner cat (07700 900305) rang.",
         ["cat ("]),
        # an initial glued to a lower-case surname by its full stop
        ("rhys whitfield helped. me and r.whitfield went out", ["r.", "whitfield"]),
        ("iain drummond came. me and i.drummond were at dalton", ["i.", "drummond"]),
        ("henry wong came round. h.wong sorted it all", ["h.", "wong"]),
        ("aoife o'brien came. a.o'brien rang back", ["a.", "o'brien"]),
        ("wanda wiśniewska came. called w.wiśniewska - no answer", ["w.", "wiśniewska"]),
        # a found surname misspelt by one dropped letter
        ("Imran Miller rang on Monday. Chased millr about the form.", ["millr"]),
        ("Catriona Fraser was referred. S. Morgan thinks frser missed the appt.", ["frser"]),
    ],
)  # fmt: skip
def test_when_a_found_person_is_written_short_with_a_cue_then_it_is_gone(
    engine: ScrubEngine, text: str, gone: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # capitalised at a sentence start, no person's cue after it
        ("Wilfred Owen came. Will you send the form?", ["Will you"]),
        ("Catherine Doyle came. Cat food is on the list.", ["Cat food"]),
        ("Arthur Pryce came. Art therapy helped a lot.", ["Art therapy"]),
        ("Patricia Bell came. Pat on the back for the team.", ["Pat on the back"]),
        ("Patricia Bell came. Pat it dry with a towel.", ["Pat it dry"]),
        ("Arthur Pryce came. Under Art 23 the claim stands.", ["Art 23"]),
        ("Declan Ward came. Figures for Nov: 12 and Dec: 14.", ["Dec: 14"]),
        ("Patrick Duffy came. Pat down the pockets first.", ["Pat down"]),
        ("Declan Ward came. Dec - 2025 - 2026 was a hard year.", ["Dec - 2025"]),
        ("William Grant came. Bill the client for the hours.", ["Bill the client"]),
        # lower case in writing without capitals, an ordinary word with no cue, or after a
        # determiner, a number or a possessive that owns it
        ("francis sterling was my cpl. to be frank it was rubbish", ["to be frank it"]),
        ("catherine doyle came. the cat is from next door", ["the cat is from"]),
        ("catherine doyle came. we got a cat for the kids", ["a cat for"]),
        ("arthur pryce came. art therapy helped and the art group is on tuesdays",
         ["art therapy", "the art group"]),
        ("anna nowak came round. nan aged 80 is from wigan", ["nan aged"]),
        ("susan clark came. i will sue the council if they dont sort it", ["sue the"]),
        ("declan ward came. it was 12 dec 25 i think", ["12 dec 25"]),
        ("mohammed khan was there. half a mo ill check", ["half a mo"]),
        ("william grant came. the phone bill was massive", ["phone bill was"]),
        ("rosemary clark came. rent rose again in the autumn", ["rent rose again"]),
        ("patrick duffy came. a pat on the back was all i got", ["a pat on"]),
        ("catherine doyle came. our cat's kittens are 6 weeks old", ["our cat's kittens"]),
        ("harpreet patel came. the harps are out again", ["the harps"]),
        ("william grant came. he lost the will to live", ["will to live"]),
        ("thomas frost came. we got a tom cat from the rescue", ["a tom cat"]),
        # mixed writing: a lower-case short form that is an ordinary word stays
        ("Catherine Doyle came. The cat is from next door.", ["cat is from"]),
        ("Catherine Doyle came. I said that cat is from next door.", ["that cat is"]),
        ("William Grant came. To pay bill - 0800 123 4567 opens at nine.", ["pay bill -"]),
        ("Susan Clark came. They will sue to confirm the debt is theirs.", ["will sue to"]),
        ("Patricia Bell came. It was nice to pat, agreed by all.", ["to pat,"]),
        # a lower-case letter and a full stop glued to a word, no initial of a name
        ("rhys whitfield came. i went home.whitfield rang later", ["home."]),
        # a found surname's one-letter-off spelling that is an ordinary word
        ("Raymond Turner came in. Tuner has been told.", ["Tuner"]),
        ("Hope Brook came in. Book agrees with the notes.", ["Book agrees"]),
        ("Siobhan Byrne came in. The byre is cold.", ["byre"]),
        ("Imran Miller came in. The miller ground the corn.", ["miller"]),
    ],
)  # fmt: skip
def test_when_a_short_form_or_near_spelling_is_an_ordinary_word_there_then_it_stays(
    engine: ScrubEngine, text: str, kept: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for value in kept:
        assert value in scrubbed, scrubbed
