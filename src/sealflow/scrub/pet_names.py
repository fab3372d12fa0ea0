"""A family pet's name is no person: "the dog, Biscuit", "our cat Pickle", "a black cat
called Pepper", "the guinea pig, Sprout".

Why a step: a pet's name is a capitalised word in no dictionary's sense ("Marmite",
"Waffles", "Noodle"), so the model reads it as a person, the scrub gives it a placeholder and
spreads it to the name's other uses; a reader then sees a person where the text spoke of a
dog, and the meaning is lost for nothing (a pet identifies no one the way a person's name
does). Only a name straight after an animal's word, with "the", "our", "my", "a" or "his" and
so on before it and at most a comma or "called"/"named" between, is taken for a pet; a
person's name never stands there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection

_ANIMAL = (
    r"(?:dog|dogs|puppy|pup|cat|cats|kitten|kitty|rabbit|bunny|hamster|guinea[ \t]+pig|"
    r"gerbil|tortoise|horse|pony|budgie|parrot|ferret|lizard|snake|goldfish|fish|labrador|"
    r"spaniel|terrier|collie|retriever|lab|staffie|whippet|greyhound|dachshund|pug|poodle|"
    r"beagle|moggy)"
)
# what comes before a pet's name: "the dog, ", "our cat ", "a black cat called "
_BEFORE_A_PET = re.compile(
    r"(?i)\b(?:the|our|my|a|an|his|her|their|your)[ \t]+(?:[a-z]+[ \t]+){0,2}?"
    + _ANIMAL
    + r"(?:,[ \t]*|[ \t]+(?:called|named|,)?[ \t]*)\Z"
)


def without_pets(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """The detections but a person of one word straight after an animal's word, and that
    word found alone as a person anywhere else in the document ("Pickle went to my mum's")."""
    pets = {text[d.start : d.end] for d in detections if _a_pet(text, d)}
    if not pets:
        return list(detections)
    return [
        d for d in detections if not (d.entity_type == "PERSON" and text[d.start : d.end] in pets)
    ]


def _a_pet(text: str, detection: Detection) -> bool:
    if detection.entity_type != "PERSON":
        return False
    value = text[detection.start : detection.end]
    if not value[:1].isupper() or " " in value.strip():
        return False
    return _BEFORE_A_PET.search(text, max(0, detection.start - 50), detection.start) is not None
