from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sealflow.errors import PathSafetyError
from sealflow.exchange.names import check_batch_id, check_member_name

UNSAFE = [
    ("../escape.age", "separator"),
    ("/etc/passwd", "separator"),
    ("sub/file.age", "separator"),
    ("sub\\file.age", "separator"),
    ("~root", "~"),
    ("a\x00b", "U+0000"),
    ("line\nbreak", "U+000A"),
    ("bell\x07", "U+0007"),
    ("\u202egpj.exe", "U+202E"),
    (" leading", "white space"),
    ("", "empty"),
    (".", "relative folder"),
    ("..", "relative folder"),
    ("manifest.json", "reserved"),
    ("manifest.json.minisig", "reserved"),
    ("upload.age.part", ".part"),
    ("x" * 256, "255 bytes"),
    (42, "not a string"),
]


@pytest.mark.parametrize(("name", "reason"), UNSAFE)
def test_when_name_is_hostile_then_refused_with_reason(name: object, reason: str) -> None:
    with pytest.raises(PathSafetyError, match=reason.replace("+", r"\+").replace(".", r"\.")):
        check_member_name(name, "manifest.json: files[0].name")


@pytest.mark.parametrize("name", ["roster.csv.age", "interview 01.vtt.age", "Zoë.txt.age", "a..b"])
def test_when_name_is_plain_then_accepted(name: str) -> None:
    assert check_member_name(name, "test") == name


@given(st.text(min_size=0, max_size=40))
def test_when_any_name_is_accepted_then_it_stays_inside_its_folder(name: str) -> None:
    base = Path("/srv/batch")
    try:
        check_member_name(name, "test")
    except PathSafetyError:
        return
    joined = base / name
    assert joined.parent == base
    assert joined.name == name


@pytest.mark.parametrize("batch_id", ["../x", ".hidden", "a/b", "", "x" * 129, "a b"])
def test_when_batch_id_is_not_a_plain_folder_name_then_refused(batch_id: str) -> None:
    with pytest.raises(PathSafetyError, match="batch id"):
        check_batch_id(batch_id, "manifest.json")
