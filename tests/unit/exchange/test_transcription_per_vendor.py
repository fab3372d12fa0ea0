"""The transcription send is made per vendor: the recordings directly in the recordings
folder go to the transcriber, those in a folder named after another vendor to that vendor
only (plan.transcription_folders), each in its own batch with its own send record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_study import Study, write_study

from sealflow.config import load_config
from sealflow.errors import ConfigError
from sealflow.exchange.plan import (
    ALREADY_SENT,
    NOT_MADE,
    TO_SEND,
    SendSpec,
    approve,
    current_plan,
    send_planned,
)
from sealflow.seal.keys import new_keys
from sealflow.settings import StudySettings

VENDORS = ("vendor", "vendor2")  # the first is the transcriber (no transcription_vendor)


def _vendor(tmp_path: Path, name: str) -> dict:
    keys = new_keys(name, tmp_path / "parties" / name / "keys")
    return {
        "role": "vendor", "country": "GB", "age_recipient": keys.recipient,
        "minisign_public_key": keys.minisign_public_key, "transport": "local",
        "dropbox": f"dropbox/{name}", "deletion_deadline_days": 7,
    }  # fmt: skip


@pytest.fixture
def study(tmp_path: Path) -> Study:
    return write_study(tmp_path, {name: _vendor(tmp_path, name) for name in VENDORS})


def _recordings(study: Study, layout: dict[str, str]) -> None:
    """``layout``: recording name -> the folder it is put in ("" for the transcriber's)."""
    for name, folder in layout.items():
        path = study.root / "work/recordings" / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"RIFF....WAVE" + name.encode())


def _plan(study: Study):
    ctx = study.context()
    settings = StudySettings.from_config(load_config(study.config_path))
    return ctx, settings, [i for i in current_plan(ctx, settings) if i.rule == "transcription"]


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        pytest.param({"a.wav": "", "b.wav": ""}, {"a.wav": "vendor", "b.wav": "vendor"},
                     id="all to the transcriber"),
        pytest.param({"a.wav": "", "b.wav": "vendor2"}, {"a.wav": "vendor", "b.wav": "vendor2"},
                     id="one each"),
        pytest.param({"b.wav": "vendor2", "c.wav": "vendor2"},
                     {"b.wav": "vendor2", "c.wav": "vendor2"}, id="all to the second vendor"),
        pytest.param({"a.wav": "vendor", "b.wav": "vendor2"},
                     {"a.wav": "vendor", "b.wav": "vendor2"}, id="each in its own folder"),
    ],
)  # fmt: skip
def test_when_recordings_are_assigned_by_folder_then_each_vendor_is_planned_only_its_own(
    study: Study, layout: dict[str, str], expected: dict[str, str]
) -> None:
    _recordings(study, layout)
    _, _, items = _plan(study)
    assert {Path(i.file).name: i.to for i in items} == expected
    assert all(i.status == TO_SEND for i in items)


def test_when_no_recording_is_there_yet_then_the_transcribers_send_is_not_made_yet(
    study: Study,
) -> None:
    (study.root / "work/recordings").mkdir(parents=True)
    _, _, items = _plan(study)
    assert [(i.to, i.status) for i in items] == [("vendor", NOT_MADE)]


def test_when_the_transcription_rule_sends_then_each_vendor_gets_its_own_batch_and_record(
    study: Study,
) -> None:
    _recordings(study, {"a.wav": "", "b.wav": "vendor2", "c.wav": "vendor2"})
    ctx, settings, _ = _plan(study)
    approve(ctx, settings, current_plan(ctx, settings))
    own = study.root / "results/exchange/sent/recordings.json"
    record = send_planned(ctx, settings, "transcription", own)
    spec = SendSpec("transcription", "vendor2", "recordings", "", "", "_vendor2")
    second = spec.record_path(own)  # as the workflow names the rule's second output
    assert second.name == "recordings_vendor2.json"
    records = {r["to"]: r for r in (json.loads(p.read_text()) for p in (own, second))}
    assert record["to"] == "vendor"
    names = {to: sorted(f["name"].removesuffix(".age") for f in r["files"]) for to, r in
             records.items()}  # fmt: skip
    assert names == {"vendor": ["a.wav"], "vendor2": ["b.wav", "c.wav"]}
    assert records["vendor"]["batch_id"] != records["vendor2"]["batch_id"]
    # a rerun sends nothing again, to either vendor
    send_planned(ctx, settings, "transcription", own)
    assert {i.status for i in _plan(study)[2]} == {ALREADY_SENT}


def test_when_a_sent_recording_moves_to_another_vendors_folder_then_it_is_not_sent_again(
    study: Study,
) -> None:
    _recordings(study, {"a.wav": "", "b.wav": "vendor2"})
    ctx, settings, _ = _plan(study)
    approve(ctx, settings, current_plan(ctx, settings))
    send_planned(ctx, settings, "transcription", study.root / "results/r.json")
    moved = study.root / "work/recordings/vendor2/b.wav"
    moved.rename(study.root / "work/recordings/b.wav")  # now in the transcriber's folder
    _, _, items = _plan(study)
    (b,) = [i for i in items if Path(i.file).name == "b.wav"]
    assert (b.to, b.status) == ("vendor", ALREADY_SENT)  # the guard: one vendor only


def test_when_a_recordings_folder_is_named_after_no_vendor_then_one_error_names_it(
    study: Study,
) -> None:
    _recordings(study, {"a.wav": "", "b.wav": "vendr2"})
    with pytest.raises(ConfigError, match=r"work/recordings/vendr2: .*named after no vendor"):
        _plan(study)
