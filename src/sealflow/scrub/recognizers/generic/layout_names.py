"""What a piece of a document's layout names: shared by the recognizers that read names from
where correspondence and notes put them (letter_names_recognizer, minutes_names_recognizer).

A layout says "someone is named here" (under a sign-off, in a list of those present, after
"Action:"); whether the words there are a person's is the same question in every layout:
initials that are no office's or body's capitals, a name's words that are no team or role,
lower-case initials with no vowel that are no word and no unit. One answer, asked by both.
"""

from __future__ import annotations

import re
from typing import Any

from sealflow.scrub.lines import line_around
from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.recognizers.generic.person_cues import names_by_address
from sealflow.scrub.wordlists import NOT_INITIALS, RANK_AND_ROLE_WORDS

SIGN_OFF = (
    r"(?:(?:kind|best|warm|warmest|many)[ \t]+(?:regards|wishes|thanks)|regards|rgds|"
    r"yours[ \t]+(?:sincerely|faithfully|truly|aye)|sincerely|thanks|many[ \t]+thanks|"
    r"thank[ \t]+you|cheers|best|respectfully|with[ \t]+thanks|ta|thx|tks|take[ \t]+care|"
    r"all[ \t]+the[ \t]+best|speak[ \t]+soon|--)"
)
_A_SIGN_OFF = re.compile(SIGN_OFF + r"[,.!]?", re.IGNORECASE)
# a name as a form's field holds it: initials ("S R", "I.N.", "JT"), particles, and words
# opening with a capital ("Rahman", "RAHMAN", "ap Gwilym"); no sentence's full stop
NAME_WORD = (
    r"(?:(?-i:[A-Z]\.){1,3}|(?-i:[A-Z][\w'’\-]*)"
    r"|(?-i:a[pb]|van|von|de|der|den|du|da|le|la|bin|bint|al|el))"
)
# a form's field that holds a part of a name and nothing else: "Surname:", "Forename(s):";
# the label is the cue a word-name needs ("Surname: Field")
NAME_PART_LABEL = re.compile(
    r"(?i)\b(?:surname|forenames?|forename\(s\)|(?:first|last|family|given|middle|maiden)"
    r"[ \t]+names?)[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:[ \t]*\Z"
)
NAME_WORDS = NAME_WORD + r"(?:[ \t]+" + NAME_WORD + r"){0,4}"
# initials in capitals: "SN", "PC", "K"; an office's or a body's capitals are no initials
_INITIALS = re.compile(r"[A-Z]{1,3}")
# initials as notes and minutes write them: "JT", "KMR", "J.T.", "D.H.M."
WRITTEN_INITIALS = r"(?-i:[A-Z]{2,3}(?![\w&'’])|(?:[A-Z]\.){2,3}(?![\w&'’]))"
# Words that open a sign-off line naming a team, an office or a role, not a person.
NOT_A_SIGNER = frozenset(
    ["the", "team", "office", "admin", "hr", "welfare", "unit", "families", "support",
     "service", "services", "desk", "department", "dept", "section", "staff", "all", "everyone",
     "file", "sent", "from", "on", "tel", "email", "mob", "mobile", "phone", "address"]
)  # fmt: skip
# units and shorthand written in lower case with a slash ("mg/ml", "km/h"): no one's initials
_LOWER_PAIRS_NOT_INITIALS = frozenset(["mg", "ml", "kg", "km", "mph", "hr", "hrs", "pm", "am"])


def in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the rest of the line holding ``start``..``end`` is written in capitals (most
    of its letters): "IT WAS A GOOD DAY", but not "Client: S R RAHMAN"."""
    line_start, line_end = line_around(text, start)
    rest = text[line_start:start] + text[end:line_end]
    letters = [c for c in rest if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


class LayoutNamesRecognizer(WordListRecognizer):
    """A recognizer whose matches a layout names (``NAMES_BY_LAYOUT``), with the shared
    judgement of whether the words there are a person's."""

    ENTITY = "PERSON"
    NAMES_BY_LAYOUT = True

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        self._kinds = {regex: name for name, regex, _ in self._compiled}
        self.short_forms: frozenset[str] = frozenset()
        self.nicknames: frozenset[str] = frozenset()

    def configure(self, settings: Any) -> None:
        super().configure(settings)
        self.short_forms = frozenset(settings.diminutives())
        self.nicknames = names_by_address(settings)

    def _a_listed_person(self, name: str) -> bool:
        """One item of a list of people: initials, lower-case initials, or a name's words
        (not one letter alone: "A/L" is annual leave)."""
        if re.fullmatch(WRITTEN_INITIALS, name):
            return self._someones_initials(name)
        if re.fullmatch(r"[a-z]{2,3}", name):
            return self._someones_initials_any_case(name)
        if name.istitle() and name.lower() in self.nicknames:
            return True  # "Apols: Lofty", "Present: Scouse": a nickname in a list of people
        return (
            len(name) > 1
            and re.fullmatch(NAME_WORDS, name) is not None
            and self._names_someone(name)
        )

    def _someones_initials_any_case(self, letters: str) -> bool:
        """Someone's initials in either case, as a slash pair ("AP/JC", "jc/hgk"), a list item
        or a bracket writes them: capitals or dotted capitals that are someone's initials, or
        two or three lower-case letters with no vowel that are no word and no unit ("mg/ml")."""
        if letters.isupper():
            return self._someones_initials(letters)
        bare = letters.replace(".", "")
        return (
            bare.islower()
            and not any(c in "aeiouy" for c in bare)
            and bare not in _LOWER_PAIRS_NOT_INITIALS
            and bare not in NOT_INITIALS
            and not self.wordlists.is_common_word(bare)
            and not self.wordlists.is_allowed(bare)
        )

    def _someones_initials(self, letters: str) -> bool:
        """Two or three capitals that are no office, service or body ("GP aware", "HR to
        action", "NHS to follow up", "MOD informed") and no word ("ALL", "IT", "YOU")."""
        key = letters.replace(".", "").lower()
        words = self.wordlists
        return not (
            key in NOT_INITIALS
            or words.is_allowed(key)
            or key in words.stop_words
            or (len(key) == 3 and words.is_common_word(key))
        )

    def _capitals_surname(self, surname: str) -> bool:
        """A word in capitals after initials is a surname unless it is an ordinary word
        that is no unambiguous name ("A GOOD DAY"), an allowed word, a rank or role, or
        shaped like an acronym (no vowel: "RLC")."""
        key = surname.lower()
        words = self.wordlists
        if words.is_allowed(key) or key in RANK_WORDS or key in RANK_AND_ROLE_WORDS:
            return False
        bare = key.replace("-", "").replace("'", "").replace("’", "")
        if words.is_common_word(bare) or key in words.stop_words:
            return words.is_unambiguous_name(key)
        if words.is_listed_name(key):
            return True
        return len(bare) >= 3 and any(c in "aeiouy" for c in bare)

    def _names_someone(self, name: str) -> bool:
        """Whether a sign-off or copy-list line names a person: not a team, office or role,
        and initials in capitals ("SN", "P C"), a listed name or a word in no dictionary among
        its words."""
        if _A_SIGN_OFF.fullmatch(name):
            return False  # "--" then "Best wishes": the sign-off, the name on the next line
        written = [w.strip(".,") for w in name.split()]
        bare = [w for w in written if w.lower() not in RANK_WORDS] or [
            w for w in written[:1] if _INITIALS.fullmatch(w)
        ]  # "AC, OC HQ Coy": initials alone, though "AC" is a rank too
        lower = [w.lower() for w in bare]
        if not bare or lower[0] in NOT_A_SIGNER or any(w in NOT_A_SIGNER for w in lower[1:2]):
            return False
        # (initials may spell an allowed word, "AC", "PC": the layout says initials)
        if any(
            (w.lower() in NOT_INITIALS and not w.islower())  # "ap" of "ap Gwilym": a particle
            or (_INITIALS.fullmatch(w) is None and self.wordlists.is_allowed(w.lower()))
            for w in bare
        ):
            return False
        return any(
            (_INITIALS.fullmatch(w) is not None)
            or (
                w.lower() not in RANK_AND_ROLE_WORDS
                and (
                    self.wordlists.is_listed_name(w.lower())
                    or not self.wordlists.is_common_word(w.lower())
                )
                and w.lower() not in self.wordlists.stop_words
            )
            for w in bare
        )
