"""Initials a team's key sets beside a person, found as people themselves.

A team's working papers keep a key of who is who ("Coders: NF (Nathan), LCa = Litia
Campbell, Róisín O'Neill (RO'N)") and then name everyone by initials. The name is found;
the initials beside it, in a shape no recognizer reads alone, are not, and a key missed
leaves every later use of the initials standing. Found here, the person index binds them
to the name (``declared_initials``) and the rounds after spread them to their other uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sealflow.scrub.declared_initials import declared_initials, initials_letters
from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.spans import overlaps_any

# initials before the name in brackets or before "=": "NF (Nathan)", "LCa = Litia Campbell"
# (not a calendar parameter's "ORGANIZER;CN=Bill Birch")
_KEY_BEFORE = re.compile(
    r"(?<![\w'’.;])(?P<initials>(?:[A-Z]\.){2,4}|[A-Z]{2,4}|[A-Z]{2}[a-z]{1,2}|[A-Z]{2,3}[1-9]"
    r"|[A-Z]{1,2}(?:O['’]|Ma?c)[A-Z]{1,2})(?P<sign>[ \t]*(?:\(|=)[ \t]*)\Z"
)
# initials after the name in brackets, in a shape only initials have: "(RO'N)", "(EKh)"
_KEY_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?P<initials>[A-Z]{2}[a-z]{1,2}|[A-Z]{2,3}[1-9]"
    r"|[A-Z]{1,2}(?:O['’]|Ma?c)[A-Z]{1,2})[ \t]*\)"
)
# a name's letters in lower case: "Nathan", not "YM" nor "P.J.W."
_A_NAME = re.compile(r"[A-Z][a-z]")
# the recognizer recorded on what the step adds (the report's per-recognizer counts)
DECLARED_KEY = "DeclaredInitials"


def initials_beside_names(
    text: str, detections: Sequence[Detection], not_initials: frozenset[str]
) -> list[Detection]:
    """The detections, and a PERSON for initials a team's key sets beside a found person:
    before the name in brackets or before "=" ("NF (Nathan)", "LCa = Litia Campbell"), or
    after it in brackets in a shape only initials have ("(RO'N)", "(EMcK)", "(LCa)",
    "(JT2)"; plain capitals there, "(RN)", "(REME)", are a service as often). An office's
    letters ("OC", "MO": ``not_initials``) and a rank ("CSgt", "LCpl") never count."""
    covered = [(d.start, d.end) for d in detections]
    added = []
    for person in detections:
        if person.entity_type != "PERSON":
            continue
        found = []
        person_text = text[person.start : person.end]
        before = _KEY_BEFORE.search(text, max(0, person.start - 14), person.start)
        if (
            before is not None
            and (
                "=" in before.group("sign")
                # a name in brackets, not more initials: "LD (YM)" is a duty and its man
                or (re.match(r"[ \t]*\)", text[person.end :]) and _A_NAME.search(person_text))
            )
        ):
            found.append(before.span("initials"))
        after = _KEY_AFTER.match(text, person.end)
        if after is not None:
            found.append(after.span("initials"))
        for start, end in found:
            letters = initials_letters(text[start:end])
            if letters in not_initials or letters in RANK_WORDS:
                continue  # "OC", and a rank in the same shape: "(CSgt)", "(LCpl)"
            if not overlaps_any(covered, start, end):
                added.append(Detection("PERSON", start, end, person.score, DECLARED_KEY))
                covered.append((start, end))
    return merge([*detections, *added]) if added else list(detections)


def spread_declared_initials(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """The detections, and every other use, as written, of initials the document declared
    for a person (``declared_initials``): "Escalate to NF." once "NF (Nathan)" keyed them.
    Two-letter initials are not spread by the rounds that spread names (too many words and
    codes have two letters); declared, the writer has said they are someone's."""
    people = sorted((d.start, d.end) for d in detections if d.entity_type == "PERSON")
    declared = declared_initials(text, people)
    if not declared:
        return list(detections)
    return uses_as_written(text, detections, declared, 1.0, DECLARED_KEY)


def uses_as_written(
    text: str, detections: Sequence[Detection], values: Iterable[str], score: float, recognizer: str
) -> list[Detection]:
    """The detections, and a PERSON for every use of each of ``values`` (initials) as
    written, a whole token, where no detection stands yet."""
    alternation = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
    if not alternation:
        return list(detections)
    covered = [(d.start, d.end) for d in detections]
    added = []
    for use in re.finditer(r"(?<![\w'’.])(?:" + alternation + r")(?![\w'’]|\.\w)", text):
        if not overlaps_any(covered, use.start(), use.end()):
            added.append(Detection("PERSON", use.start(), use.end(), score, recognizer))
    return merge([*detections, *added]) if added else list(detections)
