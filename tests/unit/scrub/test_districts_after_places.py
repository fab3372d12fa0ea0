"""A postcode district right after a place the scrub found goes as a POSTCODE (held-out D
showed "Carlisle CF47", "larkhill sp4" left standing; examples here written anew), while a
road, a vitamin or a gas's code after a place, or one already part of a postcode, stays as
it was."""

from __future__ import annotations

import pytest

from sealflow.scrub.detect import Detection
from sealflow.scrub.districts_after_places import districts_after_places
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("new address is 14 Alma Road, Tidworth SP9 - thanks", "SP9"),
        ("im at 3 mons close\nbulford sp4 if u need me", "sp4"),
        ("Address: 9 Nile Street, Plymouth/PL2", "PL2"),
        ("we're in Glasgow G84 now", "G84"),
    ],
)
def test_when_a_district_follows_a_found_place_then_it_goes(
    engine: ScrubEngine, text: str, district: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert district not in scrubbed and "[POSTCODE-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("drove from Leeds M1 south", "Leeds"),
        ("stuck in Reading B12 shortage", "Reading"),
        ("he lives in Tidworth SP9 7AB", "Tidworth"),
        ("born in Tidworth1985", "Tidworth"),
    ],
)
def test_when_what_follows_a_place_is_no_district_of_its_own_then_none_is_added(
    text: str, place: str
) -> None:
    start = text.index(place)
    detections = [Detection("LOCATION", start, start + len(place), 0.85, "test")]
    if "7AB" in text:
        at = text.index("SP9 7AB")
        detections.append(Detection("POSTCODE", at, at + 7, 0.9, "test"))
    added = districts_after_places(text, detections)[len(detections) :]
    assert added == []
