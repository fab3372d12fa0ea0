"""Initials a letter's layout names (under a sign-off, in a copy list) stand though they also
spell an allowed word or a rank: the recognizer says so on its result, and the filter reads
that flag, not the recognizer's name."""

from presidio_analyzer import RecognizerResult

from sealflow.scrub.detect import from_results
from sealflow.scrub.engine import get_engine
from sealflow.scrub.recognizers.base import NAMED_BY_LAYOUT_KEY
from sealflow.scrub.recognizers.generic.letter_names_recognizer import LetterNamesRecognizer
from sealflow.scrub.recognizers.uk.uk_full_postcode_recognizer import UkFullPostcodeRecognizer
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings


def test_a_layout_recognizer_flags_its_results_and_a_word_recognizer_does_not() -> None:
    letter = LetterNamesRecognizer().analyze("Kind regards,\n\nSR\nAdjutant", ["PERSON"])
    postcode = UkFullPostcodeRecognizer().analyze("at PL1 4PX today", [])
    assert letter and all(r.recognition_metadata[NAMED_BY_LAYOUT_KEY] for r in letter)
    assert postcode and not any(r.recognition_metadata[NAMED_BY_LAYOUT_KEY] for r in postcode)


def test_detections_carry_the_flag_from_the_result() -> None:
    flagged = RecognizerResult(
        "PERSON", 0, 2, 0.9, recognition_metadata={NAMED_BY_LAYOUT_KEY: True}
    )
    plain = RecognizerResult("PERSON", 3, 5, 0.9, recognition_metadata={})
    assert [d.by_layout for d in from_results([flagged, plain])] == [True, False]


def test_initials_under_a_sign_off_are_replaced_though_they_spell_a_rank() -> None:
    out = scrub_texts(get_engine(default_settings()), ["Kind regards,\n\nSR\nAdjutant"])[0]
    assert "SR" not in out and "Adjutant" in out
