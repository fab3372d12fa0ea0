"""E-mail addresses at intranet domains are one placeholder whole (fix19a, attack18 G5).

Presidio keeps an address only at a public suffix, so "fenella.brackenbury@army.local" kept
the surname beside a PERSON placeholder, and the residual scan passed it.
"""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.document import Segment
from sealflow.scrub.residual import scan_documents
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings

SETTINGS = default_settings()

# (text, the address, how often it stands in the text)
ADDRESSES = [
    ("I emailed fenella.brackenbury@army.local about it.", "fenella.brackenbury@army.local"),
    ("Send it to BRACKENBURY-F123@DII.R.MIL.UK before Friday.", "BRACKENBURY-F123@DII.R.MIL.UK"),
    ("Cc: the welfare cell <fenella.brackenbury@mod.internal>", "fenella.brackenbury@mod.internal"),
    ("ops cell: sgt.quilliam@hq, then the adjt", "sgt.quilliam@hq"),
    ("write to mailto:h.mcgillicuddy@hq.unit.local today", "mailto:h.mcgillicuddy@hq.unit.local"),
    ("her welfare box is f.brackenbury+welfare@army.local now", "f.brackenbury+welfare@army.local"),
]  # fmt: skip
KEPT = [
    "meet 3@4pm in the mess",
    "the file report@v2.docx is on the drive",
    "went to lunch@noon then",
    "adj@1rifles is the adjutant's box",
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_when_an_intranet_address_is_written_then_it_is_one_email_placeholder(
    engine, text, address
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert "[EMAIL-1]" in scrubbed and "@" not in scrubbed
    # nothing of the address is left beside its placeholder
    assert scrubbed.replace("[EMAIL-1]", "") == text.replace(address, "")


@pytest.mark.parametrize("text", KEPT)
def test_when_a_token_only_looks_like_an_address_then_it_is_no_email(engine, text):
    """A time, a version tag or a word glued to a one-label host (see the recognizer's
    docstring). "docx" is read as a name elsewhere, with or without an "@" before it."""
    (scrubbed,) = scrub_texts(engine, [text])
    assert "[EMAIL" not in scrubbed
    assert re.search(r"\S+@[^\s.]+", text).group() in scrubbed


def test_when_one_mailbox_is_written_three_ways_then_it_has_one_placeholder(engine):
    text = (
        "Write to Fenella.Brackenbury@ARMY.LOCAL, or mailto:fenella.brackenbury@army.local, "
        "or fenella.brackenbury+hr@army.local; not j.quilliam@army.local."
    )
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == ("Write to [EMAIL-1], or [EMAIL-1], or [EMAIL-1]; not [EMAIL-2].")


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_when_an_intranet_address_is_left_standing_then_the_residual_scan_flags_it(
    engine, text, address
):
    hits = scan_documents([("a.txt", [Segment(text)])], SETTINGS, [])
    start = text.index(address)
    assert any(
        h["entity_type"] == "EMAIL" and h["start"] <= start and h["end"] >= start + len(address)
        for h in hits
    ), hits
