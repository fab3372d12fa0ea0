"""A message export's layout names its people: the sender of a dated line, a quoted reply's
sender, who added whom, who reacted, a thread's contact, an @-mention, the e-mail's
salutation and its signer; the reader ("Me"), contacts saved by relation ("Wifey", "Nan"),
roles and the export's dates stay."""

from __future__ import annotations

from sealflow.scrub.scrubber import scrub_texts

EXPORT = (
    "SMS thread with Rattler (07850 948 779)\n"
    "12/02/2024, 22:44 - Moose Army: say hi to the lads\n"
    "12/02/2024, 22:45 - Me: will do\n"
    "12/02/2024, 22:46 - Wifey: tea's ready\n"
    "12/02/2024, 22:47 - Stretch: > Moose: say hi\n"
    "12/02/2024, 22:48 - Stretch added Tank\n"
    "Reactions: :clap: Smudge, Bunny\n"
    "@Timber can you pick this up, @everyone see above"
)
EMAIL = "Subject: Kit return\n\nRazor,\n\nI'll chase the stores.\n\nCheers\nSmiler"


def test_when_an_export_names_its_people_by_layout_then_they_go(engine):
    scrubbed = scrub_texts(engine, [EXPORT])[0]
    for name in ("Rattler", "Moose", "Stretch", "Tank", "Smudge", "Bunny", "Timber"):
        assert name not in scrubbed, scrubbed
    for kept in ("12/02/2024, 22:44 - ", "Me: will do", "Wifey: tea", "@everyone", " Army:"):
        assert kept in scrubbed, scrubbed


def test_when_an_export_sender_is_named_again_then_the_placeholder_is_the_same(engine):
    lines = scrub_texts(engine, [EXPORT])[0].splitlines()
    moose = lines[1].split(" - ")[1].split(" ")[0]
    assert moose.startswith("[PERSON-") and moose in lines[4], lines


def test_when_an_email_is_signed_and_addressed_by_nickname_then_both_go(engine):
    scrubbed = scrub_texts(engine, [EMAIL])[0]
    assert "Razor" not in scrubbed and "Smiler" not in scrubbed, scrubbed
    assert "Cheers\n[PERSON-" in scrubbed, scrubbed


def test_when_a_mac_surname_is_shortened_then_it_is_the_same_person(engine):
    text = (
        "From: McCarthy, Cormac\nTo: Jones, Ffion\nSubject: leave\n\nMacca,\n\nAll booked.\n\nFfion"
    )
    lines = scrub_texts(engine, [text])[0].splitlines()
    assert lines[0] == "From: [PERSON-1]" and lines[4] == "[PERSON-1],", lines
