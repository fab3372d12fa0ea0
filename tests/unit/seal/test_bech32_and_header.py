"""Bech32 and header encoding against the spec's own examples and BIP 173's vectors."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sealflow.seal import age, bech32
from sealflow.seal.age_header import HeaderError, Stanza, encode_header, read_header


def test_when_spec_identity_is_parsed_then_its_recipient_matches_the_spec():
    identity = age.X25519Identity.parse(
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
    )
    assert str(identity.recipient()) == (
        "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
    )
    assert identity.encode() == (
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
    )


@pytest.mark.parametrize(
    "text",
    ["A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"],
)
def test_when_bip173_valid_string_is_decoded_then_it_reencodes(text: str):
    hrp, data = bech32.decode(text)
    assert bech32.encode(hrp.upper() if text.isupper() else hrp, data) == text


@pytest.mark.parametrize(
    "text, message",
    [
        ("A12uEL5L", "mixed"),
        ("a12uel5m", "checksum"),
        ("pzry9x0s0muk", "separator"),
        ("x1b4n0q5v", "invalid data character"),
    ],
)
def test_when_bech32_is_invalid_then_it_is_refused(text: str, message: str):
    with pytest.raises(bech32.Bech32Error, match=message):
        bech32.decode(text)


@pytest.mark.parametrize(
    "text",
    [
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX",
        "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwX",
        "AGE1ZVKYG2LQZRAA2LNJVQEJ32NKUU0UES2S82HZRYE869XEEXVN73EQUNUJWJ",
        "",
    ],
    ids=["identity", "bad-checksum", "uppercase", "empty"],
)
def test_when_recipient_is_not_an_age1_key_then_it_is_refused(text: str):
    with pytest.raises(age.KeyFormatError):
        age.parse_recipient(text)


@pytest.mark.parametrize("body_size", [0, 1, 47, 48, 49, 96, 200])
def test_when_stanza_is_encoded_then_lines_wrap_at_64_and_end_short(body_size: int):
    stanza = Stanza("example.com/test", ("arg1", "arg2"), bytes(range(body_size % 256)) * 1)
    stanza = Stanza(stanza.type, stanza.args, bytes(i % 256 for i in range(body_size)))
    lines = stanza.encode().split(b"\n")[1:-1]
    assert all(len(line) == 64 for line in lines[:-1])
    assert len(lines[-1]) < 64
    header = encode_header([stanza], bytes(16))
    parsed = read_header(io.BytesIO(header))
    assert parsed.stanzas == [stanza]


@pytest.mark.parametrize(
    "header, message",
    [
        (b"age-encryption.org/v1\n--- " + b"A" * 43 + b"\n", "no recipient stanza"),
        (b"age-encryption.org/v1\n-> X25519\n", "truncated"),
        (b"age-encryption.org/v1\n->  X\n\n--- " + b"A" * 43 + b"\n", "empty or invalid"),
        (b"age-encryption.org/v1\n-> X\n" + b"A" * 5000 + b"\n", "longer than 64"),
        (b"age-encryption.org/v1\n" + b"x" * 70000, "too long"),
        (b"age-encryption.org/v1\n" + (b"-> grease " + b"a" * 60000 + b"\n\n") * 40, "1 MiB"),
    ],
    ids=["no-stanza", "truncated", "empty-argument", "long-body-line", "huge-line", "huge-header"],
)
def test_when_header_is_malformed_then_it_is_a_header_error(header: bytes, message: str):
    with pytest.raises(HeaderError, match=message):
        read_header(io.BytesIO(header))


@given(hrp=st.sampled_from(["age", "AGE-SECRET-KEY-", "x"]), data=st.binary(max_size=200))
def test_when_any_bytes_are_bech32_encoded_then_they_decode_back(hrp: str, data: bytes):
    assert bech32.decode(bech32.encode(hrp, data)) == (hrp.lower(), data)


_ARGUMENT = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1)


@given(
    stanzas=st.lists(
        st.tuples(_ARGUMENT, st.lists(_ARGUMENT, max_size=3), st.binary(max_size=300)),
        min_size=1,
        max_size=4,
    ),
    file_key=st.binary(min_size=16, max_size=16),
)
def test_when_any_header_is_encoded_then_it_parses_back_with_a_valid_mac(stanzas, file_key):
    from sealflow.seal.age_header import verify_mac

    originals = [Stanza(kind, tuple(args), body) for kind, args, body in stanzas]
    parsed = read_header(io.BytesIO(encode_header(originals, file_key) + b"payload"))
    assert parsed.stanzas == originals
    verify_mac(parsed, file_key)
