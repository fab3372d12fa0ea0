from __future__ import annotations

import json
import stat

import pytest

from sealflow.audit import AuditLog
from sealflow.errors import IntegrityError


@pytest.fixture
def log(tmp_path):
    audit = AuditLog(
        path=tmp_path / "audit" / "audit.jsonl", key_path=tmp_path / "keys" / "audit.key"
    )
    for i in range(5):
        audit.append("write", f"work/ingest/table{i}.parquet", rows=i)
    return audit


def _rewrite(path, mutate):
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(mutate(lines)))


def test_when_untouched_then_verify_counts_every_entry(log):
    assert log.verify() == 5
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.key_path.stat().st_mode) == 0o600


def _edit_detail(lines):
    entry = json.loads(lines[2])
    entry["details"]["rows"] = 99
    lines[2] = json.dumps(entry, sort_keys=True) + "\n"
    return lines


@pytest.mark.parametrize(
    "mutate, message",
    [
        (_edit_detail, "line 3 was edited"),
        (lambda lines: lines[:1] + lines[2:], "line 2 breaks the chain"),
        (lambda lines: [lines[1], lines[0], *lines[2:]], "line 1 breaks the chain"),
        (lambda lines: lines[:-1], "entries were removed from the end"),
        (lambda lines: [*lines[:3], "not json\n", *lines[3:]], "line 4 is not an audit entry"),
    ],
    ids=["edit", "delete-middle", "reorder", "truncate", "garbage"],
)
def test_when_log_is_tampered_then_verify_names_the_line(log, mutate, message):
    _rewrite(log.path, mutate)
    with pytest.raises(IntegrityError, match=message):
        log.verify()


def test_when_key_differs_then_every_mac_fails(log, tmp_path):
    other = AuditLog(path=log.path, key_path=tmp_path / "other.key")
    with pytest.raises(IntegrityError, match="line 1 was edited"):
        other.verify()


def test_when_appending_after_tampering_then_append_refuses(log):
    _rewrite(log.path, _edit_detail)
    with pytest.raises(IntegrityError):
        log.append("read", "work/ingest/table0.parquet")


def test_when_action_is_unknown_then_append_refuses(log):
    with pytest.raises(ValueError, match="audit action"):
        log.append("peek", "x")


def test_when_many_processes_create_the_key_at_once_then_all_get_the_same(tmp_path):
    import multiprocessing

    from sealflow.audit import load_or_create_key

    key_path = tmp_path / "keys" / "audit.key"
    with multiprocessing.get_context("fork").Pool(8) as pool:
        keys = pool.map(load_or_create_key, [key_path] * 32)
    assert len(set(keys)) == 1
    assert keys[0] == key_path.read_bytes()
    assert [p.name for p in key_path.parent.iterdir()] == ["audit.key"]
