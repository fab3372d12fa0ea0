"""sealflow.ingest.tokens: survey tokens and their key file (shared with `links`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stat
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sealflow.errors import ConfigError
from sealflow.ingest.tokens import (
    _base32_lower,
    load_or_create_token_key,
    survey_token,
    survey_tokens,
)

KEY = bytes(range(32))


def test_when_key_and_id_are_known_then_token_is_the_truncated_base32_hmac():
    digest = hmac.new(KEY, b"PSN-0123456789", hashlib.sha256).digest()
    expected = base64.b32encode(digest).decode().lower()[:32]
    assert survey_token(KEY, "PSN-0123456789") == expected
    assert len(expected) == 32 and "=" not in expected


@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_when_ids_differ_then_tokens_differ_and_use_lowercase_base32(first, second):
    token = survey_token(KEY, first)
    assert set(token) <= set("abcdefghijklmnopqrstuvwxyz234567")
    assert (token == survey_token(KEY, second)) == (first == second)


@pytest.mark.parametrize("key", [b"", b"short", bytes(31), bytes(33)])
def test_when_key_has_wrong_length_then_survey_token_refuses(key):
    with pytest.raises(ValueError, match="32 bytes"):
        survey_token(key, "PSN-0123456789")


def test_when_key_file_is_missing_then_it_is_created_private_and_reused(tmp_path):
    path = tmp_path / "work" / "keys" / "survey_token.key"
    key = load_or_create_token_key(path)
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_or_create_token_key(path) == key
    assert [p.name for p in path.parent.iterdir()] == ["survey_token.key"]


def test_when_many_callers_create_the_key_at_once_then_all_get_the_same_key(tmp_path):
    path = tmp_path / "survey_token.key"
    with ThreadPoolExecutor(8) as pool:
        keys = set(pool.map(lambda _: load_or_create_token_key(path), range(16)))
    assert len(keys) == 1


@pytest.mark.parametrize(
    ("content", "mode", "message"),
    [(b"x" * 31, 0o600, "exactly 32 bytes"), (b"x" * 32, 0o644, "chmod 600")],
)
def test_when_key_file_is_bad_then_a_clear_error_names_it_and_it_is_kept(
    tmp_path, content, mode, message
):
    path = tmp_path / "survey_token.key"
    path.write_bytes(content)
    os.chmod(path, mode)
    with pytest.raises(ConfigError, match=message) as error:
        load_or_create_token_key(path)
    assert str(path) in str(error.value)
    assert path.read_bytes() == content


@given(
    st.binary(min_size=32, max_size=32),
    st.lists(st.text(max_size=40), max_size=30),
)
def test_when_tokens_are_made_in_bulk_then_each_equals_the_single_token(key, ids):
    assert survey_tokens(key, ids) == [
        survey_token(key, pseudonymous_id) for pseudonymous_id in ids
    ]


@pytest.mark.parametrize("key", [b"", bytes(31), bytes(33)])
def test_when_key_has_wrong_length_then_survey_tokens_refuses(key):
    with pytest.raises(ValueError, match="32 bytes"):
        survey_tokens(key, ["PSN-0123456789"])


@given(st.binary(max_size=200).map(lambda data: data[: len(data) - len(data) % 5]))
def test_when_bytes_are_encoded_then_base32_equals_the_standard_library(data):
    assert _base32_lower(data) == base64.b32encode(data).decode("ascii").lower()
