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


def districts_after_places(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """The detections, and a POSTCODE for each district just after a found place."""
    taken = sorted((d.start, d.end) for d in detections)
    added = []
    for detection in detections:
        if detection.entity_type not in _PLACES:
            continue
        found = _DISTRICT_AFTER.match(text, detection.end)
        if found is None:
            continue
        area = found.group("area").upper()
        if area not in POSTCODE_AREAS or (len(area) == 1 and area not in _ONE_LETTER_AREAS):
            continue
        start, end = found.span("code")
        if any(s < end and start < e for s, e in taken):
            continue  # a full postcode, or something else, already stands there
        added.append(Detection("POSTCODE", start, end, 0.8, DISTRICT_AFTER_PLACE))
        taken.append((start, end))
    return [*detections, *added]
