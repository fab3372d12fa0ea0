"""The scrub's speed-ups of speed4 read exactly what the plain code read: a settings file
parsed once while it is unchanged, the initial-and-surname pattern read by hand (no pattern
compiled per pair), a text's tokens and its letters and capitals counted once."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.config import read_yaml
from sealflow.errors import ConfigError
from sealflow.scrub.recognizers.generic.person_scanner import TOKEN, _Tokens, letters_and_capitals
from sealflow.scrub.settings import default_settings
from sealflow.scrub.variants import initial_and_surname_spans

# ASCII and beyond: accents, capitals outside ASCII, digits, marks and line breaks
TEXT = st.text(
    alphabet=st.sampled_from(list("aZ zQ.,'’-\n\t09") + list("ÉéßÅøŁłΣσ²½Ⅻ_"))
    | st.characters(codec="utf-8"),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(text=TEXT)
def test_when_letters_and_capitals_are_counted_then_they_are_what_isalpha_and_isupper_say(text):
    assert letters_and_capitals(text) == (
        sum(c.isalpha() for c in text),
        sum(c.isupper() for c in text),
    )


@settings(max_examples=300, deadline=None)
@given(text=TEXT, index=st.integers(min_value=-3, max_value=40))
def test_when_a_token_is_read_again_then_it_is_the_match_as_written_and_lowered(text, index):
    tokens = _Tokens(text)
    matches = list(TOKEN.finditer(text))
    written = matches[index].group(0) if 0 <= index < len(matches) else ""
    assert tokens.word(index) == written
    assert tokens.lower(index) == written.lower()
    letters = sum(c.isalpha() for c in text) or 1
    assert tokens.lower_case_writing == (sum(c.isupper() for c in text) / letters < 0.015)


def fresh_pattern(letters: set[str], surname: str) -> re.Pattern[str]:
    """The pattern as compiled before speed4, for every call."""
    initial = "[" + "".join(sorted(letters)) + "]"
    return re.compile(
        rf"(?<![\w.\-'’]){initial}\.?[ \t]+{re.escape(surname)}(?![\w\-])", re.IGNORECASE
    )


# pieces of text around an initial and a surname: capitals, stops, tabs, what counts as
# part of a word before the letter, and capitals whose lower case is longer ("İ")
PIECES = ["r", "R.", "k", "K", "I", "n", "N.", "turner", "TURNER", "Ng", "ngs", "O'Brien",
          "smith-jones", "Van der Berg", " ", "\t", ".", "-", "'", "’", "_", "1", "é", "İ", "Σ",
          "x.", "a-"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    letters=st.sets(st.sampled_from(list("abkrnié")), min_size=1, max_size=3),
    surname=st.sampled_from(["turner", "ng", "o'brien", "adeyemi", "smith-jones", "van der berg"]),
    text=st.lists(
        st.sampled_from(PIECES),
        max_size=10,
    ).map(lambda parts: "".join(p + (" " if i % 2 else "") for i, p in enumerate(parts))),
)
def test_when_the_initial_and_surname_are_read_by_hand_then_they_are_what_the_pattern_finds(
    letters, surname, text
):
    fresh = fresh_pattern(letters, surname)
    assert initial_and_surname_spans(text, set(letters), surname) == [
        m.span() for m in fresh.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "letters", "surname", "spans"),
    [
        ("met r turner and R. Turner", {"r"}, "turner", [(4, 12), (17, 26)]),
        ("ar turner", {"r"}, "turner", []),  # the letter ends a word
        ("r turners", {"r"}, "turner", []),  # the surname runs on
        ("k turner", {"r"}, "turner", []),  # another person's letter
        ("İ r turner", {"r"}, "turner", [(2, 10)]),  # lowering lengthens the text: the pattern
    ],
)
def test_when_an_initial_stands_before_a_found_surname_then_the_pair_is_found(
    text, letters, surname, spans
):
    assert initial_and_surname_spans(text, letters, surname) == spans


def with_gazetteer(tmp_path: Path, text: str) -> Path:
    file = tmp_path / "gazetteer.yaml"
    file.write_text(text, encoding="utf-8")
    return file


def test_when_a_settings_file_is_asked_for_twice_then_it_is_parsed_once(tmp_path, monkeypatch):
    file = with_gazetteer(tmp_path, "towns: [Catterick, Tidworth]\n")
    scrub = replace(default_settings(), files={**default_settings().files, "gazetteer": file})
    object.__setattr__(scrub, "_memo", {})
    parsed: list[Path] = []

    def counting(path, max_bytes=None):
        parsed.append(Path(path))
        return read_yaml(path, max_bytes)

    monkeypatch.setattr("sealflow.scrub.settings.read_yaml", counting)
    assert scrub.gazetteer_list("towns") == ["Catterick", "Tidworth"]
    assert scrub.gazetteer_list("towns") == ["Catterick", "Tidworth"]
    assert scrub.yaml("gazetteer") == read_yaml(file)
    assert parsed == [file]


@pytest.mark.parametrize(
    ("new_text", "expected"),
    [
        ("towns: [Catterick, Tidworth, Bulford]\n", ["Catterick", "Tidworth", "Bulford"]),
        ("towns: [Larkhill]\n", ["Larkhill"]),  # another size
        ("towns: []\n", []),
    ],
)
def test_when_a_settings_file_changes_then_it_is_read_again(tmp_path, new_text, expected):
    file = with_gazetteer(tmp_path, "towns: [Catterick]\n")
    scrub = replace(default_settings(), files={**default_settings().files, "gazetteer": file})
    object.__setattr__(scrub, "_memo", {})
    assert scrub.gazetteer_list("towns") == ["Catterick"]
    stat = file.stat()
    file.write_text(new_text, encoding="utf-8")
    # a change of the same size within the clock's step still shows in the time set here
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert scrub.gazetteer_list("towns") == expected


def test_when_a_settings_file_is_gone_then_the_error_names_it(tmp_path):
    file = tmp_path / "gazetteer.yaml"
    scrub = replace(default_settings(), files={**default_settings().files, "gazetteer": file})
    object.__setattr__(scrub, "_memo", {})
    with pytest.raises(ConfigError, match=r"gazetteer\.yaml: file not found"):
        scrub.gazetteer_list("towns")
