"""Retention: purge only on or after the date and only with --yes; signed certificates."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest
import yaml

from sealflow.audit import study_audit_log
from sealflow.seal.keys import new_keys
from sealflow.seal.minisign import verify_file

TODAY = dt.datetime.now(dt.UTC).date()


def _files(root):
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    "delete_on, yes, message",
    [
        (TODAY + dt.timedelta(days=1), True, "kept until"),
        (None, True, "not set"),
    ],
    ids=["before-date", "no-date"],
)
def test_when_purge_is_not_due_or_not_confirmed_then_nothing_is_deleted(
    governed, capsys, delete_on, yes, message
):
    governed.configure(personal_data_delete_on=delete_on and delete_on.isoformat())
    before = _files(governed.work)
    with pytest.raises(SystemExit) as exit_info:
        governed.sealflow("retention", "purge", *(["--yes"] if yes else []))
    assert exit_info.value.code == 1
    assert message in capsys.readouterr().err
    assert _files(governed.work) == before
    assert not (governed.root / "results" / "governance").exists()


@pytest.mark.parametrize("days_ago", [1, 0], ids=["past-date", "on-date"])
def test_when_purge_is_due_without_yes_then_it_is_a_dry_run_that_exits_0(
    governed, capsys, days_ago
):
    governed.configure(personal_data_delete_on=str(TODAY - dt.timedelta(days=days_ago)))
    before = _files(governed.work)
    governed.sealflow("retention", "purge")  # no SystemExit: a dry run is no error
    err = capsys.readouterr().err
    assert err.startswith("dry run: ") and "nothing was deleted" in err
    assert "rerun with --yes" in err and len(err.strip().splitlines()) == 1
    assert _files(governed.work) == before
    assert not (governed.root / "results" / "governance").exists()


def test_when_retention_check_runs_then_it_lists_what_is_due_and_deletes_nothing(governed, capsys):
    governed.configure(personal_data_delete_on=str(TODAY))
    before = _files(governed.work)
    governed.sealflow("retention", "check")
    report = json.loads(capsys.readouterr().out)
    assert report["purge_due"] is True and report["days_until_purge"] == 0
    assert "work/ingest/survey.parquet" in report["personal_data"]["paths"]
    listed = report["personal_data"]["paths"]
    keys_listed = {p for p in listed if p.startswith(("work/keys", "work/audit"))}
    assert keys_listed <= {"work/keys/audit.key", "work/keys/survey_token.key",
                           "work/keys/interview_id.key"}  # fmt: skip
    assert "work/keys/survey_token.key" in keys_listed
    assert report["personal_data"]["files"] == len(report["personal_data"]["paths"])
    assert _files(governed.work) == before
    with pytest.raises(SystemExit):
        governed.sealflow("retention", "check", "--strict")
    assert "personal-data files due for purge" in capsys.readouterr().err


def test_when_nothing_is_due_then_a_strict_check_passes(governed, capsys):
    governed.configure(personal_data_delete_on=str(TODAY + dt.timedelta(days=365)))
    governed.sealflow("retention", "check", "--strict")
    report = json.loads(capsys.readouterr().out)
    assert report["purge_due"] is False and report["days_until_purge"] == 365


def test_when_date_has_come_and_yes_then_workspace_is_purged_with_a_signed_certificate(
    governed, capsys
):
    governed.configure(personal_data_delete_on=str(TODAY))
    relinking = {"keys/audit.key", "keys/survey_token.key", "keys/interview_id.key"}
    personal = [
        p
        for p in _files(governed.work)
        if p.parts[0] not in ("keys", "audit") or str(p) in relinking
    ]
    assert "keys/survey_token.key" in {str(p) for p in personal}
    governed.sealflow("retention", "purge", "--yes")
    left = _files(governed.work)
    assert all(p.parts[0] in ("keys", "audit") for p in left), left
    assert not relinking & {str(p) for p in left}, "a key that re-links a person survived"
    governance = governed.root / "results/governance"
    certificates = sorted(governance.glob("deletion_certificate_*.json"))
    assert len(certificates) == 1
    certificate = json.loads(certificates[0].read_text())
    assert certificate["counts"]["files"] == len(personal)
    assert sorted(certificate["paths_removed"]) == sorted(f"work/{p}" for p in personal)
    log = study_audit_log(governed.root)
    entries = [json.loads(line) for line in log.path.read_text().splitlines()]
    purge_entry = entries[certificate["audit_seq"] - 1]
    assert purge_entry["action"] == "purge" and purge_entry["mac"] == certificate["audit_mac"]
    assert log.verify() == len(entries)
    verify_file(certificates[0], governed.evaluator.minisign_public_key_path)
    text = certificates[0].read_text() + capsys.readouterr().err
    assert not any(pid in text for pid in governed.tiny.ids)


@pytest.mark.skipif(shutil.which("minisign") is None, reason="LOUD: minisign CLI not installed")
def test_when_certificate_is_checked_with_minisign_then_it_verifies_and_a_flip_fails(governed):
    governed.configure(personal_data_delete_on=str(TODAY - dt.timedelta(days=30)))
    governed.sealflow("retention", "purge", "--yes")
    (certificate,) = (governed.root / "results/governance").glob("deletion_certificate_*.json")
    command = ["minisign", "-V", "-p", str(governed.evaluator.minisign_public_key_path), "-m"]
    assert subprocess.run([*command, str(certificate)], capture_output=True).returncode == 0
    certificate.write_text(certificate.read_text().replace('"files": ', '"files": 1'))
    assert subprocess.run([*command, str(certificate)], capture_output=True).returncode != 0


def test_when_a_vendor_deletion_is_overdue_then_the_check_reports_it_and_does_not_fail(
    governed, tmp_path, capsys
):
    vendor = new_keys("vendor", tmp_path / "vendor_keys")
    parties_path = governed.root / "parties.yaml"
    parties = yaml.safe_load(parties_path.read_text())
    parties["parties"]["vendor"] = {
        "role": "vendor", "country": "GB", "age_recipient": vendor.recipient,
        "minisign_public_key": vendor.minisign_public_key, "transport": "local",
        "dropbox": "dropbox/vendor",
    }  # fmt: skip
    parties_path.write_text(yaml.safe_dump(parties))
    sent = governed.root / "results/exchange/sent"
    sent.mkdir(parents=True)
    record = {"batch_id": "20250101T000000Z-evaluator-recordings-0000cccc", "to": "vendor",
              "files": [{"name": "INT01.wav.age"}]}  # fmt: skip
    (sent / "recordings.json").write_text(json.dumps(record))
    register = governed.root / "work/exchange/seen_batches.jsonl"
    register.parent.mkdir(parents=True, exist_ok=True)
    for batch_id, days_ago in (("20250101T000000Z-vendor-transcripts-0000aaaa", 30),
                               ("20250102T000000Z-vendor-transcripts-0000bbbb", 1)):  # fmt: skip
        at = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
        entry = {"batch_id": batch_id, "sender": "vendor", "outcome": "accepted",
                 "manifest_sha256": "0" * 64, "at": at.isoformat()}  # fmt: skip
        with register.open("a") as fh:
            fh.write(json.dumps(entry) + "\n")
    governed.sealflow("retention", "check")
    report = json.loads(capsys.readouterr().out)
    statuses = {d["batch_id"][-8:]: d["status"] for d in report["vendor_deletions"]}
    assert statuses == {"0000aaaa": "overdue", "0000bbbb": "pending",
                        "0000cccc": "awaiting_transcript"}  # fmt: skip
    assert report["vendor_deletions_overdue"] == ["20250101T000000Z-vendor-transcripts-0000aaaa"]


def test_when_keep_is_empty_then_the_audit_log_and_signing_key_still_survive(governed):
    governed.configure(personal_data_delete_on=str(TODAY), keep=[])
    governed.sealflow("retention", "purge", "--yes")
    left = {str(p) for p in _files(governed.work)}
    assert {"audit/audit.jsonl", "audit/audit.jsonl.head"} <= left
    assert "keys/evaluator/evaluator.minisign.key" in left
    assert "keys/survey_token.key" not in left
    (certificate,) = (governed.root / "results/governance").glob("deletion_certificate_*.json")
    verify_file(certificate, governed.evaluator.minisign_public_key_path)
    assert study_audit_log(governed.root).verify() > 0


@pytest.mark.parametrize(
    "retention, message",
    [
        ({"personal_data_delete_on": "30/06/2027"}, "not an ISO date"),
        ({"personal_data_delete_on": "2027-06-30T00:00:00"}, "not an ISO date"),
        ({"keep": ["../config.yaml"]}, "a path inside the workspace"),
        ({"keep": ["keys/../../x"]}, "a path inside the workspace"),
        ({"personal_data_delete_by": "2027-06-30"}, "personal_data_delete_by"),
    ],
    ids=["not-iso", "datetime", "outside", "dot-dot", "unknown-key"],
)
def test_when_the_retention_config_is_bad_then_the_error_names_the_key(
    governed, capsys, retention, message
):
    config = yaml.safe_load(governed.config_file.read_text())
    config["retention"] = retention
    governed.config_file.write_text(yaml.safe_dump(config))
    with pytest.raises(SystemExit):
        governed.sealflow("retention", "check")
    err = capsys.readouterr().err
    assert message in err and "retention" in err


def test_when_an_earlier_purge_was_cut_short_then_the_next_certificate_lists_its_files(governed):
    governed.configure(personal_data_delete_on=str(TODAY))
    governance = governed.root / "results/governance"
    governance.mkdir(parents=True)
    gone = "work/scrub/survey_scrubbed.parquet"  # removed before the cut, so not on disk
    (governance / "purge_in_progress.json").write_text(json.dumps({"paths": [gone]}))
    governed.sealflow("retention", "purge", "--yes")
    (certificate,) = governance.glob("deletion_certificate_*.json")
    body = json.loads(certificate.read_text())
    assert gone in body["paths_removed"]
    assert body["counts"]["files_removed_by_an_interrupted_purge"] == 1
    assert body["counts"]["files"] == len(body["paths_removed"])
    assert not (governance / "purge_in_progress.json").exists()


@pytest.mark.parametrize(
    "command",
    [
        ("subject-access", "export", "--out", "OUT"),
        ("erase",),
        ("request", "open", "--right", "access"),
    ],
    ids=["subject-access", "erase", "request-open"],
)
def test_when_the_study_was_purged_then_a_request_about_a_person_is_refused_in_one_line(
    governed, capsys, tmp_path, command
):
    target = governed.tiny.ids[1]
    governed.sealflow("erase", "--id-file", str(governed.id_file(target)))
    (record,) = (governed.root / "results/governance").glob("erasure_*.json")
    reference = json.loads(record.read_text())["subject_reference"]
    governed.configure(personal_data_delete_on=str(TODAY))
    governed.sealflow("retention", "purge", "--yes")
    capsys.readouterr()
    request = tmp_path / "request.txt"  # the provider asks again, from outside the study
    request.write_text(target + "\n")
    before = [p for p in _files(governed.work) if p.name != "validated-settings.json"]
    args = [str(tmp_path / "out") if a == "OUT" else a for a in command]
    with pytest.raises(SystemExit) as exit_info:
        governed.sealflow(*args, "--id-file", str(request))
    assert exit_info.value.code == 1
    out, err = capsys.readouterr()
    assert "was purged on " + TODAY.isoformat()[:4] in err and "nothing was written" in err
    assert len(err.strip().splitlines()) == 1 and reference not in out + err
    after = [p for p in _files(governed.work) if p.name != "validated-settings.json"]
    assert after == before  # no new key, export or register entry (the config cache aside)
    assert not (tmp_path / "out").exists()
