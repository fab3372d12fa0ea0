"""Fuzzing the age header and armor parsers: a result or one sealflow error, nothing else.

A sealed file arrives from another party, so everything before the header MAC is outside
input. Inputs are random bytes, header-shaped text with random stanzas, and structured
mutations (splices, truncations, inserted lines) of real binary and armored files. A
mutated file must never open to anything but its own plaintext, and parsing stays within
bounded memory (tracemalloc, not a clock).
"""

from __future__ import annotations

import base64
import io
import tracemalloc

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.errors import SealflowError
from sealflow.seal import age

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
IDENTITY = age.X25519Identity.generate()
PLAIN = b"synthetic payload: nothing personal" * 40


def _seal(armor: bool) -> bytes:
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(PLAIN), sealed, [IDENTITY.recipient()], armor=armor)
    return sealed.getvalue()


SEALED = {False: _seal(False), True: _seal(True)}


def _open(data: bytes) -> bytes | SealflowError:
    """Open ``data``; any exception other than a sealflow error fails the test."""
    out = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(data), out, [IDENTITY])
    except SealflowError as exc:
        assert "\n" not in str(exc).strip(), str(exc)
        return exc
    return out.getvalue()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(SEALED[draw(st.booleans())])
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["splice", "truncate", "insert_line", "duplicate"]))
        at = draw(st.integers(0, len(data)))
        if kind == "splice":
            data[at : at + draw(st.integers(0, 40))] = draw(st.binary(max_size=40))
        elif kind == "truncate":
            del data[at:]
        elif kind == "insert_line":
            data[at:at] = draw(st.binary(max_size=80)) + b"\n"
        else:
            data[at:at] = data[max(0, at - 64) : at]
    return bytes(data)


def _stanza_line(args: list[str], body: bytes) -> bytes:
    encoded = base64.b64encode(body).decode().rstrip("=")
    lines = [encoded[i : i + 64] for i in range(0, len(encoded), 64)] or [""]
    if len(lines[-1]) == 64:
        lines.append("")
    return ("-> " + " ".join(args) + "\n" + "\n".join(lines) + "\n").encode()


@st.composite
def header_shaped(draw: st.DrawFn) -> bytes:
    word = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=20)
    stanzas = b"".join(
        _stanza_line(
            draw(
                st.lists(
                    st.sampled_from(["X25519", "scrypt", "ssh-ed25519"]) | word,
                    min_size=0,
                    max_size=4,
                )
            ),
            draw(st.binary(max_size=120)),
        )
        for _ in range(draw(st.integers(0, 4)))
    )
    mac = draw(st.binary(min_size=0, max_size=40))
    tail = draw(st.binary(max_size=200))
    return b"age-encryption.org/v1\n" + stanzas + b"--- " + base64.b64encode(mac) + b"\n" + tail


@FUZZ
@given(st.binary(max_size=4096))
def test_when_any_bytes_are_opened_then_a_sealflow_error(data: bytes) -> None:
    assert isinstance(_open(data), SealflowError)


@FUZZ
@given(header_shaped())
def test_when_a_header_has_random_stanzas_then_a_sealflow_error(data: bytes) -> None:
    assert isinstance(_open(data), SealflowError)


@FUZZ
@given(mutated())
def test_when_a_sealed_file_is_mutated_then_it_fails_or_opens_to_its_own_plaintext(
    data: bytes,
) -> None:
    result = _open(data)
    assert isinstance(result, SealflowError) or result == PLAIN


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([b"-> X25519 ", b"-----BEGIN AGE ENCRYPTED FILE-----\n", b"A" * 70]))
def test_when_a_line_or_an_armor_never_ends_then_memory_stays_bounded(prefix: bytes) -> None:
    endless = b"age-encryption.org/v1\n" + prefix + b"B" * (8 << 20)
    if prefix.startswith(b"-----BEGIN"):
        endless = prefix + b"QUFB" * (2 << 20)
    tracemalloc.start()
    try:
        result = _open(endless)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(result, SealflowError)
    assert peak < 24 << 20, f"peak {peak / 2**20:.1f} MiB"
