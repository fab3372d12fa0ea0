"""A small base for sealflow's regex recognizers: compiled once, context read from raw text.

Presidio's ``PatternRecognizer`` boosts scores with context through lemmas, which need
spaCy's tagger and lemmatizer; sealflow runs spaCy with NER only (twice as fast), so its
recognizers look for context words in a window of raw text before (and after) a match
instead. Results are marked as already context-enhanced so Presidio does not repeat it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.first_characters import guarded
from sealflow.scrub.settings import default_wordlists
from sealflow.scrub.wordlists import WordLists

WORD_CHARS = re.compile(r"[a-z0-9]+(?:[./][a-z0-9]+)*")


# A result's metadata key: the recognizer read the text's layout (a letter's sign-off, a copy
# list), not its words, so initials it names stand though they also spell an allowed word or a
# rank ("MM", "SR"). Read into ``Detection.by_layout``.
NAMED_BY_LAYOUT_KEY = "sealflow_named_by_layout"


class ContextRegexRecognizer(EntityRecognizer):
    """Regex patterns with a base score, an optional validator and raw-text context boosting.

    Subclasses set ``ENTITY``, ``PATTERNS`` (name, regex, base score), ``CONTEXT`` (lower-case
    words or phrases) and may override ``score_match`` to validate or re-score a match
    (return ``None`` to drop it). ``EXAMPLES`` holds (text, expected matched strings) pairs
    that the unit tests run, so every recognizer carries its own positive and negative table.
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[Sequence[tuple[str, str, float]]] = ()
    CONTEXT: ClassVar[Sequence[str]] = ()
    CONTEXT_BOOST: ClassVar[float] = 0.35
    CONTEXT_WINDOW: ClassVar[int] = 48
    CONTEXT_AFTER: ClassVar[int] = 0
    # whether every match is named by the layout (see NAMED_BY_LAYOUT_KEY)
    NAMES_BY_LAYOUT: ClassVar[bool] = False
    FLAGS: ClassVar[int] = 0
    # Compile each pattern with a lookahead for the characters its match can start with
    # (first_characters.py): the same matches, and under re.IGNORECASE, behind a leading
    # \b or after an optional start far fewer attempts. It costs a second parse of each
    # pattern when the engine is built (about 0.02 s in all), and a pattern whose text a
    # subclass reads (``match.re.pattern``) must be read as written, not guarded.
    GUARD_FIRST_CHARACTERS: ClassVar[bool] = True
    EXAMPLES: ClassVar[Sequence[tuple[str, Sequence[str]]]] = ()

    def __init__(
        self,
        supported_language: str = "en",
        context: list[str] | None = None,
        name: str | None = None,
        **_: Any,
    ) -> None:
        compile_one = guarded if self.GUARD_FIRST_CHARACTERS else re.compile
        self._compiled = [
            (pattern_name, compile_one(regex, self.FLAGS), score)
            for pattern_name, regex, score in self.PATTERNS
        ]
        words = [c.lower() for c in (context if context is not None else self.CONTEXT)]
        self._context_re = (
            re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") if words else None
        )
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=name or type(self).__name__,
            context=words,
        )

    def load(self) -> None:
        """Nothing to load: patterns are compiled in the constructor."""

    def configure(self, settings: Any) -> None:
        """Take word lists, gazetteers or deny lists from the scrub settings (engine calls it)."""

    def has_context(self, text: str, start: int, end: int) -> bool:
        """True when a context word occurs just before (or, if configured, after) a match."""
        if self._context_re is None:
            return False
        before = text[max(0, start - self.CONTEXT_WINDOW) : start].lower()
        if self._context_re.search(before):
            return True
        if self.CONTEXT_AFTER:
            after = text[end : end + self.CONTEXT_AFTER].lower()
            return bool(self._context_re.search(after))
        return False

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        """Return the match's score (base plus context boost); ``None`` drops the match."""
        score = base_score
        if self.has_context(text, match.start(), match.end()):
            score = min(1.0, score + self.CONTEXT_BOOST)
        return score

    def span_of(self, match: re.Match[str]) -> tuple[int, int]:
        """The characters a match covers; a named group ``id`` narrows it."""
        if "id" in match.re.groupindex and match.group("id") is not None:
            return match.start("id"), match.end("id")
        return match.start(), match.end()

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        for _name, regex, base_score in self._compiled:
            for match in regex.finditer(text):
                score = self.score_match(match, base_score, text)
                if score is not None and score > 0:
                    start, end = self.span_of(match)
                    yield start, end, score

    def result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: str(getattr(self, "name", "")),
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                NAMED_BY_LAYOUT_KEY: self.NAMES_BY_LAYOUT,
            },
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        best: dict[tuple[int, int], float] = {}
        for start, end, score in self.iter_matches(text):
            if score > best.get((start, end), 0.0):
                best[(start, end)] = score
        return [self.result(start, end, score) for (start, end), score in best.items()]


class WordListRecognizer(ContextRegexRecognizer):
    """A recognizer that judges names against the study's word lists (names, allow list).

    The lists are the scrub settings' own (``configure``), or the shipped defaults, loaded
    on first use so that building a recognizer stays cheap.
    """

    def __init__(
        self, supported_language: str = "en", wordlists: WordLists | None = None, **kwargs: Any
    ) -> None:
        self._wordlists = wordlists
        super().__init__(supported_language=supported_language, **kwargs)

    @property
    def wordlists(self) -> WordLists:
        if self._wordlists is None:
            self._wordlists = default_wordlists()
        return self._wordlists

    def configure(self, settings: Any) -> None:
        self._wordlists = settings.wordlists()


def matched_strings(recognizer: EntityRecognizer, text: str, threshold: float = 0.5) -> list[str]:
    """Strings a recognizer finds at or above ``threshold``, overlaps merged as the engine does."""
    found = recognizer.analyze(text, [], None)  # type: ignore[arg-type]
    spans = sorted((r.start, r.end) for r in found if r.score >= threshold)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return sorted(text[start:end] for start, end in merged)
