"""A text longer than spaCy's max_length (a full-day focus group's transcript) goes through
the model in pieces cut at paragraphs (engine.model_pieces): no spaCy error, the same
findings at the same offsets as the text read whole, and short texts read as before. A
document past formats.MAX_TEXT_CHARACTERS is refused with one error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealflow.errors import DocumentError
from sealflow.scrub import formats
from sealflow.scrub.document import Segment
from sealflow.scrub.engine import ScrubEngine, model_pieces
from sealflow.scrub.evaluation.corpus import generate
from sealflow.scrub.scrubber import scrub_segment_lists


def _transcript(turns: int) -> str:
    return "".join(
        "Participant: I spoke to Ottilie Gravesend on 07700 900321 about the move.\n"
        if i % 3
        else "Interviewer: and then? Did Sgt Okafor ring you?\n"
        for i in range(turns)
    )


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("one.\n\ntwo.\n\nthree.\n", 8),
        ("a line\nanother line\nand one more\n", 15),
        ("First sentence. Second one. Third one here.", 20),
        ("no break at all in this", 6),
        ("x" * 25, 10),
    ],
)
def test_when_a_text_is_cut_for_the_model_then_the_pieces_fit_and_join_back_into_it(
    text: str, limit: int
):
    pieces = model_pieces(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= limit for piece in pieces)
    assert len(pieces) > 1


def test_when_a_text_fits_then_it_is_one_piece():
    assert model_pieces("short text\n\nhere", 100) == ["short text\n\nhere"]


def test_when_a_text_is_cut_at_a_paragraph_then_the_cut_follows_the_break():
    assert model_pieces("first para.\n\nsecond para.", 20)[0] == "first para.\n\n"


def test_when_a_text_exceeds_the_models_limit_then_it_is_scrubbed_as_if_read_whole(
    engine: ScrubEngine, monkeypatch: pytest.MonkeyPatch
):
    text = _transcript(90)
    nlp = engine.nlp_engine.nlp["en"]  # type: ignore[index]
    documents = [[Segment(text)]]
    whole = scrub_segment_lists(engine, documents)
    monkeypatch.setattr(nlp, "max_length", len(text) // 5)
    cut = scrub_segment_lists(engine, documents)
    assert cut[0].edits == whole[0].edits
    assert [(f.start, f.end, f.entity_type) for f in cut[0].findings] == [
        (f.start, f.end, f.entity_type) for f in whole[0].findings
    ]
    assert "Gravesend" not in cut[0].texts(documents[0])[0]


def test_when_texts_fit_the_model_then_nlp_is_run_on_them_whole(engine: ScrubEngine):
    texts = [doc.text for doc in generate(5, 3)]
    docs = [artifacts.tokens for artifacts in engine.nlp_artifacts(texts)]
    assert [doc.text for doc in docs] == texts


def test_when_a_document_holds_more_text_than_the_limit_then_one_error_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(formats, "MAX_TEXT_CHARACTERS", 1_000)
    fits = tmp_path / "interview-a.txt"
    fits.write_text(_transcript(8))
    assert len(fits.read_text()) < 1_000
    assert formats.read_document(fits).segments
    long = tmp_path / "interview-b.vtt"
    long.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + "word " * 300 + "\n")
    with pytest.raises(DocumentError, match=r"interview-b\.vtt: 1,50\d characters of text"):
        formats.read_document(long)
    huge = tmp_path / "interview-c.txt"
    huge.write_text(_transcript(90))  # over four bytes a character: refused unread
    with pytest.raises(
        DocumentError, match=r"interview-c\.txt: a file of [\d,]+ bytes, more than the 1,000"
    ):
        formats.read_document(huge)
