"""`sealflow links` by hand in a study with no survey refuses with one line saying why.

The workflow leaves the links stage out of a study without a survey (no party has the role
survey and no export was imported: exchange/shape.py); run by hand, the command refuses the
same way, before it touches the workspace, rather than make links nobody will use.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sealflow.cli import main


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    try:
        main(["demo", "init", str(tmp_path / "study"), "--staff", "20", "-q"])
    except SystemExit as exited:
        assert exited.code in (0, None)
    return tmp_path / "study"


def _without_survey_party(study: Path) -> None:
    path = study / "parties.yaml"
    parties = yaml.safe_load(path.read_text())
    del parties["parties"]["survey"]
    path.write_text(yaml.safe_dump(parties))


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str, str]:
    code: object = 0
    try:
        main(argv)
    except SystemExit as exited:
        code = exited.code or 0
    printed = capsys.readouterr()
    return code, printed.out, printed.err


@pytest.mark.parametrize(
    ("survey_party", "export_in_place", "refused"),
    [
        pytest.param(False, False, True, id="no survey party, no export: refused"),
        pytest.param(False, True, False, id="export imported, no survey party: runs"),
        pytest.param(True, False, False, id="survey party declared: runs"),
    ],
)
def test_when_links_is_run_by_hand_then_it_runs_only_in_a_study_with_a_survey(
    demo: Path,
    survey_party: bool,
    export_in_place: bool,
    refused: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if not survey_party:
        _without_survey_party(demo)
    if not export_in_place:
        (demo / "work/received/survey/survey_export.csv").unlink()
    code, out, err = _run(["links", "-c", str(demo / "config.yaml")], capsys)
    if not refused:
        assert code == 0, err
        assert (demo / "work/links/links_for_provider.csv").is_file()
        return
    assert code == 1
    assert out == ""
    assert err.strip().splitlines() == [err.strip()]
    assert err.startswith("sealflow: error: `sealflow links` refused: stage links is off")
    assert "no party in parties.yaml has the role survey" in err
    assert "inputs.survey_export" in err
    assert "Traceback" not in err
    assert not (demo / "work/links").exists()
