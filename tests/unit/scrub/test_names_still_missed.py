"""Names the scrubber still left (issue #9, names2): WordNet's proper nouns after a rank
("wo1 rana"), short first names and surnames of Chinese and South Asian use ("Mei",
"Wei", "Mere", "Rana"), and first names or short forms alone as a speaker's label ("Chi:", "Dec:");
and, as guards, the ordinary nouns, field labels and role labels that only look like them.
Examples written for this work, in no tuning corpus's style."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings
from sealflow.scrub.wordlists import wordnet_noun_only_words


def people_in(scrubbed: str) -> set[str]:
    return set(re.findall(r"\[PERSON-\d+\]", scrubbed))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # a WordNet noun lemma with no other entry and no common-noun ending: a proper noun
        ("rana", True),
        ("delacroix", True),
        # a word with a verb or adjective entry, or a common noun's ending, or a role
        ("bag", False),
        ("instructor", False),
        ("movement", False),
        ("station", False),
        ("mess", False),
        ("staff", False),
        ("the", False),
    ],
)
def test_when_a_lower_case_word_follows_a_rank_then_only_a_proper_noun_shape_is_a_name(
    word: str, expected: bool
) -> None:
    assert default_settings().wordlists().could_be_lowercase_name(word) is expected


def test_when_the_lemma_tables_load_then_noun_only_words_exclude_verbs_and_adjectives() -> None:
    nouns = wordnet_noun_only_words()
    assert "delacroix" in nouns
    assert not {"run", "mere", "hope", "quick"} & nouns


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a rank, then a lower-case surname WordNet holds as a proper noun
        ("me and wo1 rana sorted the stores out", ["rana"]),
        ("we had wo2 delacroix as our CSM", ["delacroix"]),
        # short Chinese and Fijian first names, and a short surname written surname first
        ("I went to see Mei about it in the end.", ["Mei"]),
        ("The sarge, Wei Wong it was, pulled me aside after.", ["Wei"]),
        ("I went to see Mere about it, and Mere Naivalu knew.", ["Mere"]),
        ("The letter was addressed to Wong, Mei.", ["Wong", "Mei"]),
        ("The list had LI, Wei on it, top line.", ["LI", "Wei"]),
        ("On the nominal roll it was NG, Kevin.", ["NG", "Kevin"]),
        ("A surname opening a line:\nYadav in our section was brilliant.", ["Yadav"]),
        # a first name or short form alone as a speaker's label
        ("I: Who else was around?\nChi: My mum, still lives nearby.", ["Chi:"]),
        ("INT: Was there anyone?\nDec: I still talk to him most weeks.", ["Dec:"]),
        ("I: How did that feel?\nHarps: I suppose so.", ["Harps:"]),
        ("Shiv: He wrote to me every week on tour.", ["Shiv:"]),
    ],
)
def test_when_a_name_was_missed_before_then_it_is_gone(
    engine: ScrubEngine, text: str, gone: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert people_in(scrubbed), scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # role and field labels opening a line stay
        ("INT: Was there anyone?\nP1: Not really.", ["INT:", "P1:"]),
        ("Interviewer: And then?\nParticipant: I left.", ["Interviewer:", "Participant:"]),
        ("Date: 4 March\nSummary: no further action.", ["Date:", "Summary:"]),
        ("Chair: Let's begin.\nNote: minutes to follow.", ["Chair:", "Note:"]),
        # two capitals before a comma: no surname without a listed first name after them
        ("I spoke to HR, Sarah said, and to the UK, Kevin said.", ["HR", "UK"]),
        ("We left the NG, then the QM, Monday.", ["NG", "QM"]),
        # ordinary nouns after a rank, and the ordinary words among the new names
        ("the sgt instructor shouted at us", ["instructor"]),
        ("the cpl mess was packed that night", ["mess"]),
        ("it was a mere formality in the end", ["mere"]),
        ("we went out in dec and came back in march", ["dec"]),
    ],
)
def test_when_a_word_only_looks_like_a_name_then_it_is_kept(
    engine: ScrubEngine, text: str, kept: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for value in kept:
        assert value in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # an imperative opening a sentence; a demonym or regional noun before a noun
        "Refer back to the form.",
        "She's a Brummie lass, through and through.",
        "He had a Geordie accent, so everyone knew where he was from.",
        "The Scouse lad in our troop kept us going.",
    ],
)
def test_when_spacy_reads_an_ordinary_word_as_a_person_then_it_is_kept(
    engine: ScrubEngine, text: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert not people_in(scrubbed), scrubbed


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # an unlisted name that is also a word keeps its cue: a verb of speaking after it
        ("Precious said I should ring the helpline.", "Precious"),
        # a listed name opening a sentence is no ordinary word
        ("Priya rang me that night.", "Priya"),
    ],
)
def test_when_a_word_name_has_a_cue_then_it_is_still_gone(
    engine: ScrubEngine, text: str, gone: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert gone not in scrubbed, scrubbed
