"""A postcode district written straight after a place the scrub found: "Carlisle CF47",
"larkhill sp4", "Huddersfield/ sp4", "Bulford SP4" at the end of an address.

Why here and not in the postcode recognizer: a district alone is a road, a vitamin or a gas
far more often than a place ("M4", "B12", "CO2"), so the recognizer takes one only beside
a cue word; a town the town list found, or an address, just before it is the strongest cue
there is, and only the scrub sees the other recognizers' places. A district names a few
thousand households, beside a garrison far fewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection
from sealflow.scrub.recognizers.uk.uk_full_postcode_recognizer import POSTCODE_AREAS
from sealflow.scrub.right_after import right_after

DISTRICT_AFTER_PLACE = "DistrictAfterPlace"
_PLACES = frozenset(["ADDRESS", "LOCATION", "BASE"])
# a space, a comma or a slash (and a line break) between the place and its district; the
# district ends at a space, a punctuation mark or the text's end, not in a word or a number
_DISTRICT_AFTER = re.compile(
    r"[ \t]{0,3}[,/]?[ \t]{0,3}(?:\n[ \t]*)?"
    r"(?P<code>(?P<area>[A-Za-z]{1,2})[0-9][0-9]?[A-Za-z]?)(?=$|[\s.,;:!?/)|])"
)
# the one-letter areas whose districts are no road or vitamin ("G84", "E1", "L15")
_ONE_LETTER_AREAS = frozenset("EGLNSW")


def _a_real_area(found: re.Match[str]) -> bool:
    area = found.group("area").upper()
    return area in POSTCODE_AREAS and (len(area) == 2 or area in _ONE_LETTER_AREAS)


def districts_after_places(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """The detections, and a POSTCODE for each district just after a found place."""
    return right_after(
        text, detections, _PLACES, _DISTRICT_AFTER, "code", "POSTCODE", DISTRICT_AFTER_PLACE,
        accept=_a_real_area,
    )  # fmt: skip
