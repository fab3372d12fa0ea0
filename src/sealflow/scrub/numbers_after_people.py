"""An officer's five- or six-digit personal number written straight after their name: "Lt
Cdr Sher Bahadur here (568390)", "DĄBROWSKI, Katarzyna 565769", "L/Cpl Afolabi 527098 REME".

Why here: alone, five or six digits are a count, a price, an extension or a reference far
more often than a service number, so ServiceNumberRecognizer takes them only beside a cue
word ("service number", "PN"). A person the scrub found just before the number is the
strongest cue there is, and only the scrub sees the other recognizers' people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection
from sealflow.scrub.right_after import right_after

NUMBER_AFTER_PERSON = "NumberAfterPerson"
_PEOPLE = frozenset(["PERSON"])
# the person, then a comma, a bracket or "here (" ("Sgt Barrett here (564433)"), then the
# number with its check letter where written, ending where a clause or a line ends or a
# unit or a word in capitals or a gap of spaces follows ("527098 REME", "565769  nhs no")
_NUMBER_AFTER = re.compile(
    r"(?:[ \t]+here)?[ \t]*[,(]?[ \t]*(?P<number>\d{5,6}[A-Z]?)"
    r"(?=[ \t]*(?:[),.;:!?]|$|\n)|[ \t]+[A-Z]|[ \t]{2,})"
)


def numbers_after_people(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """The detections, and a SERVICE_NUMBER for each personal number just after a person."""
    return right_after(
        text, detections, _PEOPLE, _NUMBER_AFTER, "number", "SERVICE_NUMBER", NUMBER_AFTER_PERSON
    )
