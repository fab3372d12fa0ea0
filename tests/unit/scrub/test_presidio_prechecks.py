"""Presidio's e-mail and IP recognizers run only on texts their patterns could match
(recognizers/prechecks.py): they still find every address they found, the scrubbed text is
the same, and a text the check rules out is one the ungated recognizer finds nothing in."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer.predefined_recognizers import EmailRecognizer, IpRecognizer

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.recognizers import prechecks
from sealflow.scrub.scrubber import scrub_texts

SCRUBBED = [
    ("email me at jo.smith@example.org today", "email me at [EMAIL-1] today"),
    ("JO_SMITH+work@mail.example.co.uk, ta", "[EMAIL-1], ta"),
    ("the box is 10.0.0.1 on the ward", "the box is [IP-1] on the ward"),
    ("from 192.168.1.20/24 only", "from [IP-1] only"),
    ("host fe80::1 and ::ffff:10.1.2.3 were up", "host [IP-1] and [IP-2] were up"),
    ("full 2001:0db8:85a3:0000:0000:8a2e:0370:7334 here", "full [IP-1] here"),
]


@pytest.mark.parametrize(("text", "expected"), SCRUBBED)
def test_the_gated_recognizers_still_scrub_their_examples(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text])[0] == expected


def test_the_engine_gates_presidios_email_and_ip_recognizers(engine: ScrubEngine) -> None:
    gated = {type(r) for r in engine.analyzer.registry.recognizers if "analyze" in vars(r)}
    assert gated == {EmailRecognizer, IpRecognizer}


def test_a_recognizer_with_other_patterns_is_left_ungated() -> None:
    own = EmailRecognizer(patterns=[*EmailRecognizer.PATTERNS])
    own.patterns[0] = type(own.patterns[0])("own", r"\w+ at \w+", 0.5)
    prechecks.install([own])
    assert "analyze" not in vars(own)


RULED_OUT = [
    "no address here, just text at 10 o'clock; 3 . 4 and 10:30:00",
    "a:b:c:d:e:f:g and v1.x, 1.2.3 and 10.30; at nothing",
]

PIECES = st.sampled_from(
    ["jo", "smith", "@", "@", ".", ":", "::", "10", "0", "255", "1", "fe80", "ffff", "a", "db8",
     "example", "org", "co.uk", "-", "_", "+", "/24", "(", ")", "'", " ", "\n", "\t", "\u00a0",
     "\u2028", "\x1f", "\u200d", "\u0301", "é", "١", "٣", "at", "dot"]
)  # fmt: skip


# addresses, whole or in part, for the pieces above to run into
ADDRESSES = st.builds(
    "{}{}{}".format,
    st.sampled_from(["jo", "jo.smith", "j_o-smith+1", ".jo", "jo.", "é.x", "'jo"]),
    st.sampled_from(["@", "@@", " @"]),
    st.sampled_from(["example.org", "mail.example.co.uk", "ex-ample.com", "org", "x.y"]),
)
IPS = st.sampled_from(["10.0.0.1", "192.168.1.20/24", "fe80::1", "::ffff:10.1.2.3", "::",
                       "2001:db8:0:0:0:0:2:1", "1.2.3", "256.1.1.1"])  # fmt: skip
TEXTS = st.lists(st.one_of(PIECES, ADDRESSES, IPS), min_size=1, max_size=30).map("".join)


def _found(recognizer: EmailRecognizer | IpRecognizer, text: str) -> list[tuple[Any, ...]]:
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return [(r.entity_type, r.start, r.end, r.score) for r in results]


def _pair(kind: type[EmailRecognizer | IpRecognizer]) -> tuple[Any, Any]:
    gated = kind()
    prechecks.install([gated])
    return gated, kind()


EMAIL, IP = _pair(EmailRecognizer), _pair(IpRecognizer)


@pytest.mark.parametrize("text", RULED_OUT)
def test_a_text_the_checks_rule_out_has_nothing_to_find(text: str) -> None:
    for kind in (EmailRecognizer, IpRecognizer):
        assert not prechecks.PRECHECKS[kind](text)
        assert _found(kind(), text) == []


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_the_gated_recognizers_find_what_the_ungated_find(text: str) -> None:
    for gated, plain in (EMAIL, IP):
        assert _found(gated, text) == _found(plain, text)
