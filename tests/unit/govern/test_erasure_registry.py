"""Erasure that finds everything: the registry, unknown IDs, re-opened batches, the certificate."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from sealflow.config import load_config
from sealflow.exchange.flow import ExchangeContext, make_outgoing, open_into, receive_to, send_batch
from sealflow.govern.registry import registry, unregistered
from sealflow.govern.screen import Layout, screen_table, withdrawn_screen
from sealflow.govern.settings import GovernSettings


def _settings(governed) -> GovernSettings:
    return GovernSettings.from_config(load_config(governed.config_file))


def _audit_bytes(governed) -> bytes:
    return (governed.work / "audit/audit.jsonl").read_bytes()


def test_when_the_id_is_not_held_then_erasure_refuses_and_writes_nothing(governed, capsys):
    stranger = "PSN-9999999999"
    assert stranger not in governed.tiny.ids
    withdrawals = governed.tiny.withdrawals.read_bytes()
    audit = _audit_bytes(governed)
    with pytest.raises(SystemExit) as exit_info:
        governed.sealflow("erase", "--id-file", str(governed.id_file(stranger)))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "holds no record of this pseudonymous ID" in err and stranger not in err
    assert governed.tiny.withdrawals.read_bytes() == withdrawals
    assert _audit_bytes(governed) == audit
    assert not (governed.root / "results/governance").exists()


def test_when_erased_then_value_lists_go_and_the_certificate_names_what_stays_sealed(
    governed, capsys
):
    values = governed.work / "scrub/replaced_values_transcripts.json"
    shard = governed.work / "scrub/shards/replaced_values.0.json"
    shard.parent.mkdir(parents=True)
    values.write_text(json.dumps(["Jane Smith"]))
    shard.write_text(json.dumps(["Jane Smith"]))
    batch = governed.work / "exchange/received/provider/20260101T000000Z-provider-x-ab12"
    batch.mkdir(parents=True)
    (batch / "roster.csv.age").write_bytes(b"age-encryption.org/v1\n")
    governed.sealflow("erase", "--id-file", str(governed.id_file(governed.tiny.ids[1])))
    result = json.loads(capsys.readouterr().out)
    assert not values.exists() and not shard.exists()
    assert sorted(result["derived_removed_to_rebuild"]) == [
        "work/scrub/replaced_values_transcripts.json",
        "work/scrub/shards/replaced_values.0.json",
    ]
    assert result["stays_sealed"] == [str(batch.relative_to(governed.root))]
    record = next((governed.root / "results/governance").glob("erasure_*.json"))
    assert json.loads(record.read_text())["stays_sealed"] == result["stays_sealed"]


def _provider_sends(governed, tmp_path: Path, files: list[Path]) -> ExchangeContext:
    parties = yaml.safe_load((governed.root / "parties.yaml").read_text())
    provider = ExchangeContext.for_party(
        governed.root, parties, "provider", tmp_path / "provider_keys",
        {"records": "provider/records", "outgoing": "provider/outgoing"},
    )  # fmt: skip
    batch = governed.root / "provider/outgoing/extract"
    make_outgoing(provider, "evaluator", "extract", files, batch)
    send_batch(provider, "evaluator", batch)
    ctx = ExchangeContext.from_config(governed.config_file)
    receive_to(ctx, "provider", governed.root / "results/exchange/received/provider.json")
    return ctx


def test_when_a_batch_is_reopened_after_erasure_then_the_person_never_lands_again(
    governed, tmp_path, capsys
):
    target, other = governed.tiny.ids[1], governed.tiny.ids[2]
    plain = tmp_path / "plain"
    plain.mkdir()
    survey = plain / "survey_export.csv"
    survey.write_bytes(b"\xef\xbb\xbf" + governed.tiny.survey.read_bytes())
    interview_map = governed.work / "interviews.csv"
    interview_map.write_text(f"doc_id,pseudonymous_id\nINT-001,{target}\nINT-002,{other}\n")
    for name in ("INT-001.txt", "INT-002.txt"):
        (plain / name).write_text("Interviewer: hello\n")
    files = [governed.tiny.roster, governed.tiny.admin, survey, *sorted(plain.glob("INT-*"))]
    ctx = _provider_sends(governed, tmp_path, files)
    governed.sealflow("erase", "--id-file", str(governed.id_file(target)))
    capsys.readouterr()
    out = governed.work / "received/reopened"
    opened = open_into(ctx, ["provider"], [out], screen=withdrawn_screen(_settings(governed)))
    assert sorted(p.name for p in opened) == [
        "INT-002.txt", "admin_extract.csv", "roster.csv", "survey_export.csv",
    ]  # fmt: skip
    token = governed.tiny.token(target)
    for path in out.iterdir():
        data = path.read_bytes()
        assert target.encode() not in data and token.encode() not in data, path.name
    assert pl.read_csv(out / "roster.csv")["pseudonymous_id"].to_list() == [
        i for i in governed.tiny.ids if i != target and i not in governed.tiny.withdrawn
    ]  # the one withdrawn before is dropped too
    assert (out / "survey_export.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert governed.tiny.token(other).encode() in (out / "survey_export.csv").read_bytes()
    assert not list((governed.work / "exchange/received").glob(".opening-*"))


def test_when_the_commands_have_run_then_every_workspace_file_is_registered(
    governed, tmp_path, capsys
):
    settings = _settings(governed)
    governed.sealflow("erase", "--id-file", str(governed.id_file(governed.tiny.ids[3])))
    id_file = str(governed.id_file(governed.tiny.ids[4]))
    governed.sealflow("subject-access", "export", "--id-file", id_file, "--out", str(tmp_path))
    capsys.readouterr()
    assert unregistered(settings) == [
        "work/requests/request.txt"  # the test's own ID file: where a person puts it
    ]
    kinds = {a.name: a.kind for a in registry(settings)}
    assert kinds["received_documents"] == "documents"
    assert kinds["scrub_value_lists"] == "derived"
    assert kinds["withdrawals"] == "withdrawals"


def test_when_transcripts_sit_in_per_vendor_folders_then_erasure_finds_them(governed, capsys):
    target = governed.tiny.ids[2]
    transcripts = governed.work / "received/vendor/transcripts"
    for vendor in ("vendor", "vendor2"):
        (transcripts / vendor).mkdir(parents=True)
    (transcripts / "vendor2/INT-001.vtt").write_text("WEBVTT\n")
    (transcripts / "vendor/INT-002.txt").write_text("Interviewer: hello\n")
    (governed.work / "interviews.csv").write_text(
        f"doc_id,pseudonymous_id\nINT-001,{target}\nINT-002,{governed.tiny.ids[3]}\n"
    )
    governed.sealflow("erase", "--id-file", str(governed.id_file(target)))
    result = json.loads(capsys.readouterr().out)
    assert result["files_removed"] == ["work/received/vendor/transcripts/vendor2/INT-001.vtt"]
    assert (transcripts / "vendor/INT-002.txt").exists()
    assert "INT-001" in (governed.work / "withdrawn_documents.csv").read_text()


PROFILED = [
    # (layout, file bytes, bytes after screening)
    (Layout(), b"pseudonymous_id,x\nGONE,1\nKEPT,2\n", b"pseudonymous_id,x\nKEPT,2\n"),
    (Layout(), b"\xef\xbb\xbfsurvey_token,t\r\nGONE,\"a\r\nb\"\r\nKEPT,c\r\n",
     b"\xef\xbb\xbfsurvey_token,t\r\nKEPT,c\r\n"),
    (Layout(delimiter=";", skip_rows=1, header_rows=2, rename={"Token": "survey_token"}),
     b"OFFICIAL-SENSITIVE\nToken;Q1\nquestion;text\nGONE;1\nKEPT;2\n",
     b"OFFICIAL-SENSITIVE\nToken;Q1\nquestion;text\nKEPT;2\n"),
    (Layout(encoding="cp1252"), b"pseudonymous_id,name\nGONE,\xe9\nKEPT,\xe8\n",
     b"pseudonymous_id,name\nKEPT,\xe8\n"),
    (Layout(), b"other,x\nGONE,1\n", b"other,x\nGONE,1\n"),  # no key column: left alone
]  # fmt: skip


@pytest.mark.parametrize("layout, before, after", PROFILED)
def test_when_a_profiled_table_is_screened_then_only_withdrawn_rows_go(
    tmp_path, layout, before, after
):
    path = tmp_path / "table.csv"
    path.write_bytes(before)
    screen_table(path, {"GONE"}, layout)
    assert path.read_bytes() == after
