"""What a chat's or a message export's label holds that names no one.

Why apart: the chat-handle recognizer (speaker labels, "@" mentions) and the message-export
recognizer (an export's sender, who added whom, who reacted) ask one question of a label,
whether it names a person or is the reader ("Me"), a relation the phone saved ("Mum",
"Wifey"), a role ("P1", "SPEAKER_01"), a rank or a field label ("DOB:"), and must answer
it alike.
"""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.recognizers.generic.person_cues import FAMILY_WORDS
from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS, WordLists

# the tags a phone saves a contact with after the name ("Gaz Work", "Kev Army", "Ekow Gym"),
# as written: no part of the sender's name
CONTACT_TAIL_WORDS = (
    "Army", "Navy", "RAF", "Mob", "Mobile", "Work", "New", "Home", "Gym", "Old", "UK",
    "Personal", "Uni",
)  # fmt: skip

# Speaker labels that are roles whatever the study's list says: P1, R2, Q, A, SPEAKER_01.
ROLE_SHAPE = re.compile(r"(?i)(?:[a-z]|int|res|speaker|participant|p|r)[\s_\-]?\d*")
# Field labels and abbreviations that open lines in notes and e-mails ("Tel:", "DOB:").
FIELD_LABELS = frozenset(
    [
        "tel", "mob", "dob", "nok", "ni", "nhs", "ref", "svc", "re", "fwd", "fw", "ps", "nb",
        "eta", "fyi", "attn", "cc", "bcc", "url", "www", "http", "https", "pp", "encl", "addr",
        "dept", "loc", "obs", "hx", "dx", "rx", "tx",
        # minutes' and handovers' fields ("Apols:", "Mins:", "AOB:")
        "apols", "apologies", "mins", "aob", "ap", "attendees", "present", "absent", "actions",
    ]
)  # fmt: skip
# the reader's own messages and the contacts a phone names by relation (the family words
# a person reads after "my" too, and more): no one's name
NOT_A_SENDER = FAMILY_WORDS | frozenset(
    ["me", "you", "mom", "mummy", "daddy", "nana", "nanna", "gran", "granny", "grandma",
     "grandpa", "wifey", "auntie", "aunty", "uncle", "babe", "home", "work", "system",
     "unknown", "bestie", "bff", "hun", "love", "boss", "lads", "bro's", "cuz", "stepdad",
     "stepmum", "mother", "father"]
)  # fmt: skip


def names_a_contact(value: str, words: WordLists, roles: frozenset[str]) -> bool:
    """A contact's label that names someone: not the reader, a relation, a role, rank,
    field label or allowed word ("Moose", "Stretch", "Pincher"; not "Me", "Mum")."""
    parts = [w.strip(".").lower() for w in value.split()]
    if not parts or ROLE_SHAPE.fullmatch(value.strip()):
        return False
    if any(p in NOT_A_SENDER for p in parts) or parts[0] in words.stop_words:
        return False  # "Wifey", "Our Kid", "Mum Mob": a relation, no one's name
    return not any(
        part in RANK_AND_ROLE_WORDS
        or part in RANK_WORDS
        or part in FIELD_LABELS
        or part in roles
        or words.is_allowed(part)
        for part in parts
    )
