"""Notes, letters and chat exports lay names and ages out in ways prose does not, and the
layout says what a word is: a table's header ("38" under "Age" is an age, "KE" under "Name"
a person), a letter's sign-off and copy list, a chat's sender line ("~ Dawn ~:", "> kofi b:"),
a rank with its service ("Cpl (RM) Pritchard"), initials before a surname ("Mr I Llewellyn",
"A M OKAFOR", "w n forbes"); and the ways notes and chats give an age beside a name ("Owusu,
Efua - 43 yrs - 16 Bde", "happy birthday kofi!! 54 today") go as ages. What is no person in
such a layout (a team signing off, a copy to File, a table of things) stays."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine, get_engine
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import settings_from_section

TABLES = [
    (
        "| Name | Rank | Age |\n|---|---|---|\n| KE | Lt | 28 |\n| W P ZHANG | Cdr | 52 |",
        "| Name | Rank | Age |\n|---|---|---|\n| [PERSON-1] | Lt | [AGE-1] |\n"
        "| [PERSON-2] | Cdr | [AGE-2] |",
    ),
    (
        "surname,first_name,rank,age\nvon Essen,Dawn,Sgt,39\nOWUSU,Yaw,AB,33",
        "surname,first_name,rank,age\n[PERSON-1],[PERSON-2],Sgt,[AGE-1]\n"
        "[PERSON-3],[PERSON-4],AB,[AGE-2]",
    ),
    # a table of things: its numbers stay
    (
        "| Service | Visits | Hours |\n|---|---|---|\n| the gym | 12 | 40 |",
        "| Service | Visits | Hours |\n|---|---|---|\n| the gym | 12 | 40 |",
    ),
    # nobody under "Name", no age over 120: the cells stay
    (
        "| Name | Age |\n|---|---|\n| n/a | 140 |",
        "| Name | Age |\n|---|---|\n| n/a | 140 |",
    ),
    # the table ends where its shape ends: the count after it stays
    (
        "Name\tAge\nKM\t38\n\n38 people came",
        "Name\tAge\n[PERSON-1]\t[AGE-1]\n\n38 people came",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_when_a_table_has_name_and_age_columns_then_their_cells_go(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


def test_when_the_study_keeps_exact_ages_then_a_table_keeps_its_age_column() -> None:
    keeping = get_engine(settings_from_section({"keep_exact_ages": True}))
    text = "| Name | Age |\n|---|---|\n| KE | 28 |"
    assert scrub_texts(keeping, [text]) == ["| Name | Age |\n|---|---|\n| [PERSON-1] | 28 |"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Owusu, Efua - 43 yrs - 16 Air Assault Brigade",
         "- [PERSON-1] - [AGE-1] yrs - [UNIT-1]"),
        ("• MacLeod, Hamish - 39 yrs\n• NOK informed",
         "• [PERSON-1] - [AGE-1] yrs\n• NOK informed"),
        ("happy birthday kofi!! 54 today", "happy birthday [PERSON-1]!! [AGE-1] today"),
        ("Happy birthday Sam! 40 today", "Happy birthday [PERSON-1]! [AGE-1] today"),
        ("Hiya lads, Karim is fifty-seven on friday, drinks at the mess",
         "Hiya lads, [PERSON-1] is [AGE-1] on friday, drinks at the mess"),
        # a time served, a count of days: they stay
        ("posted there in 2019 - 22 years - loved it",
         "posted there in 2019 - 22 years - loved it"),
        ("Happy birthday! 5 days off now", "Happy birthday! 5 days off now"),
        ("the sgt says kit inspection moved to 0900", "the sgt says kit inspection moved to 0900"),
    ],
)  # fmt: skip
def test_when_notes_or_chats_give_an_age_beside_a_name_then_only_the_age_goes(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


LAYOUTS = [
    ("Yours sincerely,\n\nF K BALOGUN\nPadre", "Yours sincerely,\n\n[PERSON-1]\nPadre"),
    (
        "Regards,\n\nSN BEM\nUnit Welfare Officer",
        "Regards,\n\n[PERSON-1] BEM\nUnit Welfare Officer",
    ),
    ("Regards,\n\nThe Welfare Team\n", "Regards,\n\nThe Welfare Team\n"),
    ("--\nBest wishes\nSgt Prosser\nAdviser", "--\nBest wishes\n[PERSON-1]\nAdviser"),
    ("cc:\n  I MacAulay, Adjt\n  File", "cc:\n  [PERSON-1], Adjt\n  File"),
    (
        "Date: 8/5/26\n\nMr I Llewellyn\n13a Bramley Close",
        "Date: 8/5/26\n\n[PERSON-1]\n[ADDRESS-1]",
    ),
    ("refd to Calm; C A PROSSER to follow up", "refd to Calm; [PERSON-1] to follow up"),
    (
        "winston forbes is on leave, w n forbes back after that",
        "[PERSON-1] is on leave, [PERSON-1] back after that",
    ),
    ("I think Khan is right", "I think [PERSON-1] is right"),
    (
        "posted to 3 RIFLES, a CTCRM course, then HMS KENT",
        "posted to [UNIT-1], a [BASE-1] course, then [UNIT-2]",
    ),
    ("Rank/Name: Cpl (RM) Pritchard", "Rank/Name: [PERSON-1]"),
    (
        "I have spoken to Cpl (RAF) Gayle and Wg Cdr de Jong",
        "I have spoken to [PERSON-1] and [PERSON-2]",
    ),
    ("the sgt says kit inspection moved to 0900", "the sgt says kit inspection moved to 0900"),
    (
        "25/10/2026, 11:11 - ~ Dawn ~: anyone else get the email",
        "25/10/2026, 11:11 - ~ [PERSON-1] ~: anyone else get the email",
    ),
    ("[2026-11-21 19:34] Krzys N: see u there", "[2026-11-21 19:34] [PERSON-1]: see u there"),
    (
        "21/07/2026, 11:56 - Anke: > semisi n: who's driving?",
        "21/07/2026, 11:56 - [PERSON-1]: > [PERSON-2]: who's driving?",
    ),
    ("Ewan R  15:53\nsee u there", "[PERSON-1]  15:53\nsee u there"),
    # a name she goes by is hers: one placeholder
    ('Joy O\'Neill aka "Tricky" is back', '[PERSON-1] aka "[PERSON-1]" is back'),
    ('everyone calls ewan "scouse" lol', 'everyone calls [PERSON-1] "[PERSON-2]" lol'),
    ("refd to JPA; SR to follow up", "refd to JPA; [PERSON-1] to follow up"),
    ("Seen by: JT\nGP aware, HR to action", "Seen by: [PERSON-1]\nGP aware, HR to action"),
    # a body or a service given a task is no one's initials
    ("CAB to contact, PIP informed, CPN to visit", "CAB to contact, PIP informed, CPN to visit"),
    # a copy list's initials and appointments: the initials go, "OC HQ Coy", "SO2 Pers",
    # "RSM" and "File" stay
    (
        "cc:\n  MM, RSM\n  PS, OC HQ Coy\n  LT, SO2 Pers\n  File",
        "cc:\n  [PERSON-1], RSM\n  [PERSON-2], OC HQ Coy\n  [PERSON-3], SO2 Pers\n  File",
    ),
    # a rank's service does not part a person from their full name
    (
        "Eoin Kavanagh came in. Later Cpl (RM) Kavanagh rang.",
        "[PERSON-1] came in. Later [PERSON-1] rang.",
    ),
    # an address block: the addressee's line is the person's, not the start of the base's name
    (
        "Samira Haddad\nMiss Haddad\nStonehouse Barracks\nPlymouth",
        "[PERSON-1]\n[PERSON-1]\n[BASE-1]\n[LOCATION-1]",
    ),
    # a first name's surname initial, as chats and answers shorten a name, goes with it
    ("Message - Kamal R  1130hrs", "Message - [PERSON-1]  1130hrs"),
    ("Subject: RE: Delroy C - appts", "Subject: RE: [PERSON-1] - appts"),
    ("talked to morag m and jock mostly", "talked to [PERSON-1] and jock mostly"),
    # ... but never a company's letter or the word I
    ("Kamal B Coy was there", "[PERSON-1] [UNIT-1] was there"),
    ("I told Kamal I would", "I told [PERSON-1] I would"),
    # a note's author and subject by initials: a field, a sentence's subject, a line alone
    (
        "Notes:\n- HM seen in Room 6.\nXC is moving to Catterick.\nStaff: MU\n- JC",
        "Notes:\n- [PERSON-1] seen in Room 6.\n[PERSON-2] is moving to [BASE-1].\n"
        "Staff: [PERSON-3]\n- [PERSON-4]",
    ),
    ("Client: S R RAHMAN\nAge: 50", "Client: [PERSON-1]\nAge: [AGE-1]"),
    ("Thanks for this.\n\nTa\nCB Pritchard", "Thanks for this.\n\nTa\n[PERSON-1]"),
    # a nickname given whatever the surname is a name; one that is an ordinary word stays
    ("Ginge (40) reports poor sleep.", "[PERSON-1] ([AGE-1]) reports poor sleep."),
    ("i still talk to zippy every week", "i still talk to [PERSON-1] every week"),
    ("we had spud and gravy, a chalky taste", "we had spud and gravy, a chalky taste"),
    # a building, a block or a room and its number is where, not who
    (
        "came to Bldg 112, erm, on Monday.\nCheers\nLiesbeth Becker\nline manager, Building 9",
        "came to Bldg 112, erm, on Monday.\nCheers\n[PERSON-1]\nline manager, Building 9",
    ),
    # a survey export: the header's labels stay, its age column and its answers' names go;
    # a line naming people over a sentence is no header
    (
        'ResponseId,Age,Gender,Q12\nR_3kd9,34,Male,"Talked to my mate Dave."',
        'ResponseId,Age,Gender,Q12\nR_3kd9,[AGE-1],Male,"Talked to my mate [PERSON-1]."',
    ),
    (
        '"ResponseId","Q1_Age","Q2"\n"R_1","41","fine"',
        '"ResponseId","Q1_Age","Q2"\n"R_1","[AGE-1]","fine"',
    ),
    (
        "Sarah Jones, Tom Smith, Ali Khan\nwere there, all of them, honestly",
        "[PERSON-1], [PERSON-2], [PERSON-3]\nwere there, all of them, honestly",
    ),
    (
        "Q3 - How old are you?\n47\nQ4 - Anything else?\nno",
        "Q3 - How old are you?\n[AGE-1]\nQ4 - Anything else?\nno",
    ),
    # one person under one placeholder: dotted initials before the surname link to the
    # full name when the first initial fits, a particle surname in capitals joins its
    # first name, and a name said again on the next line is not glued to the first
    (
        "Hao Liu came in. H.M. Liu to review. K.M. Liu to call.",
        "[PERSON-1] came in. [PERSON-1] to review. [PERSON-2] to call.",
    ),
    ("Client: VAN DER BERG, Stefan\nStefan rang.", "Client: [PERSON-1]\n[PERSON-1] rang."),
    # an e-mail's greeting line names its reader, by a short form that is a word too
    ("Morning Cat,\n\nCan someone call?", "Morning [PERSON-1],\n\nCan someone call?"),
    ("Morning all,\n\nMorning Parade, 0800", "Morning all,\n\nMorning Parade, 0800"),
    # a transcript's speaker labels are no form's fields: the turns after them stay
    (
        "Interviewer: Mm-hm.\nStaff: Mm-hm.\nClient: Yes, I think so.\n"
        "Interviewer: You mentioned Wales earlier",
        "Interviewer: Mm-hm.\nStaff: Mm-hm.\nClient: Yes, I think so.\n"
        "Interviewer: You mentioned Wales earlier",
    ),
    # ... and a body, a country or an everyday acronym in the same places stays
    (
        "UK is fine. DWP said no. SU rang.\n- AOB\nStaff: N/A\nClient: All",
        "UK is fine. DWP said no. SU rang.\n- AOB\nStaff: N/A\nClient: All",
    ),
    # a markdown table's header row names columns, whatever spaCy makes of it
    (
        "| Item | Qty | Cost |\n|---|---|---|\n| socks | 2 | 40 |",
        "| Item | Qty | Cost |\n|---|---|---|\n| socks | 2 | 40 |",
    ),
    # minutes: the lists of who was there, the minute-taker, action owners in brackets and
    # initials given a task; initials of a person named in full are that person ("AO" of
    # Ade Ojo, "T.H." of Tom Hale); a post in brackets and the shorthand stay
    (
        "Present: Maj Tom Hale (Chair), Miss Ruth Marsh-Tate (RMT), Capt Bell (MO)\n"
        "Apols: OKONKWO F, Sgt Ade Ojo\nMins: S.I.\n1. Leave rota raised (AP: RMT)\n"
        "2. Families day: AO to book coach (T.H.).\nAOB: NFA.",
        "Present: [PERSON-1] (Chair), [PERSON-2] ([PERSON-2]), [PERSON-3] (MO)\n"
        "Apols: [PERSON-4], [PERSON-5]\nMins: [PERSON-6]\n1. Leave rota raised (AP: [PERSON-2])\n"
        "2. Families day: [PERSON-5] to book coach ([PERSON-1]).\nAOB: NFA.",
    ),
    # a handover: who is on call, a task's owner, an entry signed at its end; a shift's
    # hours are no bank account ("... to sort" is no sort code)
    (
        "On call: KO / jc\n- will need two of them for 0800-2000 - K.J. to sort\n"
        "Nothing to report. SRP\n-- LLJ",
        "On call: [PERSON-1] / [PERSON-2]\n- will need two of them for 0800-2000 - [PERSON-3] to "
        "sort\nNothing to report. [PERSON-4]\n-- [PERSON-5]",
    ),
    # a list ends where its people end: the action after its owners stays, "A/L" too
    (
        "Action: KW/O.O. by Fri; dose 5 mg/ml, 24/7, A/L, HR/GP\nApols: Nil",
        "Action: [PERSON-1]/[PERSON-2] by Fri; dose 5 mg/ml, 24/7, A/L, HR/GP\nApols: Nil",
    ),
    # a rota typed in columns, its people surname first; a log's column of initials
    (
        "Name          Mon   Tue\nCAMPBELL S    E     N\nZhang WJ      OFF   LD\n\n"
        "On call: Campbell",
        "Name          Mon   Tue\n[PERSON-1]    E     N\n[PERSON-2]      OFF   LD\n\n"
        "On call: [PERSON-1]",
    ),
    (
        "Serial | Time | Occurrence | Init\n1 | 0930 | Fire alarm test | KM\n2 | 1010 | NTR | M.P.",
        "Serial | Time | Occurrence | Init\n1 | 0930 | Fire alarm test | [PERSON-1]\n"
        "2 | 1010 | NTR | [PERSON-2]",
    ),
    # a surname's initial in a survey answer typed in lower case, "r" and "c" too where
    # they cannot be "are" or "see" ("kwame r in the team" may be "are": it stays)
    (
        "cant fault kwame r and shanice c in the team",
        "cant fault [PERSON-1] and [PERSON-2] in the team",
    ),
    ("kwame r in the team", "[PERSON-1] r in the team"),
    # a letter naming a block, a ward or a sub-unit is no initial and surname
    (
        "Fire alarm test in B Block with Cpl M\nD Ward was busy; B Smith came",
        "Fire alarm test in B Block with [PERSON-1]\nD Ward was busy; [PERSON-2] came",
    ),
    # a chat export's sender lines ("Lukas J, 17:41"): spaCy's one name over the end of a
    # message and the next sender is two people, and "P." stays with Sanjay
    (
        "Sanjay Patel, 17:38\nwho's driving?\n    👍 Sanjay P.\nLukas J, 17:41\nme\n"
        "Sanjay, 17:42\nta Lukas",
        "[PERSON-1], 17:38\nwho's driving?\n    👍 [PERSON-1].\n[PERSON-2], 17:41\nme\n"
        "[PERSON-1], 17:42\nta [PERSON-2]",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS)
def test_when_a_letter_note_or_chat_lays_out_a_name_then_the_name_goes_and_the_layout_stays(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


SIGNED_MESSAGES = [
    # kisses close a message, they are no initial of the name before them
    ("see u soon, gaz xx", "see u soon, [PERSON-1] xx"),
    ("thanks all, katarzyna x\nkatarzyna said", "thanks all, [PERSON-1] x\n[PERSON-1] said"),
    # a sign-off opening the writer's line is no first name ("Love" is one somewhere)
    ("thanks for everything.\nLove Jane X", "thanks for everything.\nLove [PERSON-1] X"),
    # a forum user name in two found halves is one person
    ("posted by aga\nkasia.wisniewska is that katarzyna?", None),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_MESSAGES)
def test_a_messages_sign_off_and_kisses_stay_and_a_user_name_is_one(
    engine: ScrubEngine, text: str, expected: str | None
) -> None:
    scrubbed = scrub_texts(engine, [text])[0]
    if expected is not None:
        assert scrubbed == expected
    else:
        assert "wisniewska" not in scrubbed and "." not in scrubbed.split("\n")[1].split()[0]
