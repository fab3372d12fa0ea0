"""A nickname or first name said just before a person's name in brackets is that person too
("spike (samira el-sayed)"); a role, relation, rank, place or ordinary word there stays."""

from __future__ import annotations

import pytest

from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("spike (samira el-sayed) was thirty-seven at selection", ["spike", "samira"], []),
        ("Lofty (Siobhán Byrne) was sixty-five when she did it", ["Lofty", "Byrne"], []),
        ("geordie (semi waqa) was forty when he did selection", ["geordie", "waqa"], []),
        (
            "my mate (Dave Smith) said hi; the boss (Sgt Jones) agreed",
            ["Dave", "Jones"],
            ["my mate (", "the boss ("],
        ),
        (
            "Afghanistan (Cpl Hughes) was hard; Medic (Sgt Okafor) said so",
            ["Hughes", "Okafor"],
            ["Afghanistan (", "Medic ("],
        ),
        (
            "a cpl to be detailed for LD (YM). Team RD (P.J.W.) covers",
            ["YM", "P.J.W."],
            ["for LD (", "Team RD ("],
        ),
    ],
)
def test_when_a_word_precedes_a_bracketed_person_then_only_a_name_word_goes(
    engine, text, gone, kept
):
    scrubbed = scrub_texts(engine, [text])[0]
    assert not any(word in scrubbed for word in gone)
    assert all(piece in scrubbed for piece in kept)
