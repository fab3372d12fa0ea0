"""Restriction and objection: data kept as received, out of every stage they cover."""

from __future__ import annotations

import json

import polars as pl
import pytest
import yaml

from sealflow.config import load_config
from sealflow.govern.holdings import held_tables, read_table
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.restricted import PROCESSING_STAGES

DERIVED = ("roster", "admin", "survey", "linked")
RECEIVED = ("received_roster", "received_admin_extract", "received_survey_export")


def _rows(governed, pseudonymous_id):
    settings = GovernSettings.from_config(load_config(governed.config_file))
    token = governed.tiny.token(pseudonymous_id)
    held = {}
    for table in held_tables(settings):
        if table.path.is_file() and table.name in DERIVED + RECEIVED:
            value = pseudonymous_id if table.key == "pseudonymous_id" else token
            held[table.name] = read_table(table, ",").filter(pl.col(table.key) == value).height
    return held


def _rerun(governed):
    for command in ("links", "ingest", "link"):
        governed.sealflow(command)


def _bases(governed, **bases):
    config = yaml.safe_load(governed.config_file.read_text())
    for purpose in config["purposes"]:
        purpose["lawful_basis"] = bases.get(purpose["id"], purpose["lawful_basis"])
    governed.config_file.write_text(yaml.safe_dump(config))


def test_when_restricted_then_out_of_every_stage_until_lifted_and_received_data_kept(
    governed, capsys
):
    target, other = governed.tiny.ids[1], governed.tiny.ids[3]
    before, other_before = _rows(governed, target), _rows(governed, other)
    assert all(before[name] == 1 for name in DERIVED)
    id_file = str(governed.id_file(target))
    governed.sealflow("request", "restrict", "--id-file", id_file)
    result = json.loads(capsys.readouterr().out)
    assert result["rows_set_aside"] == {name: 1 for name in DERIVED}
    after = _rows(governed, target)
    assert {name: after[name] for name in DERIVED} == dict.fromkeys(DERIVED, 0)
    assert {name: after[name] for name in RECEIVED} == {name: before[name] for name in RECEIVED}
    _rerun(governed)
    assert {name: _rows(governed, target)[name] for name in DERIVED} == dict.fromkeys(DERIVED, 0)
    assert _rows(governed, other) == other_before
    assert (governed.work / "restricted.csv").stat().st_mode & 0o777 == 0o600
    links = (governed.work / "links/links_for_provider.csv").read_text()
    assert target not in links
    assert target not in (governed.work / "audit/audit.jsonl").read_text()

    capsys.readouterr()  # the rerun's counts (stdout since --json came in)
    governed.sealflow("request", "lift", "--id-file", id_file)
    assert json.loads(capsys.readouterr().out)["lifted"] == 1
    _rerun(governed)
    assert _rows(governed, target) == before


@pytest.mark.parametrize(
    "bases, left_out, answer",
    [
        ({}, True, "every processing is a public task"),
        ({"evaluation": "legitimate_interests"}, True, "evaluation (legitimate interests)"),
        ({"archiving": "legitimate_interests"}, True, "archiving (legitimate interests)"),
        ({"accountability": "legitimate_interests"}, False, "not stopped per person"),
    ],
)
def test_when_a_person_objects_then_the_stages_of_the_bases_objected_to_stop(
    governed, capsys, bases, left_out, answer
):
    _bases(governed, **bases)
    target = governed.tiny.ids[1]
    governed.sealflow("request", "object", "--id-file", str(governed.id_file(target)))
    result = json.loads(capsys.readouterr().out)
    assert answer in result["answer"]
    assert bool(PROCESSING_STAGES & set(result["stages"])) is left_out
    _rerun(governed)
    held = _rows(governed, target)
    assert {name: held[name] for name in DERIVED} == dict.fromkeys(DERIVED, 0 if left_out else 1)
    assert held["received_admin_extract"] == 1


def test_when_a_restriction_answers_a_request_then_the_request_closes_with_the_answer(
    governed, capsys
):
    id_file = str(governed.id_file(governed.tiny.ids[1]))
    governed.sealflow("request", "open", "--right", "objection", "--id-file", id_file)
    capsys.readouterr()
    with pytest.raises(SystemExit):
        governed.sealflow("request", "restrict", "--id-file", id_file, "--request", "R0001")
    assert "not an open restriction request" in capsys.readouterr().err
    assert not (governed.work / "restricted.csv").exists()
    governed.sealflow("request", "object", "--id-file", id_file, "--request", "R0001")
    request = json.loads(capsys.readouterr().out)["request"]
    assert request["status"] == "closed" and "public task" in request["outcome"]
    governed.sealflow("request", "list")
    assert json.loads(capsys.readouterr().out) == []
