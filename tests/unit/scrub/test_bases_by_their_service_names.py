"""A base as serving people name it among themselves: "stuck at bovvy" (Bovington), "back to
Pompey" (HMNB Portsmouth), "posted to Waddo", "two years at Lossie", and Brize Norton by its
airfield code in a team's notes ("(Cpl Jones, 1 Sqn RAF Regt, BZN)"). Development corpora 12
and 14 left them standing; each names where a person serves, as the full name does."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("i'll be late, stuck at bovvy with the sqn all week", "bovvy"),
        ("Back to Pompey on Monday for the next draft.", "Pompey"),
        ("He got posted to Waddo after the course.", "Waddo"),
        ("We did two years at Lossie before the move.", "Lossie"),
        ("'Just crack on.' (Cpl Jones, 1 Sqn RAF Regt, BZN)", "BZN"),
        ("Next: BZN Fri 14 Oct, JB driving.", "BZN"),
    ],
)
def test_when_a_base_is_named_as_the_services_name_it_then_it_goes(
    engine: ScrubEngine, text: str, base: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert base not in scrubbed and "[BASE-1]" in scrubbed, scrubbed
