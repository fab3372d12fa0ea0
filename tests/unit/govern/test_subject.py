"""Reading a pseudonymous ID from a file: exactly one valid ID, or an error without the text."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sealflow.errors import InputSchemaError
from sealflow.govern.subject import read_pseudonymous_id, subject_reference

PATTERN = "^PSN-[0-9A-HJ-NP-Z]{10}$"
valid_ids = st.text("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=10, max_size=10).map(
    lambda tail: f"PSN-{tail}"
)
lines = st.one_of(valid_ids, st.text(string.ascii_letters + string.digits + "-", min_size=12))


@given(st.lists(lines, max_size=4), st.sampled_from(["\n", "\r\n"]))
def test_when_any_file_is_read_then_one_valid_id_or_an_error_without_its_text(
    tmp_path_factory, chosen, newline
):
    path = tmp_path_factory.mktemp("ids") / "id.txt"
    path.write_bytes(newline.join(chosen).encode())
    try:
        found = read_pseudonymous_id(path, PATTERN)
    except InputSchemaError as exc:
        assert str(path) in str(exc)
        assert not any(line in str(exc) for line in chosen)
    else:
        assert chosen == [found]


@pytest.mark.parametrize(
    "content", [b"\xef\xbb\xbfPSN-0123456789\n", b"  PSN-0123456789  \n\n", b"PSN-0123456789"]
)
def test_when_the_file_has_a_bom_or_spaces_then_the_id_is_read(tmp_path, content):
    path = tmp_path / "id.txt"
    path.write_bytes(content)
    assert read_pseudonymous_id(path, PATTERN) == "PSN-0123456789"


def test_when_the_same_person_is_referred_to_then_the_reference_is_stable_and_keyed(tmp_path):
    key = tmp_path / "keys" / "audit.key"
    first = subject_reference(key, "PSN-0123456789")
    assert first == subject_reference(key, "PSN-0123456789")
    assert first != subject_reference(key, "PSN-0123456788")
    assert first != subject_reference(tmp_path / "other.key", "PSN-0123456789")
    assert "0123456789" not in first
