"""The sealflow commands of the party guides (docs/parties/*.md), run as a party runs them:
from the party's own folder, whose config.yaml names the party as the one running it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from exchange_study import Study, write_study

from sealflow.exchange.flow import make_outgoing, open_received, receive_batches, send_batch

REPO = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
PAGES = {"provider": ("provider", "extract"), "survey-platform": ("survey", "export")}


def _guide_commands(page: str) -> list[str]:
    text = (REPO / "docs/parties" / f"{page}.md").read_text(encoding="utf-8")
    block = re.search(r"## With sealflow\n.*?```sh\n(.*?)^```", text, flags=re.S | re.M)
    assert block, f"docs/parties/{page}.md: no sealflow commands"
    return [line for line in block.group(1).splitlines() if line.startswith("sealflow ")]


def _party_folder(study: Study, party: str) -> Path:
    """PARTY: the party's keys, parties.yaml (drop-boxes where the study has them) and a
    config.yaml naming the party as the one that runs it."""
    folder = study.root.parent / "PARTY"
    shutil.copytree(study.root / "parties" / party / "keys", folder / "keys")
    parties = yaml.safe_load((study.root / "parties.yaml").read_text())
    for entry in parties["parties"].values():
        entry["dropbox"] = str(study.root / entry["dropbox"])
    (folder / "parties.yaml").write_text(yaml.safe_dump(parties))
    config = yaml.safe_load(study.config_path.read_text())
    config.update(evaluator=party, keys={"dir": "keys"})
    (folder / "config.yaml").write_text(yaml.safe_dump(config))
    return folder


@pytest.mark.parametrize("page", sorted(PAGES))
def test_when_a_party_runs_its_guides_sealflow_commands_then_the_evaluator_gets_the_batch(
    tmp_path: Path, page: str
) -> None:
    party, purpose = PAGES[page]
    study = write_study(tmp_path / "study")
    folder = _party_folder(study, party)
    (tmp_path / "data.csv").write_text("pseudonymous_id\nPSN-0123456789\n")
    # the evaluator has sent the party a batch for `receive` to fetch
    plain = tmp_path / "for-party.csv"
    plain.write_text("survey_token\nabc\n")
    outgoing = study.root / "work/exchange/outgoing/b1"
    make_outgoing(study.context(), party, "links", [plain], outgoing)
    send_batch(study.context(), party, outgoing)
    words = {"OUT": str(tmp_path / "OUT"), "IN": str(tmp_path / "IN"),
             "PARTY/": f"{folder}/", "FILES...": str(tmp_path / "data.csv")}  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    for command in _guide_commands(page):
        argv = command.split()
        argv = [words.get(w, w.replace("PARTY/", f"{folder}/")) for w in argv]
        ran = subprocess.run(
            [str(BIN / argv[0]), *argv[1:]], env=env, capture_output=True, text=True, check=False
        )
        assert ran.returncode == 0, f"{command}: {ran.stderr[-2000:]}"
    assert (tmp_path / "IN/for-party.csv").read_bytes() == plain.read_bytes()
    ctx = study.context()
    assert len(receive_batches(ctx, party).received) == 1
    opened = open_received(ctx, party, tmp_path / "opened", expect=["data.csv"])
    assert [p.name for p in opened] == ["data.csv"]
    assert purpose in next((study.root / "work/exchange/received" / party).iterdir()).name


def _one_step_send(page: str) -> str:
    text = " ".join((REPO / "docs/parties" / f"{page}.md").read_text(encoding="utf-8").split())
    found = re.findall(r"`(sealflow send --to evaluator --purpose [^`]+)`", text)
    assert len(found) == 1, f"docs/parties/{page}.md: no one-step send"
    return found[0]


@pytest.mark.parametrize("page", sorted(PAGES))
def test_when_a_party_sends_in_one_step_as_its_guide_says_then_the_evaluator_opens_the_files(
    tmp_path: Path, page: str
) -> None:
    party, purpose = PAGES[page]
    assert f"--purpose {purpose} " in _one_step_send(page)
    study = write_study(tmp_path / "study")
    folder = _party_folder(study, party)
    (tmp_path / "data.csv").write_text("pseudonymous_id\nPSN-0123456789\n")
    argv = [
        w.replace("PARTY/", f"{folder}/") if w != "FILES..." else str(tmp_path / "data.csv")
        for w in _one_step_send(page).split()
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    ran = subprocess.run(
        [str(BIN / argv[0]), *argv[1:]], env=env, capture_output=True, text=True, check=False
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert len(list((folder / "work/exchange/outgoing").glob("*/manifest.json"))) == 1
    ctx = study.context()
    assert len(receive_batches(ctx, party).received) == 1
    opened = open_received(ctx, party, tmp_path / "opened", expect=["data.csv"])
    assert [p.read_bytes() for p in opened] == [(tmp_path / "data.csv").read_bytes()]
    assert purpose in next((study.root / "work/exchange/received" / party).iterdir()).name


def test_when_the_vendor_guide_shows_the_one_step_send_then_only_its_purpose_differs() -> None:
    provider = _one_step_send("provider")
    assert _one_step_send("vendor") == provider.replace("extract", "transcripts")
