"""The study's shape (sealflow.exchange.shape): which stages the parties and inputs call for.

Interviews are on only when transcripts are in place or on their way (recordings for a
declared vendor, or recordings already sent); a study without a survey stops with one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sealflow.exchange.shape import study_shape

SURVEY_EXPORT = "work/received/survey/survey_export.csv"


def _parties(*roles: str) -> dict:
    return {"parties": {"evaluator": {"role": "evaluator"}, **{r: {"role": r} for r in roles}}}


def _place(root: Path, relative: str, folder: bool = False) -> None:
    path = root / relative
    if folder:
        path.mkdir(parents=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x")


@pytest.mark.parametrize(
    ("roles", "placed", "interviews", "off"),
    [
        pytest.param(("provider", "survey"), [], False,
                     {"transcription", "scrub_transcripts"}, id="survey only"),
        pytest.param(("provider", "survey", "vendor"), [], False,
                     {"transcription", "scrub_transcripts"}, id="vendor, no interviews yet"),
        pytest.param(("provider", "survey", "vendor"), ["work/recordings/INT-001.wav"], True,
                     set(), id="vendor with recordings"),
        pytest.param(("provider", "survey", "vendor"), ["results/exchange/sent/recordings.json"],
                     True, {"transcription"}, id="recordings sent, since removed"),
        pytest.param(("provider", "survey", "vendor"),
                     ["work/exchange/received/vendor/20261205T010000Z-vendor-transcripts-0a1b/"],
                     True, {"transcription"}, id="a vendor batch received, recordings sent aside"),
        pytest.param(("provider", "survey"), ["work/received/vendor/transcripts/"], True,
                     {"transcription"}, id="transcripts imported, no vendor"),
    ],
)  # fmt: skip
def test_when_the_study_has_this_shape_then_these_stages_are_off(
    tmp_path: Path, roles: tuple[str, ...], placed: list[str], interviews: bool, off: set[str]
) -> None:
    for relative in placed:
        _place(tmp_path, relative.rstrip("/"), folder=relative.endswith("/"))
    shape = study_shape({}, _parties(*roles), tmp_path)
    assert shape.interviews is interviews
    assert {stage for stage, _ in shape.off} == off
    assert shape.missing is None
    for line in shape.off_lines():
        assert line.startswith("sealflow: stage ") and " is off: " in line


@pytest.mark.parametrize(
    ("export_in_place", "missing"),
    [pytest.param(False, True, id="no survey at all"),
     pytest.param(True, False, id="survey export in place")],
)  # fmt: skip
def test_when_no_survey_party_is_declared_then_only_a_missing_export_stops_the_run(
    tmp_path: Path, export_in_place: bool, missing: bool
) -> None:
    if export_in_place:
        _place(tmp_path, SURVEY_EXPORT)
    shape = study_shape({}, _parties("provider", "vendor"), tmp_path)
    assert (shape.missing is not None) is missing
    if missing:
        assert SURVEY_EXPORT in shape.missing and "(inputs.survey_export)" in shape.missing
        assert "\n" not in shape.missing
