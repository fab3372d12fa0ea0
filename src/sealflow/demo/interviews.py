"""Interview transcripts as speaker turns, before they are written in any file format.

An interview alternates the interviewer's questions with the participant's answers, in
the participant's register (mostly speech with fillers, as verbatim transcripts are).
Speaker labels are usually roles ("Interviewer", "Participant") but sometimes the
participant's rank and name, which a scrubber must replace without breaking the layout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from sealflow.demo.text import DocumentContext, Segment, apply_register, render
from sealflow.demo.vocab import Vocabulary

FORMATS = ("txt", "vtt", "srt", "docx")
VENDOR_OF_FORMAT = {"txt": "vendor", "docx": "vendor", "vtt": "vendor2", "srt": "vendor2"}
"""Vendor ``vendor`` types transcripts by hand (txt, docx); ``vendor2`` sends captions."""

_PARTICIPANT_REGISTERS = ("speech", "formal", "casual", "lower")
_PARTICIPANT_REGISTER_WEIGHTS = (0.55, 0.2, 0.15, 0.1)


@dataclass(frozen=True)
class Turn:
    speaker: list[Segment]
    words: list[Segment]


@dataclass(frozen=True)
class Interview:
    doc_id: str
    format: str
    vendor: str
    turns: list[Turn]


class _Deck:
    """Draws templates without repeats until the deck is used up, then reshuffles."""

    def __init__(self, rng: random.Random, templates: tuple[str, ...]) -> None:
        self._rng, self._templates, self._cards = rng, templates, list[str]()

    def draw(self) -> str:
        if not self._cards:
            self._cards = list(self._templates)
            self._rng.shuffle(self._cards)
        return self._cards.pop()


def interview_count(staff: int) -> int:
    """How many interviews a study of ``staff`` people asks for: 1 per 20, between 4 and 40
    (fewer when fewer respondents agreed to be contacted)."""
    return max(4, min(40, staff // 20))


def generate_interviews(
    rng: random.Random, vocab: Vocabulary, doc_ids: list[str]
) -> list[Interview]:
    """One interview per interview ID (the selection's, see demo/selection.py), cycling
    through the four formats."""
    return [_interview(rng, vocab, i, name) for i, name in enumerate(doc_ids)]


def _interview(rng: random.Random, vocab: Vocabulary, index: int, doc_id: str) -> Interview:
    context = DocumentContext.new(rng, vocab, rng.choice(vocab.branches))
    register = rng.choices(_PARTICIPANT_REGISTERS, weights=_PARTICIPANT_REGISTER_WEIGHTS)[0]
    interviewer = [Segment(rng.choice(("Interviewer", "Interviewer", "INT")))]
    label_style = rng.random()
    if label_style < 0.3:
        participant = render("{ranked}", context)
    else:
        participant = [Segment("Participant" if label_style < 0.85 else "P1")]

    questions = vocab.templates["interviewer_questions"]
    first = rng.choice(vocab.templates["interviewer_opening"])
    last = rng.choice(vocab.templates["interviewer_closing"])
    middle = rng.sample(questions, rng.randint(5, len(questions)))
    answers = _Deck(rng, vocab.templates["participant_turns"])
    followups = vocab.templates["interviewer_followups"]

    def participant_turn() -> Turn:
        segments: list[Segment] = []
        for i in range(rng.choices((1, 2, 3), weights=(4, 4, 1))[0]):
            if i:
                segments.append(Segment(" "))
            segments.extend(render(answers.draw(), context))
        return Turn(participant, apply_register(segments, register, rng))

    turns: list[Turn] = []
    for question in [first, *middle, last]:
        turns.append(Turn(interviewer, render(question, context)))
        turns.append(participant_turn())
        if rng.random() < 0.3:
            turns.append(Turn(interviewer, render(rng.choice(followups), context)))
            turns.append(participant_turn())
    fmt = FORMATS[index % len(FORMATS)]
    return Interview(doc_id, fmt, VENDOR_OF_FORMAT[fmt], turns)
