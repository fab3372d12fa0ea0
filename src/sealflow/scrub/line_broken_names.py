"""A name hyphenated over a line end, as OCR of a paper form or a narrow column leaves it.

"JOA-\\nNNA NOWAK", "Faith Hargr-\\neaves", "IM-\\nRAN GILL": the recognizers read the words
either side of the break, and at best find the half that is still a name ("NNA NOWAK" holds
a listed surname). The half beyond the break then stands beside the placeholder and, with
the other half gone, is often all a reader needs. Joined back, the two halves make a word;
where that word is a listed name, or both halves are written as one name is (capitals, or a
capital then lower case) and the join is no ordinary word, the break belongs to the person:
the found span grows over it, so one placeholder covers the whole name.

Only a hyphen at a line's end counts ("Smith-\\nJones" joins as a double-barrelled surname
may: both halves are names, and the span still grows over it); a break without a hyphen is
a line's end, which a name may also simply follow. One layout says otherwise: a form's name
field whose box ran out ("Name of participant (BLOCK CAPITALS): CHRISTOPHER" + "\\nBEST"),
where the next line holds one or two words written as the name is and then the form's next
field or a blank line.

In a file each line is a segment of its own, so the grown span is cut again at the line's
end; its pieces keep the whole name's one placeholder (``Detection.whole``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.wordlists import WordLists, fold

# the half before the break, right before a found name: "JOA-\n" of "JOA-\nNNA NOWAK"
_HALF_BEFORE = re.compile(r"(?<![\w'’\-])(?P<half>[^\W\d_]{1,14})-[ \t]*\r?\n[ \t]*\Z")
# the half after a break that ends a found name, or a whole word broken after it:
# "Hargr" + "-\neaves", " Hargr-\neaves"
_BREAK_AFTER = re.compile(r"-[ \t]*\r?\n[ \t]*(?P<half>[^\W\d_]{1,14})(?![\w'’\-])")
_WORD_BROKEN_AFTER = re.compile(
    r"[ \t]+(?P<first>[^\W\d_]{1,14})-[ \t]*\r?\n[ \t]*(?P<half>[^\W\d_]{1,14})(?![\w'’\-])"
)
# a name's first word broken before the found rest: "IM-\nRAN " before "GILL"
_WORD_BROKEN_BEFORE = re.compile(
    r"(?<![\w'’\-])(?P<half>[^\W\d_]{1,14})-[ \t]*\r?\n[ \t]*(?P<rest>[^\W\d_]{1,14})[ \t]+\Z"
)
# a form's name field whose value a narrow box ran onto the next line: "Name of participant
# (BLOCK CAPITALS): CHRISTOPHER" + "\nBEST"; the next line holds only the rest of the name
_NAME_FIELD_LINE = re.compile(r"(?im)^[^\n:]{0,40}\bname\b[^\n:]{0,60}:[ \t]*\Z")
_REST_ON_NEXT_LINE = re.compile(
    r"\r?\n[ \t]*(?P<rest>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*)?)[ \t]*(?=\r?\n|\Z)"
)
_NEXT_IS_A_FIELD = re.compile(r"[ \t]*(?:\r?\n[ \t]*(?:\r?\n|\Z|[^\n:]{1,40}:)|\Z)")
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _written_alike(first: str, second: str) -> bool:
    """Both halves in capitals, or a capitalised word's start and its lower-case rest."""
    if first.isupper() and second.isupper():
        return True
    return first[:1].isupper() and second.islower()


def _joins_a_name(first: str, second: str, words: WordLists) -> bool:
    joined = fold((first + second).lower())
    if words.is_listed_name(joined):
        return True
    return (
        _written_alike(first, second)
        and len(joined) >= 4
        and not words.is_common_word(joined)
        and joined not in words.stop_words
        and not words.is_allowed(joined)
    )


def _rest_of_a_name_field(text: str, start: int, end: int, words: WordLists) -> int:
    """The end of a name a form's name field ran onto the next line ("CHRISTOPHER" +
    "\nBEST"): the found name ends its line, that line is a name field, and the next line
    holds one or two words written as the name is and nothing else; else ``end``."""
    rest = _REST_ON_NEXT_LINE.match(text, end)
    if rest is None or not _NAME_FIELD_LINE.search(text, max(0, start - 120), start):
        return end
    name, more = text[start:end], rest.group("rest")
    if not (name.isupper() and more.isupper()) and not (name.istitle() and more.istitle()):
        return end
    if not _NEXT_IS_A_FIELD.match(text, rest.end()):
        return end  # the form goes on with a field of its own ("Signed:") or a blank line
    if any(words.is_allowed(w.lower()) for w in more.split()):
        return end
    return rest.end("rest")


def names_over_line_breaks(
    text: str, detections: Sequence[Detection], words: WordLists
) -> list[Detection]:
    """The detections, each PERSON grown over a hyphenated line break at either end, or
    over the rest of a name field's value on the next line."""
    if "\n" not in text:
        return list(detections)
    out = []
    grown = False
    for detection in detections:
        if detection.entity_type != "PERSON":
            out.append(detection)
            continue
        start, end = detection.start, detection.end
        before = _HALF_BEFORE.search(text, max(0, start - 24), start)
        first_word = _FIRST_WORD.match(text, start, end)
        if (
            before is not None
            and first_word is not None
            and _joins_a_name(before.group("half"), first_word.group(0), words)
        ):
            start = before.start("half")
        else:
            broken_before = _WORD_BROKEN_BEFORE.search(text, max(0, start - 36), start)
            if broken_before is not None and _joins_a_name(
                broken_before.group("half"), broken_before.group("rest"), words
            ):
                start = broken_before.start("half")
        last_word = _LAST_WORD.search(text, start, end)
        after = _BREAK_AFTER.match(text, end)
        if (
            after is not None
            and last_word is not None
            and _joins_a_name(last_word.group(0), after.group("half"), words)
        ):
            end = after.end("half")
        else:
            broken = _WORD_BROKEN_AFTER.match(text, end)
            if (
                broken is not None
                and _joins_a_name(broken.group("first"), broken.group("half"), words)
                and words.is_listed_name(
                    fold((broken.group("first") + broken.group("half")).lower())
                )
            ):
                end = broken.end("half")  # "Faith" + " Hargr-\neaves": a listed surname only
        if end == detection.end:
            end = _rest_of_a_name_field(text, start, end, words)
        if (start, end) != (detection.start, detection.end):
            grown = True
            detection = replace(detection, start=start, end=end)
        out.append(detection)
    return merge(out) if grown else out
