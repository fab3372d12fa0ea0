"""Values the scrub takes only right after a span it found, the found span being the cue:
a postcode district after a place (districts_after_places), an officer's number after a
person (numbers_after_people). Alone such values are a road, a count or a price far more
often than an identifier; only the scrub sees every recognizer's spans together."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sealflow.scrub.detect import Detection


def right_after(
    text: str,
    detections: Sequence[Detection],
    after: frozenset[str],
    pattern: re.Pattern[str],
    group: str,
    entity: str,
    recognizer: str,
    accept: Callable[[re.Match[str]], bool] = lambda _: True,
) -> list[Detection]:
    """The detections, and an ``entity`` for each ``pattern`` match (its ``group``) that
    starts right where a detection of a type in ``after`` ends and that ``accept``s, where
    nothing found stands already."""
    taken = [(d.start, d.end) for d in detections]
    added = []
    for detection in detections:
        if detection.entity_type not in after:
            continue
        found = pattern.match(text, detection.end)
        if found is None or not accept(found):
            continue
        start, end = found.span(group)
        if any(s < end and start < e for s, e in taken):
            continue  # a full postcode, a phone number or another value stands there
        added.append(Detection(entity, start, end, 0.8, recognizer))
        taken.append((start, end))
    return [*detections, *added]
