from __future__ import annotations

import hashlib
import hmac
import json
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.audit import AuditKeyError, AuditLog, load_or_create_key
from sealflow.errors import IntegrityError, SealflowError
from sealflow.seal.keys import new_keys
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey


def _study_log(tmp_path, entries: int = 5, passphrase: str | None = None) -> AuditLog:
    work = tmp_path / "work"
    keys = new_keys("evaluator", work / "keys" / "evaluator", passphrase)
    audit = AuditLog(
        path=work / "audit" / "audit.jsonl",
        secret_key_path=keys.minisign_secret_key_path,
        workspace=work,
    )
    for i in range(entries):
        audit.append("write", f"work/ingest/table{i}.parquet", rows=i)
    return audit


FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


_PRISTINE: dict = {}  # each log as its fixture made it, so every example starts from it


@pytest.fixture
def log(tmp_path):
    return _study_log(tmp_path)


def _rewrite(path, mutate):
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(mutate(lines)))


def _tree(folder):
    return sorted((str(p), p.stat().st_mtime_ns) for p in folder.rglob("*"))


def test_when_untouched_then_verify_counts_every_entry(log):
    assert log.verify() == 5
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.head_path.stat().st_mode) == 0o600


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
        (lambda lines: [], "ends at entry 0 but its signed head records entry 5"),
        (lambda lines: [*lines[:3], "not json\n", *lines[3:]], "line 4 is not an audit entry"),
    ],
    ids=["edit", "delete-middle", "reorder", "truncate", "empty", "garbage"],
)
def test_when_log_is_tampered_then_verify_names_the_line(log, mutate, message):
    _rewrite(log.path, mutate)
    with pytest.raises(IntegrityError, match=message):
        log.verify()


def test_when_tail_is_cut_and_head_rewritten_without_the_key_then_verify_fails(log):
    """The attack that passed before: the head's old signature cannot vouch for a new end."""
    lines = log.path.read_text().splitlines(keepends=True)
    log.path.write_text("".join(lines[:3]))
    head = json.loads(log.head_path.read_text())
    head.update(seq=3, mac=json.loads(lines[2])["mac"])
    log.head_path.write_text(json.dumps(head))
    with pytest.raises(IntegrityError, match="signature does not verify"):
        log.verify()


def test_when_head_signature_is_stripped_then_verify_fails(log):
    head = json.loads(log.head_path.read_text())
    del head["minisig"]
    log.head_path.write_text(json.dumps(head))
    with pytest.raises(IntegrityError, match="not a signed audit head"):
        log.verify()


def test_when_log_and_head_are_deleted_after_the_workflow_ran_then_verify_fails(log):
    ingested = log.workspace / "ingest" / "survey.parquet"
    ingested.parent.mkdir()
    ingested.write_bytes(b"PAR1")
    log.path.unlink()
    log.head_path.unlink()
    with pytest.raises(IntegrityError, match=r"the log was deleted"):
        log.verify()


def test_when_log_is_emptied_and_head_deleted_after_the_workflow_ran_then_verify_fails(log):
    (log.workspace / "received").mkdir()
    (log.workspace / "received" / "admin.csv").write_text("x\n")
    log.path.write_text("")
    log.head_path.unlink()
    with pytest.raises(IntegrityError, match=r"ingest|received"):
        log.verify()


def test_when_a_workspace_was_never_used_then_an_absent_log_verifies_as_empty(tmp_path):
    assert _study_log(tmp_path, entries=0).verify() == 0


def test_when_a_key_beside_the_log_is_replaced_and_the_log_rechained_then_verify_fails(log):
    """The attacker's own chain key and own minisign key: neither is the evaluator's."""
    attacker_key = load_or_create_key(log.workspace / "keys" / "audit.key")
    attacker_signer = MinisignSecretKey.generate()
    prev, rebuilt = "0" * 64, []
    for line in log.path.read_text().splitlines()[:2]:
        entry = json.loads(line)
        entry.pop("mac")
        entry["prev"] = prev
        body = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode()
        prev = hmac.new(attacker_key, prev.encode() + body, hashlib.sha256).hexdigest()
        rebuilt.append(json.dumps({**entry, "mac": prev}) + "\n")
    log.path.write_text("".join(rebuilt))
    message = json.dumps(
        {"format": "sealflow-audit-head/1", "mac": prev, "seq": 2},
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    head = {"seq": 2, "mac": prev, "minisig": sign_bytes(message, attacker_signer)}
    log.head_path.write_text(json.dumps(head))
    with pytest.raises(IntegrityError, match="line 1 was edited"):
        log.verify()


@pytest.mark.parametrize(
    "bad_line",
    [
        b"\xff\xfe\x00binary\n",
        b"[" * 5000 + b"\n",
        b'["a list"]\n',
        b'{"seq": 1}\n',
        b'{"mac": 7, "seq": 1}\n',
        b'{"mac": "\xc3\xa9\xc3\xa9", "seq": 1, "prev": "' + b"0" * 64 + b'"}\n',
        b"x" * (2 * 1024 * 1024) + b"\n",
    ],
    ids=["binary", "deep", "list", "no-mac", "mac-int", "mac-non-ascii", "huge"],
)
def test_when_a_line_is_malformed_then_verify_gives_one_error_naming_it(log, bad_line):
    lines = log.path.read_bytes().splitlines(keepends=True)
    log.path.write_bytes(b"".join([bad_line, *lines]))
    with pytest.raises(IntegrityError, match=r"line 1 (is not an audit entry|was edited)"):
        log.verify()


@FUZZ
@given(garbage=st.binary(max_size=300))
def test_when_any_bytes_replace_a_line_then_verify_raises_only_integrity_error(log, garbage):
    lines = _PRISTINE.setdefault(log.path, log.path.read_bytes()).splitlines(keepends=True)
    log.path.write_bytes(b"".join([lines[0], garbage.replace(b"\n", b" ") + b"\n", *lines[1:]]))
    with pytest.raises(IntegrityError):
        log.verify()


@FUZZ
@given(garbage=st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_when_the_head_is_any_bytes_then_verify_raises_only_integrity_error(log, garbage):
    log.head_path.write_bytes(garbage)
    with pytest.raises(IntegrityError):
        log.verify()


def test_when_the_evaluator_key_is_missing_then_verify_says_so_and_writes_nothing(log):
    log.secret_key_path.unlink()
    before = _tree(log.workspace)
    with pytest.raises(AuditKeyError, match="minisign secret key is missing"):
        log.verify()
    assert _tree(log.workspace) == before
    assert not (log.workspace / "keys" / "audit.key").exists()


def test_when_the_evaluator_key_is_locked_and_no_passphrase_is_set_then_error_names_it(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("SEALFLOW_KEY_PASSPHRASE", "correct horse")
    log = _study_log(tmp_path, entries=2, passphrase="correct horse")
    assert log.verify() == 2
    monkeypatch.delenv("SEALFLOW_KEY_PASSPHRASE")
    with pytest.raises(AuditKeyError, match=r"passphrase.*\$SEALFLOW_KEY_PASSPHRASE"):
        log.verify()


def test_when_appending_after_tampering_then_append_refuses(log):
    _rewrite(log.path, _edit_detail)
    with pytest.raises(IntegrityError):
        log.append("read", "work/ingest/table0.parquet")


def test_when_action_is_unknown_then_append_refuses(log):
    with pytest.raises(ValueError, match="audit action"):
        log.append("peek", "x")


def test_when_head_is_asked_then_it_is_the_last_entry(log):
    last = json.loads(log.path.read_text().splitlines()[-1])
    assert log.head().as_dict() == {"seq": 5, "mac": last["mac"]}


def test_when_errors_are_raised_then_they_are_sealflow_errors(log):
    assert issubclass(AuditKeyError, SealflowError)


def test_when_many_processes_create_the_key_at_once_then_all_get_the_same(tmp_path):
    import multiprocessing

    key_path = tmp_path / "keys" / "audit.key"
    with multiprocessing.get_context("fork").Pool(8) as pool:
        keys = pool.map(load_or_create_key, [key_path] * 32)
    assert len(set(keys)) == 1
    assert keys[0] == key_path.read_bytes()
    assert [p.name for p in key_path.parent.iterdir()] == ["audit.key"]


def _append_many(log: AuditLog, count: int) -> None:
    for i in range(count):
        log.append("write", f"work/outcome/part{i}.csv", rows=i)


def test_when_one_rule_appends_while_another_verifies_then_no_sound_log_reads_as_shortened(log):
    # Two rules of one study run at once: one appends (its line, then the signed head) while
    # the other reads the log and compares its end with the head. Caught in CI as "ends at
    # entry 32 but its signed head records entry 31" on a sound log.
    import multiprocessing

    writer = multiprocessing.get_context("fork").Process(target=_append_many, args=(log, 80))
    writer.start()
    reads = []
    try:
        while writer.is_alive():
            reads.append(log.verify())
            log.entries()
    finally:
        writer.join()
    assert writer.exitcode == 0
    assert log.verify() == 5 + 80
    assert reads and reads == sorted(reads)  # each read saw a whole log, never a shorter one
