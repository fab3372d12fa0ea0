"""The study's shape (sealflow.exchange.shape): which stages the parties and inputs call for.

Interviews are on only when transcripts are in place or on their way (recordings for a
declared vendor, or recordings already sent); a study without a survey runs without the
stages built on the survey's answers, and says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sealflow.exchange.plan import send_specs
from sealflow.exchange.shape import SURVEY_STAGES, study_shape
from sealflow.settings import StudySettings

SURVEY_EXPORT = "work/received/survey/survey_export.csv"


def _study(root: Path, **sections: object) -> StudySettings:
    """A study with only the required keys; every other setting the schema's default."""
    required = {"root": str(root), "study": {"name": "A study"}, "evaluator": "evaluator",
                "parties": "parties.yaml", "workspace": "work", "results": "results",
                "logs": "logs"}  # fmt: skip
    return StudySettings.from_config({**required, **sections})


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
    shape = study_shape(_study(tmp_path), _parties(*roles))
    assert shape.interviews is interviews
    assert {stage for stage, _ in shape.off} == off
    assert shape.survey is True
    for line in shape.off_lines():
        assert line.startswith("sealflow: stage ") and " is off: " in line


SURVEY_STAGE_NAMES = {stage for stage, _ in SURVEY_STAGES}


@pytest.mark.parametrize(
    ("roles", "placed", "survey", "off_also"),
    [
        pytest.param(("provider", "vendor"), [], False, set(), id="no survey at all"),
        pytest.param(("provider", "vendor"), [SURVEY_EXPORT], True, set(),
                     id="survey export imported, no survey party"),
        pytest.param(("provider",), [], False, {"scrub", "transcription", "scrub_transcripts"},
                     id="admin extract only: nothing to scrub"),
        pytest.param(("provider", "vendor"), ["work/received/vendor/transcripts/"], False,
                     {"transcription"}, id="interviews and the admin extract"),
    ],
)  # fmt: skip
def test_when_no_survey_is_declared_or_imported_then_the_stages_built_on_it_are_off(
    tmp_path: Path, roles: tuple[str, ...], placed: list[str], survey: bool, off_also: set[str]
) -> None:
    for relative in placed:
        _place(tmp_path, relative.rstrip("/"), folder=relative.endswith("/"))
    shape = study_shape(_study(tmp_path), _parties(*roles))
    off = {stage for stage, _ in shape.off}
    assert shape.survey is survey
    if survey:
        assert not off & SURVEY_STAGE_NAMES
        return
    assert off >= SURVEY_STAGE_NAMES | {"send_links", "send_tokens"} | off_also
    assert ("scrub" in off) is (not shape.interviews)
    why = dict(shape.off)
    assert SURVEY_EXPORT in why["link"] and "inputs.survey_export" in why["link"]
    assert all("\n" not in line for line in shape.off_lines())


@pytest.mark.parametrize(
    ("roles", "survey", "rules"),
    [
        pytest.param(("provider", "survey", "vendor"), True,
                     ["send_links", "send_tokens", "send_invitations", "transcription"],
                     id="survey: links, tokens, invitations"),
        pytest.param(("provider", "vendor"), False, ["transcription"],
                     id="no survey: no links, no invitations"),
    ],
)  # fmt: skip
def test_when_the_study_has_no_survey_then_no_links_or_invitations_are_planned(
    roles: tuple[str, ...], survey: bool, rules: list[str], tmp_path: Path
) -> None:
    study = _study(tmp_path, interviews={"seed": 1, "sizes": {"all": 2}})
    specs = send_specs(study, _parties(*roles), survey)
    assert [spec.rule for spec in specs] == rules
