"""The people a message export's layout names: "12/02/2024, 22:44 - Moose Army: hi".

A phone's or a chat app's export puts a contact in fixed slots: a dated line's sender, the
sender of a reply it quotes ("...: > Scouse: any news?"), who added or removed whom, who
left or joined, the contact a thread or a voicemail is with, before the number ("SMS thread
with Rattler (07850 ...)"), who reacted ("Reactions: :clap: Fitzy, Moose", "✅ 2 (Bunny,
Ming)"), and who a voicemail or a text says is calling ("hello its sanj, ..."). The slot is
the cue, so a nickname that is also a word ("Stretch", "Moose") counts there; the reader
("Me"), the contacts a phone saves by relation ("Mum", "Wifey"), roles and field labels do
not (contact_labels). Handles and nicknames anywhere else are the chat-handle recognizer's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from sealflow.scrub.name_words import names_no_one
from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.recognizers.generic.contact_labels import (
    CONTACT_TAIL_WORDS,
    NOT_A_SENDER,
    names_a_contact,
)

# a message export's line stamp with its date: "12/02/2024, 22:44 - ", "[19/11/2025, 08:02:11] "
_DATED_STAMP = (
    r"\[?(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}),?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp][Mm])?\]?[ \t]*(?:[-–][ \t]*)?"
)
# what a phone adds after a contact's name ("Moose Army", "Gaz Work", "Pincher Mob")
_CONTACT_TAIL = "(?:" + "|".join(CONTACT_TAIL_WORDS) + ")"
# a contact's name of one to four words, without the tail a phone adds to it
_SENDER_WORDS = (
    r"(?P<words>[^\W\d_][\w'’\-]*(?:[ \t]+(?!"
    + _CONTACT_TAIL
    + r"[ \t]*(?::|\(|$))[^\W\d_][\w'’\-]*){0,3})"
    r"(?:[ \t]+" + _CONTACT_TAIL + r")?"
)
# who reacted to a message, as exports list them: "Reactions: :clap: Fitzy, Moose",
# "✅ 2 (Bunny, Ming)", "👍 2 (Folasade, Piotrek)"
_REACTIONS = re.compile(
    r"(?m)(?:^[ \t]*Reactions?:[ \t]*(?::[\w+\-]+:[ \t]*|\([a-z]\)[ \t]*|[^\x00-\x7f]+[ \t]*)+"
    r"|[^\x00-\x7f][\ufe0f]?[ \t]*\d{1,3}[ \t]+\()(?P<list>[^\n()]{1,200})"
)
_REACTION_ITEM = re.compile(r"(?<![\w'’])[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,2}")


class MessageExportRecognizer(WordListRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar = (
        # a dated message export's sender, whatever the name is ("12/02/2024, 22:44 - Moose
        # Army: ...", "[19/11/2025, 08:02:11] Stretch: ..."): the layout names a contact, so
        # a nickname that is also a word counts; the reader ("Me") and relations do not
        ("export_sender", r"(?m)(?P<sender>)^[ \t]*" + _DATED_STAMP + _SENDER_WORDS
         + r"(?=:[ \t])", 0.7),
        # the other slots of a dated export that hold a contact: a quoted reply's sender
        # ("...: > Scouse: any news?"), who added whom or left ("- Jian added Stretch")
        ("export_quoted", r"(?m)(?P<sender>)^[ \t]*" + _DATED_STAMP + r"[^\n:>]{1,40}:[ \t]*>[ \t]*"
         + _SENDER_WORDS + r"(?=:[ \t])", 0.7),
        ("export_added", r"(?m)(?P<sender>)^[ \t]*" + _DATED_STAMP + r"[^\n:]{1,40}?[ \t]"
         r"(?:added|removed)[ \t]+" + _SENDER_WORDS + r"[ \t]*$", 0.7),
        ("export_actor", r"(?m)(?P<sender>)^[ \t]*" + _DATED_STAMP + _SENDER_WORDS
         + r"(?=[ \t]+(?:added|removed|created[ \t]+group|changed[ \t]+the|left$|joined))", 0.7),
        # a thread's or a voicemail's contact, named before the number: "SMS thread with
        # Rattler (07850 ...)", "Voicemail from Duchess Mob (+44 ...)"
        ("thread_contact", r"(?P<sender>)(?i:\b(?:thread|chat|conversation)[ \t]+with|\bvoicemail"
         r"[ \t]+from|\bcall[ \t]+from)[ \t]+" + _SENDER_WORDS + r"(?=[ \t]*\()", 0.7),
        # a calendar invitation's organiser and attendees (iCalendar's common name,
        # RFC 5545 3.2.2): "ORGANIZER;CN=Bill Birch:mailto:...", "ATTENDEE;CN=\"Kaur, Jas\";"
        ("calendar_name", r"(?P<sender>)(?-i:\bCN)=\"?" + _SENDER_WORDS + r"(?=\"?[:;])", 0.8),
        # who a voicemail or a text says is calling: "hello its sanj, email is ...", "stefan its
        # raj, stuck in elgin", "it's Mo here" (a listed first name or short form, any case)
        ("self_named", r"(?im)(?P<self>)(?:^[ \t]*|:[ \t]+|\b(?:hi|hello|hiya|hey|alright|morning|"
         r"evening)[ \t,]+)(?:[a-z]+[ \t,]+)?it['’]?s[ \t]+(?P<id>[a-z][a-z'’\-]{1,14})"
         r"(?=[ \t]*,|[ \t]+(?:here|from|again|calling)\b)", 0.7),
    )  # fmt: skip
    EXAMPLES = (
        (
            "12/02/2024, 22:45 - Moose Army: hi\n[19/11/2025, 08:02:11] Stretch: ok\n"
            "12/02/2024, 22:48 - Mum: ok\n12/02/2024, 22:49 - Me: ok\n12/02/2024, 22:50 - CO: go",
            ["Moose", "Stretch"],
        ),
        (
            "[05/06/2025, 14:22:12] Immy K Work: > Scouse: any news?\n"
            "[28/12/2026, 18:07:39] Jian added Stretch\nSMS thread with Rattler (07850 948 779)\n"
            "Reactions: :clap: Fitzy, Moose\n✅ 2 (Bunny, Ming)\n"
            "Voicemail from Duchess Mob (+44 7)",
            [
                "Bunny",
                "Duchess",
                "Fitzy",
                "Immy K",
                "Jian",
                "Ming",
                "Moose",
                "Rattler",
                "Scouse",
                "Stretch",
            ],
        ),
        ("Reactions: :clap: Me\n👍 2 (Mum, You)\nthread with HR (2)", []),
        ("17/11/2023, 18:25 - Wifey: ok\n17/11/2023, 18:27 - Our Kid: ha\nWifey: ok", []),
        (
            "Voicemail: hello its sanj, email is x\nstefan its raj, stuck in elgin\nit's Kat here",
            ["Kat", "raj", "sanj"],
        ),
        ("its me, its ok, hello its mum, its late, its raining, it's 9 here, its you", []),
        (
            "ORGANIZER;CN=Bill Birch:mailto:b@x.uk\nATTENDEE;ROLE=REQ-PARTICIPANT;CN=Grace Hope"
            ";RSVP=TRUE:mailto:g@x.uk\nATTENDEE;CN=Wellbeing Team:mailto:t@x.uk",
            ["Bill Birch", "Grace Hope"],
        ),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        self.roles: frozenset[str] = frozenset()
        self.short_forms: frozenset[str] = frozenset()
        super().__init__(supported_language=supported_language, **kwargs)

    def configure(self, settings: Any) -> None:
        super().configure(settings)
        self.roles = settings.roles()
        self.short_forms = frozenset(settings.diminutives())

    def span_of(self, match: re.Match[str]) -> tuple[int, int]:
        if "words" in match.re.groupindex:
            return match.start("words"), match.end("words")
        return super().span_of(match)

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().iter_matches(text)
        if "(" not in text and "eaction" not in text:
            return
        for reaction in _REACTIONS.finditer(text):
            for item in _REACTION_ITEM.finditer(text, reaction.start("list"), reaction.end("list")):
                if names_a_contact(item.group(0), self.wordlists, self.roles):
                    yield item.start(), item.end(), 0.7

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        if "self" in match.re.groupindex:
            # "its sanj": a listed first name or short form, never the reader, a relation,
            # a role or a rank ("its me", "its mum")
            key = match.group("id").lower()
            named = key in self.short_forms or key in self.wordlists.first_names
            return (
                base_score
                if named
                and key not in NOT_A_SENDER
                and not names_no_one(key, self.wordlists, self.roles, RANK_WORDS)
                else None
            )
        return (
            base_score
            if names_a_contact(match.group("words"), self.wordlists, self.roles)
            else None
        )
