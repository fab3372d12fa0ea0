"""Each slot where a message export names a contact, one row each: the message-export
recognizer finds exactly the contact, and the chat-handle recognizer finds none of it.

Why: the export's slots were moved out of the chat-handle recognizer into their own; a row
found by both, or by neither, means a slot was left behind, moved twice or lost. (Whole
exports, scrubbed end to end, are test_message_exports.py's.)"""

from __future__ import annotations

import functools

import pytest

from sealflow.scrub.recognizers.base import matched_strings
from sealflow.scrub.recognizers.generic.chat_handle_recognizer import ChatHandleRecognizer
from sealflow.scrub.recognizers.generic.message_export_recognizer import (
    MessageExportRecognizer,
)
from sealflow.scrub.recognizers.generic.person_cues import FAMILY_WORDS
from sealflow.scrub.settings import default_settings

SLOTS = [
    # a dated line's sender, a nickname that is also a word, the phone's tail left out
    ("sender", "12/02/2024, 22:45 - Moose Army: hi", ["Moose"]),
    ("sender", "[19/11/2025, 08:02:11] Stretch: ok", ["Stretch"]),
    ("sender", "12/02/2024, 22:48 - Mum: ok\n12/02/2024, 22:49 - Me: ok", []),
    ("sender", "12/02/2024, 22:50 - CO: go\n17/11/2023, 18:27 - Our Kid: ha", []),
    # the sender of the reply a message quotes
    ("quoted", "[05/06/2025, 14:22:12] Gaz Work: > Scouse: any news?", ["Gaz", "Scouse"]),
    # who added or removed whom, who left
    ("added", "[28/12/2026, 18:07:39] Jian added Stretch", ["Jian", "Stretch"]),
    ("added", "[28/12/2026, 18:07:39] You removed Dad", []),
    ("actor", "[28/12/2026, 18:09:02] Pincher left", ["Pincher"]),
    # the contact a thread or a voicemail is with, before the number
    ("thread", "SMS thread with Rattler (07850 948 779)", ["Rattler"]),
    ("thread", "Voicemail from Duchess Mob (+44 7)", ["Duchess"]),
    ("thread", "thread with HR (2)", []),
    # who reacted
    ("reactions", "Reactions: :clap: Fitzy, Moose", ["Fitzy", "Moose"]),
    ("reactions", "✅ 2 (Bunny, Ming)", ["Bunny", "Ming"]),
    ("reactions", "Reactions: :clap: Me\n👍 2 (Mum, You)", []),
    # who a voicemail or a text says is calling
    ("self_named", "Voicemail: hello its sanj, email is x", ["sanj"]),
    ("self_named", "stefan its raj, stuck in elgin", ["raj"]),
    ("self_named", "its me, hello its mum, its late", []),
]


@functools.cache
def configured(recognizer_class):
    recognizer = recognizer_class()
    recognizer.configure(default_settings())
    return recognizer


@pytest.mark.parametrize(
    ("slot", "text", "expected"), SLOTS, ids=[f"{s}:{t[:30]}" for s, t, _ in SLOTS]
)
def test_when_an_export_slot_holds_a_contact_then_the_export_recognizer_alone_finds_it(
    slot, text, expected
):
    assert matched_strings(configured(MessageExportRecognizer), text) == sorted(expected)
    assert matched_strings(configured(ChatHandleRecognizer), text) == []


@pytest.mark.parametrize("relation", sorted(FAMILY_WORDS))
def test_when_a_contact_is_saved_by_a_family_word_then_neither_recognizer_takes_it(relation):
    """The family words read after "my" (person_cues) are the relations a phone saves a
    contact by: a sender, a reaction or a speaker label of one names no one."""
    label = relation.capitalize()
    text = f"12/02/2024, 22:45 - {label}: ok\nReactions: :clap: {label}\n{label}: ok"
    assert matched_strings(configured(MessageExportRecognizer), text) == []
    assert matched_strings(configured(ChatHandleRecognizer), text) == []
