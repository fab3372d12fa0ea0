"""People's names from first-name and surname lists, complementing spaCy's NER.

spaCy's small English model misses names in lower-case writing, after fillers, at the start
of a line and in unusual spellings. This recognizer marks capitalised listed names (and the
capitalised words that follow a listed first name: the surname), listed surnames, and, in
writing that is almost all lower case, listed names that are not also ordinary words.
Names that are also ordinary words (Will, Grace, Brown) count only beside another name.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS

_LETTER = r"[^\W\d_]"
_TOKEN = re.compile(
    r"(?:Mc|Mac|O['’])?"
    + _LETTER
    + r"(?:"
    + _LETTER
    + r"|['’])*(?:-"
    + _LETTER
    + r"(?:"
    + _LETTER
    + r"|['’])*)*"
)
LOWER_CASE_RATIO = 0.015
# Relations, contact verbs and greetings after which a capitalised word is a name either way.
_SHARED_CUES = frozenset(
    [
        "asked",
        "boss",
        "brother",
        "called",
        "colleague",
        "daughter",
        "fiance",
        "fiancee",
        "friend",
        "husband",
        "manager",
        "mate",
        "named",
        "oppo",
        "partner",
        "sister",
        "son",
        "supervisor",
        "thank",
        "thanks",
        "told",
        "wife",
    ]
)
# Words next to which an unlisted capitalised word is most likely a person's name.
BEFORE_CUES = _SHARED_CUES | frozenset(
    ["clerk", "dad", "doctor", "instructor", "line-manager", "medic", "mum", "nurse", "with"]
)
# Cues strong enough to mark a listed or rare word as a name, and to name speech-only words.
STRONG_BEFORE_CUES = _SHARED_CUES | frozenset(["ask", "cheers", "dear", "hello", "hi", "tell"])
OPENERS = frozenset(["and", "but", "so", "then", "me", "i"])
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "every",
        "each",
        "no",
    ]
)
# Verbs of speaking and contact: after a dictionary word they still point to a person.
SPEECH_CUES = frozenset(
    [
        "said",
        "says",
        "told",
        "asked",
        "reckons",
        "reckoned",
        "thinks",
        "thought",
        "helped",
        "rang",
        "called",
        "texted",
        "emailed",
        "messaged",
        "mentioned",
        "explained",
        "suggested",
        "replied",
        "agreed",
        "laughed",
        "found",
    ]
)
# Weaker: after a word in no dictionary (or a listed name) they point to a person too.
AFTER_CUES = SPEECH_CUES | frozenset(
    [
        "from",
        "would",
        "could",
        "should",
        "will",
        "was",
        "is",
        "did",
        "does",
        "had",
        "has",
        "got",
        "gets",
        "went",
        "goes",
        "came",
        "comes",
        "took",
        "takes",
        "made",
        "makes",
        "gave",
        "gives",
        "sent",
        "works",
        "worked",
        "lives",
        "lived",
        "needs",
        "needed",
        "wants",
        "wanted",
        "knows",
        "knew",
        "runs",
        "ran",
    ]
)


def _is_capitalised(token: str) -> bool:
    return token[0].isupper() and (any(c.islower() for c in token) or len(token) >= 3)


_NAME_PREFIX_CAPS = re.compile(r"^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von|Fitz)[A-Z]")


def _name_shaped(token: str, tokens: list, index: int) -> bool:
    """Capitals where a name has them: "BagIt", "PyPI" and "IDs" are not names; a word in
    capitals ("BLAKE") counts only beside another word in capitals ("JOHN BLAKE")."""
    if token.isupper():
        neighbours = [tokens[i].group(0) for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
        return len(token) > 1 and any(n.isupper() and len(n) > 1 for n in neighbours)
    inner = token[1:].replace("'s", "").replace("’s", "")
    return (
        not any(c.isupper() for c in inner) or bool(_NAME_PREFIX_CAPS.match(token)) or "-" in token
    )


class PersonGazetteerRecognizer(WordListRecognizer):
    ENTITY = "PERSON"
    EXAMPLES = (
        ("Then Priya told me it was fine", ["Priya"]),
        ("I asked Tom Hargreaves-Bell", ["Tom Hargreaves-Bell"]),
        ("Will Smith said so", ["Will Smith"]),
        ("we will see, mark my words, grace period", []),
        ("Monday with Okonkwo", ["Okonkwo"]),
        ("me and dave went to see siobhan", ["dave", "siobhan"]),
        ("The Army and the NHS", []),
        ("Brown boots in May", []),
    )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        letters = sum(c.isalpha() for c in text) or 1
        lower_case_writing = sum(c.isupper() for c in text) / letters < LOWER_CASE_RATIO
        words = self.wordlists
        tokens = list(_TOKEN.finditer(text))
        results = []
        index = 0
        while index < len(tokens):
            match = tokens[index]
            token = match.group(0)
            if token[0].islower() and (
                len(token) < 3
                or token in words.stop_words
                or (
                    not lower_case_writing
                    and words.is_common_word(token)
                    and not words.is_listed_name(token)
                )
            ):
                index += 1  # the bulk of any text: short, stop and ordinary words are no names
                continue
            key = token.lower().removesuffix("'s").removesuffix("’s")
            before_listed_name = (
                index + 1 < len(tokens)
                and _is_capitalised(tokens[index + 1].group(0))
                and words.is_unambiguous_name(tokens[index + 1].group(0))
                and text[match.end() : tokens[index + 1].start()] == " "
            )
            sentence_start = index == 0 or bool(
                re.search(r"[.!?:;\n]\s*$", text[tokens[index - 1].end() : match.start()])
            )
            if (
                sentence_start
                and _is_capitalised(token)
                and words.is_common_word(key)
                and not words.is_listed_name(key)
                and self._cue_score(text, tokens, index, speech_only=True) is None
                and not before_listed_name
            ):
                index += 1
                continue
            if (
                lower_case_writing
                and token.islower()
                and (span_end := self._lower_case_run(tokens, index))
            ):
                last, end = span_end
                results.append(self.result(match.start(), end, 0.55))
                index = last + 1
                continue
            if (
                _is_capitalised(token)
                and _name_shaped(token, tokens, index)
                and not words.is_allowed(token)
                and (
                    key not in words.stop_words
                    or (before_listed_name and words.is_listed_name(key))
                )
            ):
                # Extend over following capitalised words that are not allowed words.
                last = index
                while last + 1 < len(tokens):
                    nxt = tokens[last + 1]
                    gap = text[tokens[last].end() : nxt.start()]
                    if gap not in (" ", "-") or not _is_capitalised(nxt.group(0)):
                        break
                    if words.is_allowed(nxt.group(0)) or nxt.group(0).lower() in words.stop_words:
                        break
                    last += 1
                span_tokens = [t.group(0).lower() for t in tokens[index : last + 1]]
                first_listed = key in words.first_names
                unambiguous = [words.is_unambiguous_name(t) for t in span_tokens]
                if (
                    len(span_tokens) >= 2
                    and (first_listed or any(unambiguous))
                    and (any(unambiguous) or words.is_listed_name(span_tokens[-1]))
                ):
                    results.append(self.result(match.start(), tokens[last].end(), 0.8))
                    index = last + 1
                    continue
                if unambiguous[0]:
                    score = 0.75 if first_listed else 0.6
                    results.append(self.result(match.start(), match.end(), score))
                elif (cue_score := self._unknown_name_score(text, tokens, index, key)) is not None:
                    results.append(self.result(match.start(), tokens[last].end(), cue_score))
                    index = last + 1
                    continue
            elif (token.islower() and len(key) >= 3 and not words.is_common_word(key)) and (
                words.is_unambiguous_name(key)
                or (
                    index > 0
                    and tokens[index - 1].group(0).lower() in STRONG_BEFORE_CUES
                    and key not in words.ambiguous
                    and not words.is_allowed(key)
                )
            ):
                score = 0.6 if lower_case_writing or words.is_unambiguous_name(key) else 0.55
                results.append(self.result(match.start(), match.end(), score))
            elif token.islower() and (
                lower_score := self._lower_case_name_score(text, tokens, index, key)
            ):
                results.append(self.result(match.start(), match.end(), lower_score))
            index += 1
        return results

    def _unknown_name_score(self, text: str, tokens: list, index: int, key: str) -> float | None:
        """Score an unlisted capitalised word as a name from the words around it, or None.

        A relation word before it ("my wife Precious", "named Tevita") counts even for
        ordinary words; otherwise the word must be no ordinary English word, and then a person
        cue (a speech verb after it, "X and I", "me and X", a possessive) is enough, or a
        place mid-sentence.
        """
        words = self.wordlists
        start = tokens[index].start()
        token = tokens[index].group(0)
        before = tokens[index - 1].group(0).lower() if index > 0 else ""
        if len(key) < 3 or token.isupper() or words.is_allowed(token):
            return None
        if before in STRONG_BEFORE_CUES:
            return 0.7
        if key in words.ambiguous or key in words.stop_words:
            return None
        common = words.is_common_word(key)
        cue = self._cue_score(text, tokens, index, speech_only=common)
        if cue is not None:
            return cue
        if common:
            return None
        # spaCy's place/organisation labels are not consulted here: it labels unfamiliar
        # names as places as often as it labels them as people.
        gap_before = text[tokens[index - 1].end() : start] if index > 0 else ""
        mid_sentence = index > 0 and not re.search(r"[.!?:;\n]", gap_before)
        if mid_sentence:
            return 0.55
        # Opening a sentence, a word in no dictionary followed by a lower-case word
        # ("Sabitri did most of the school runs") is most likely a name.
        following = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
        between = text[tokens[index].end() : tokens[index + 1].start()] if following else ""
        return 0.55 if following[:1].islower() and between == " " else None

    def _cue_score(
        self, text: str, tokens: list, index: int, speech_only: bool = False
    ) -> float | None:
        """A person cue next to token ``index``: a verb after, "X and I", "me and X", 's.

        ``speech_only`` (for words that are also ordinary English) accepts only verbs of
        speaking and contact after the word, not "was", "from" or "took".
        """
        token = tokens[index].group(0)
        before = tokens[index - 1].group(0).lower() if index > 0 else ""
        before2 = tokens[index - 2].group(0).lower() if index > 1 else ""
        after = tokens[index + 1].group(0).lower() if index + 1 < len(tokens) else ""
        after2 = tokens[index + 2].group(0).lower() if index + 2 < len(tokens) else ""
        gap_after = text[tokens[index].end() : tokens[index + 1].start()] if after else ""
        if token.endswith(("'s", "’s")) or (after == "s" and gap_after in ("'", "’")):
            return 0.65
        if after == "and" and after2 in ("i", "me"):
            return 0.7
        if before == "and" and before2 in ("me", "i"):
            return 0.7
        after_cues = SPEECH_CUES if speech_only else AFTER_CUES
        before_cue = before in (STRONG_BEFORE_CUES if speech_only else BEFORE_CUES)
        if before_cue or (after in after_cues and gap_after.strip() in ("", ",")):
            return 0.65
        return None

    def _lower_case_name_score(self, text: str, tokens: list, index: int, key: str) -> float | None:
        """A lower-case word as a name: a listed name or no ordinary word, with a person cue."""
        words = self.wordlists
        if len(key) < 3 or key in words.stop_words or words.is_allowed(key):
            return None
        if key in RANK_AND_ROLE_WORDS:
            return None
        before_word = tokens[index - 1].group(0).lower() if index > 0 else ""
        if (
            key in words.ambiguous
            and before_word not in STRONG_BEFORE_CUES
            and self._cue_score(text, tokens, index, speech_only=True) is None
        ):
            return None
        listed_or_rare = words.is_listed_name(key) or not words.is_common_word(key)
        before = tokens[index - 1].group(0).lower() if index > 0 else ""
        if before in STRONG_BEFORE_CUES and listed_or_rare:
            return 0.6
        cue = self._cue_score(text, tokens, index)
        if cue is None or before in DETERMINERS:
            return None
        if listed_or_rare:
            return 0.6
        # A dictionary word with a person cue, at the start of a sentence or after "and",
        # "but", "so": "zaman found out", "mei and i"; never after a determiner ("the boss").
        gap = text[tokens[index - 1].end() : tokens[index].start()] if index > 0 else "."
        opens = index == 0 or bool(re.search(r"[.!?:;\n]", gap)) or before in OPENERS
        after = tokens[index + 1].group(0).lower() if index + 1 < len(tokens) else ""
        after2 = tokens[index + 2].group(0).lower() if index + 2 < len(tokens) else ""
        strong = after in SPEECH_CUES or (after == "and" and after2 in ("i", "me"))
        if strong and opens and key not in words.ambiguous and key not in RANK_AND_ROLE_WORDS:
            return 0.55
        return None

    def _lower_case_run(self, tokens: list, index: int) -> tuple[int, int] | None:
        """In all-lower-case writing: a run of words that are no ordinary English, or listed
        first names, or listed names beside one ("rika lindqvist", "joel"); returns
        (last index, end) or None."""
        words = self.wordlists

        def rare(i: int) -> bool:
            key = tokens[i].group(0).lower()
            return (
                len(key) >= 3
                and key.isalpha()
                and not words.is_allowed(key)
                and key not in RANK_AND_ROLE_WORDS
                and not words.is_common_word(key)
            )

        def listed(i: int) -> bool:
            key = tokens[i].group(0).lower()
            return words.is_listed_name(key) and key not in words.stop_words

        def first_name(i: int) -> bool:
            key = tokens[i].group(0).lower()
            return len(key) >= 4 and key in words.first_names and words.is_unambiguous_name(key)

        if not (
            rare(index)
            or first_name(index)
            or (listed(index) and index + 1 < len(tokens) and rare(index + 1))
        ):
            return None
        last = index
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].start() - tokens[last].end() == 1
            and (rare(last + 1) or listed(last + 1))
        ):
            last += 1
        return last, tokens[last].end()
