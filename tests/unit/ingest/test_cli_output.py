"""links, ingest and link report on stdout (--json for machines); -v/-q govern stderr only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from sealflow.cli import main

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def config_file(study) -> Path:
    config = yaml.safe_load((REPO / "config/config.yaml").read_text())
    config["root"] = "."
    path = study.root / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def test_when_json_is_asked_then_stdout_is_the_report_and_stderr_is_empty(
    study, config_file, capsys
):
    main(["links", "-c", str(config_file), "--json"])
    links = json.loads(capsys.readouterr().out)
    main(["ingest", "-c", str(config_file), "--json"])
    printed = capsys.readouterr()
    ingest = json.loads(printed.out)
    assert printed.err == ""
    written = json.loads((study.root / "results/ingest/ingest_report.json").read_text())
    assert ingest == written
    assert isinstance(links, dict) and links
    main(["link", "-c", str(config_file), "--json"])
    match = json.loads(capsys.readouterr().out)
    assert match["matched"] == 7


# -v: ingest's two steps, and the start and the duration every command adds.
@pytest.mark.parametrize(
    "flags, notes",
    [([], 0), (["--verbose"], 4), (["-v", "-q"], 0), (["--quiet"], 0)],
    ids=["plain", "verbose", "quiet-wins", "quiet"],
)
def test_when_verbosity_is_chosen_then_only_stderr_changes(
    study, config_file, capsys, flags: list[str], notes: int
):
    main(["links", "-c", str(config_file)])
    capsys.readouterr()
    main(["ingest", "-c", str(config_file), *flags])
    printed = capsys.readouterr()
    assert printed.out.startswith("ingest: {")
    assert len(printed.out.strip().splitlines()) == 1
    assert len(printed.err.strip().splitlines()) == notes
    for pseudonymous_id in study.ids:
        assert pseudonymous_id not in printed.out + printed.err
