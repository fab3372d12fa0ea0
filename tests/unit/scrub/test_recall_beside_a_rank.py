"""The second PERSON figure: a rank or title opening a label may stay, a name may not."""

from __future__ import annotations

import pytest

from sealflow.scrub.evaluation.corpus import LabelledText
from sealflow.scrub.evaluation.scoring import person_recall_beside_a_rank, score

RANKS = ("Sgt", "Lt Col", "Col", "Mrs", "Dr")


def _labelled(text: str, name: str) -> LabelledText:
    start = text.index(name)
    return LabelledText(text, [("PERSON", start, start + len(name))])


@pytest.mark.parametrize(
    ("text", "label", "replaced", "strict", "beside_a_rank"),
    [
        ("Spoke to Sgt Okafor today", "Sgt Okafor", "Okafor", 0.0, 1.0),
        ("Spoke to Sgt Okafor today", "Sgt Okafor", "Sgt Okafor", 1.0, 1.0),
        ("Spoke to Sgt Okafor today", "Sgt Okafor", "Sgt", 0.0, 0.0),
        ("Met Lt Col. Ama Owusu", "Lt Col. Ama Owusu", "Ama Owusu", 0.0, 1.0),
        ("Met Lt Col. Ama Owusu", "Lt Col. Ama Owusu", "Owusu", 0.0, 0.0),
        ("Mrs Patel rang", "Mrs Patel", "Patel", 0.0, 1.0),
        ("Patel rang", "Patel", "Patel", 1.0, 1.0),
        ("Sergeant Patel rang", "Sergeant Patel", "Patel", 0.0, 0.0),
    ],
)
def test_when_a_rank_stays_beside_a_replaced_name_then_only_the_second_figure_counts_it(
    text, label, replaced, strict, beside_a_rank
):
    doc = _labelled(text, label)
    start = text.index(replaced)
    found = [[("PERSON", start, start + len(replaced))]]
    assert score([doc], found)["recall"]["PERSON"] == strict
    assert person_recall_beside_a_rank([doc], found, RANKS) == beside_a_rank
