"""Exchange over SFTP against real servers on 127.0.0.1: OpenSSH's sshd (every test), and
gesftpserver, ProFTPD mod_sftp and asyncssh's server for the round trip and the resume
after a kill (the `sftp_server` fixture in conftest.py; tests/services/)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pwd
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
import yaml
from exchange_study import Study, write_study
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sshd_server import DroppingProxy, SshServer, make_ed25519_key

from sealflow.errors import ConfigError, HostKeyError, IntegrityError, TransportError
from sealflow.exchange.flow import make_outgoing, open_received, receive_batches, send_batch
from sealflow.exchange.sftp import SftpEndpoint, SftpTransport
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey
from sealflow.settings import read_section

pytestmark = pytest.mark.sshd


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _give_to_server_user(server: SshServer, path: Path) -> None:
    """Files the test writes on the server side must belong to the SFTP user, as theirs would."""
    entry = pwd.getpwnam(server.user)
    for item in [path, *path.rglob("*")]:
        os.chown(item, entry.pw_uid, entry.pw_gid)


def _endpoint(
    server: SshServer, study_root: Path, port: int | None = None, **overrides
) -> SftpEndpoint:
    known_hosts = study_root / "known_hosts"
    known_hosts.write_text(server.known_hosts_line(port))
    entry = {
        "host": "127.0.0.1",
        "port": port or server.port,
        "user": server.user,
        "known_hosts": str(known_hosts),
        "identity_file": str(server.client_key),
        "inbox": str(server.data / "provider/inbox"),
        "outbox": str(server.data / "provider/outbox"),
        "timeout": 10.0,
    }
    sftp = read_section("exchange", None, study_root).sftp  # the schema's defaults
    endpoint = SftpEndpoint.from_config("provider", entry, study_root, sftp)
    return dataclasses.replace(endpoint, **{"backoff": 0.05, "retries": 4, **overrides})


def _sftp_study(tmp_path: Path, server: SshServer) -> Study:
    study = write_study(tmp_path / "study")
    (study.root / "known_hosts").write_text(server.known_hosts_line())
    entry = study.parties["parties"]["provider"]
    entry["transport"] = "sftp"
    entry["sftp"] = {
        "host": "127.0.0.1",
        "port": server.port,
        "user": server.user,
        "known_hosts": "known_hosts",
        "identity_file": str(server.client_key),
        "inbox": str(server.data / "provider/inbox"),
        "outbox": str(server.data / "provider/outbox"),
        "timeout": 10,
    }
    (study.root / "parties.yaml").write_text(yaml.safe_dump(study.parties))
    for folder in ("provider/inbox", "provider/outbox"):
        (server.data / folder).mkdir(parents=True, exist_ok=True)
    _give_to_server_user(server, server.data / "provider")
    return study


def _plain(tmp_path: Path, size: int = 200_000) -> list[Path]:
    folder = tmp_path / "plain"
    folder.mkdir(exist_ok=True)
    roster = folder / "roster.csv"
    roster.write_bytes(b"pseudonymous_id\n" + os.urandom(size))
    return [roster]


def _provider_batch_in_outbox(study: Study, server: SshServer, plain: list[Path]) -> Path:
    """The provider's side: make a signed batch for us and leave it in its SFTP outbox."""
    provider = study.as_party("provider")
    local = study.root / "parties/provider/outgoing/b"
    manifest = make_outgoing(provider, "evaluator", "extract", plain, local)
    remote = server.data / "provider/outbox" / manifest.batch_id
    shutil.copytree(local, remote)
    _give_to_server_user(server, remote)
    return remote


def test_when_batch_goes_both_ways_then_it_arrives_whole_with_a_receipt(
    sftp_server: SshServer, tmp_path: Path
) -> None:
    sshd = sftp_server
    study = _sftp_study(tmp_path, sshd)
    plain = _plain(tmp_path)
    ctx = study.context()
    batch = study.root / "work/exchange/outgoing/b"
    make_outgoing(ctx, "provider", "links", plain, batch)
    record = send_batch(ctx, "provider", batch)
    remote = sshd.data / "provider/inbox" / record["batch_id"]
    assert sorted(p.name for p in remote.iterdir()) == sorted(p.name for p in batch.iterdir())
    for entry in record["files"]:
        assert _sha(remote / entry["name"]) == entry["sha256"]

    (sshd.data / "provider/outbox/someone-elses.csv").write_text("not ours")
    _provider_batch_in_outbox(study, sshd, plain)
    out = study.root / "work/received/provider"
    report = receive_batches(ctx, "provider", out_dir=out)  # the CLI's: opened as received
    assert len(report.received) == 1 and not report.quarantined
    assert [p.name for p in report.opened] == ["roster.csv"]
    assert _sha(out / "roster.csv") == _sha(plain[0])
    batch_id = report.received[0]["batch_id"]
    assert (sshd.data / "provider/inbox/receipts" / f"{batch_id}.receipt.json").exists()
    assert sorted(p.name for p in (sshd.data / "provider/outbox").iterdir()) == [
        "someone-elses.csv"
    ]
    again = study.root / "work/received/again"  # the kept copy opens as well (workflow)
    open_received(ctx, "provider", again, expect=["roster.csv"])
    assert _sha(again / "roster.csv") == _sha(plain[0])


def test_when_known_hosts_is_hashed_by_ssh_keygen_then_the_pin_still_matches(
    sshd: SshServer, tmp_path: Path
) -> None:
    endpoint = _endpoint(sshd, tmp_path)
    subprocess.run(["ssh-keygen", "-q", "-H", "-f", str(endpoint.known_hosts)], check=True)
    assert endpoint.known_hosts.read_text().startswith("|1|")
    transport = SftpTransport(endpoint)
    assert transport.list_incoming() == []
    transport.close()


def test_when_host_key_is_not_pinned_then_refused_showing_the_fingerprint(
    sshd: SshServer, tmp_path: Path
) -> None:
    endpoint = _endpoint(sshd, tmp_path)
    endpoint.known_hosts.write_text("")
    with pytest.raises(HostKeyError, match=r"SHA256:\S+.*expected: none pinned"):
        SftpTransport(endpoint).list_incoming()


def test_when_host_key_changed_then_refused_showing_seen_and_expected(
    sshd: SshServer, tmp_path: Path
) -> None:
    endpoint = _endpoint(sshd, tmp_path)
    impostor = make_ed25519_key(tmp_path / "impostor")
    key_type, key_b64 = impostor.with_suffix(".pub").read_text().split()[:2]
    endpoint.known_hosts.write_text(f"[127.0.0.1]:{sshd.port} {key_type} {key_b64}\n")
    transport = SftpTransport(endpoint)
    with pytest.raises(
        HostKeyError, match=r"CHANGED.*seen ssh-ed25519 SHA256:.*expected ssh-ed25519 SHA256:"
    ):
        transport.list_incoming()
    assert transport.log.connects == 0


def test_when_client_key_is_not_authorised_then_refused(sshd: SshServer, tmp_path: Path) -> None:
    stranger = make_ed25519_key(tmp_path / "stranger")
    transport = SftpTransport(_endpoint(sshd, tmp_path, identity_file=stranger))
    with pytest.raises(TransportError, match="refused with key"):
        transport.list_incoming()


def test_when_no_key_file_is_named_then_the_agent_key_authenticates(
    sshd: SshServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agent_socket = tmp_path / "agent.sock"
    agent = subprocess.Popen(
        ["ssh-agent", "-D", "-a", str(agent_socket)], stdout=subprocess.DEVNULL
    )
    try:
        for _ in range(200):
            if agent_socket.exists():
                break
            time.sleep(0.01)
        env = {**os.environ, "SSH_AUTH_SOCK": str(agent_socket)}
        subprocess.run(["ssh-add", "-q", str(sshd.client_key)], check=True, env=env)
        monkeypatch.setenv("SSH_AUTH_SOCK", str(agent_socket))
        transport = SftpTransport(_endpoint(sshd, tmp_path, identity_file=None))
        assert transport.list_incoming() == []
        transport.close()
    finally:
        agent.terminate()
        agent.wait()


def test_when_key_file_is_not_ed25519_then_refused_before_connecting(
    sshd: SshServer, tmp_path: Path
) -> None:
    rsa_key = tmp_path / "rsa_key"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", str(rsa_key)], check=True
    )
    with pytest.raises(ConfigError, match="not an OpenSSH ed25519 private key"):
        SftpTransport(_endpoint(sshd, tmp_path, identity_file=rsa_key)).list_incoming()


@pytest.mark.parametrize("direction", ["upload", "download"])
def test_when_connection_drops_mid_transfer_then_it_resumes_to_identical_bytes(
    sshd: SshServer, tmp_path: Path, direction: str
) -> None:
    payload = tmp_path / "sealed.age"
    payload.write_bytes(os.urandom(6 * 1024 * 1024))
    proxy = DroppingProxy(sshd.port, budget=2 * 1024 * 1024)
    try:
        transport = SftpTransport(_endpoint(sshd, tmp_path, port=proxy.port))
        if direction == "upload":  # hashed as it goes: the resumed prefix from the file
            transport.upload(payload, "b-1/sealed.age", sha256=_sha(payload))
            result = sshd.data / "provider/inbox/b-1/sealed.age"
        else:
            remote = sshd.data / "provider/outbox/b-1"
            remote.mkdir(parents=True)
            shutil.copy(payload, remote / "sealed.age")
            _give_to_server_user(sshd, sshd.data / "provider")
            result = tmp_path / "fetched/sealed.age"
            transport.download("b-1/sealed.age", result, payload.stat().st_size, _sha(payload))
        transport.close()
    finally:
        proxy.close()
    assert proxy.cuts >= 1
    assert transport.log.connects == 2
    assert transport.log.resumed_from and 0 < transport.log.resumed_from[0] < payload.stat().st_size
    assert _sha(result) == _sha(payload)
    assert not list(result.parent.glob("*.part"))


def test_when_uploaded_bytes_differ_from_the_expected_hash_then_no_file_is_left_on_the_server(
    sftp_server: SshServer, tmp_path: Path
) -> None:
    payload = tmp_path / "sealed.age"
    payload.write_bytes(os.urandom(3 * 1024 * 1024))
    transport = SftpTransport(_endpoint(sftp_server, tmp_path))
    with pytest.raises(IntegrityError, match="changed since the batch was made"):
        transport.upload(payload, "b-1/sealed.age", sha256="0" * 64)
    transport.upload(payload, "b-1/other.age", sha256=_sha(payload))
    transport.close()
    folder = sftp_server.data / "provider/inbox/b-1"
    assert sorted(p.name for p in folder.iterdir()) == ["other.age"]
    assert _sha(folder / "other.age") == _sha(payload)


def test_when_connection_is_cut_then_only_the_part_file_exists_and_a_rerun_resumes(
    sshd: SshServer, tmp_path: Path
) -> None:
    payload = tmp_path / "sealed.age"
    payload.write_bytes(os.urandom(4 * 1024 * 1024))
    proxy = DroppingProxy(sshd.port, budget=1024 * 1024)
    try:
        failing = SftpTransport(_endpoint(sshd, tmp_path, port=proxy.port, retries=0))
        with pytest.raises(TransportError, match="failed after 1 attempts"):
            failing.upload(payload, "b-1/sealed.age")
        folder = sshd.data / "provider/inbox/b-1"
        assert sorted(p.name for p in folder.iterdir()) == ["sealed.age.part"]
        sshd.restart()
        transport = SftpTransport(_endpoint(sshd, tmp_path, port=proxy.port))
        transport.upload(payload, "b-1/sealed.age")
    finally:
        proxy.close()
    assert transport.log.resumed_from and transport.log.resumed_from[0] > 0
    assert sorted(p.name for p in folder.iterdir()) == ["sealed.age"]
    assert _sha(folder / "sealed.age") == _sha(payload)


def test_when_a_large_upload_goes_to_any_server_then_it_arrives_byte_identical(
    sftp_server: SshServer, tmp_path: Path
) -> None:
    # 48 MiB: gesftpserver stalled paramiko's pipelined writes after 3-7 MB.
    payload = tmp_path / "sealed.age"
    payload.write_bytes(os.urandom(48 * 1024 * 1024))
    transport = SftpTransport(_endpoint(sftp_server, tmp_path))
    transport.upload(payload, "b-1/sealed.age")
    transport.close()
    assert _sha(sftp_server.data / "provider/inbox/b-1/sealed.age") == _sha(payload)
    assert transport.log.connects == 1 and not transport.log.resumed_from


@pytest.mark.parametrize("direction", ["upload", "download"])
def test_when_server_is_killed_mid_transfer_then_retries_resume_after_it_restarts(
    sftp_server: SshServer, tmp_path: Path, direction: str
) -> None:
    sshd = sftp_server
    payload = tmp_path / "sealed.age"
    payload.write_bytes(os.urandom(96 * 1024 * 1024))
    transport = SftpTransport(_endpoint(sshd, tmp_path, retries=8, backoff=0.2))
    if direction == "upload":
        part = sshd.data / "provider/inbox/b-1/sealed.age.part"
        result = sshd.data / "provider/inbox/b-1/sealed.age"
    else:
        remote = sshd.data / "provider/outbox/b-1"
        remote.mkdir(parents=True)
        shutil.copy(payload, remote / "sealed.age")
        _give_to_server_user(sshd, sshd.data / "provider")
        result = tmp_path / "fetched/sealed.age"
        part = result.with_name("sealed.age.part")
    errors: list[BaseException] = []

    def transfer() -> None:
        try:
            if direction == "upload":
                transport.upload(payload, "b-1/sealed.age")
            else:
                transport.download("b-1/sealed.age", result, payload.stat().st_size, _sha(payload))
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=transfer)
    worker.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (part.exists() and part.stat().st_size > 0):
        time.sleep(0.001)
    sshd.stop()  # the listener and the session moving the file
    assert not result.exists()
    time.sleep(0.3)
    sshd.start()
    worker.join(timeout=120)
    assert not errors, errors
    assert transport.log.connects >= 2
    assert transport.log.resumed_from and transport.log.resumed_from[0] > 0
    assert _sha(result) == _sha(payload)
    assert not list(result.parent.glob("*.part"))


def _tamper_on_server(server: SshServer, remote: Path, study: Study) -> None:
    target = next(remote.glob("*.age"))
    data = bytearray(target.read_bytes())
    data[100] ^= 0x01
    target.write_bytes(bytes(data))


def _sign_as_wrong_party(server: SshServer, remote: Path, study: Study) -> None:
    key = MinisignSecretKey.load(study.root / "parties/survey/keys/survey.minisign.key")
    text = sign_bytes((remote / "manifest.json").read_bytes(), key, "not the provider")
    (remote / "manifest.json.minisig").write_text(text)


@pytest.mark.parametrize(
    ("tamper", "error"),
    [(_tamper_on_server, "IntegrityError"), (_sign_as_wrong_party, "SignatureError")],
)
def test_when_batch_on_server_is_bad_then_quarantined_never_decrypted(
    sshd: SshServer, tmp_path: Path, tamper, error: str
) -> None:
    study = _sftp_study(tmp_path, sshd)
    remote = _provider_batch_in_outbox(study, sshd, _plain(tmp_path))
    tamper(sshd, remote, study)
    ctx = study.context()
    report = receive_batches(ctx, "provider")
    assert report.received == [] and [q["error"] for q in report.quarantined] == [error]
    assert not (ctx.path("received") / "provider").exists()
    receipts = sorted((sshd.data / "provider/inbox/receipts").glob("*.receipt.json"))
    # A batch the provider did sign is answered with a signed "rejected" receipt; a forged one
    # is not answered at all.
    assert [json.loads(r.read_text())["status"] for r in receipts] == (
        ["rejected"] if error == "IntegrityError" else []
    )


def test_when_an_unsigned_nested_manifest_sits_first_in_the_outbox_then_the_good_batch_still_arrives(  # noqa: E501
    sshd: SshServer, tmp_path: Path
) -> None:
    study = _sftp_study(tmp_path, sshd)
    bad = sshd.data / "provider/outbox/20250101T000000Z-provider-extract-00000000"
    bad.mkdir()
    (bad / "manifest.json").write_bytes(b"[" * 10_000)
    (bad / "manifest.json.minisig").write_text("untrusted comment: none\nxx\n")
    _give_to_server_user(sshd, bad)
    good = _provider_batch_in_outbox(study, sshd, _plain(tmp_path))
    report = receive_batches(study.context(), "provider")
    assert [r["batch_id"] for r in report.received] == [good.name]
    assert [q["error"] for q in report.quarantined] == ["SignatureError"]
    assert not bad.exists() and not good.exists()


def test_when_a_member_of_a_signed_batch_is_deleted_on_the_server_then_quarantined_and_the_next_arrives(  # noqa: E501
    sshd: SshServer, tmp_path: Path
) -> None:
    """attack17 F3 over SFTP: a listed member gone stopped every receive on a bare OS error."""
    study = _sftp_study(tmp_path, sshd)
    plain = _plain(tmp_path)
    bad = _provider_batch_in_outbox(study, sshd, plain)
    (bad / "roster.csv.age").unlink()
    later = study.root / "parties/provider/outgoing/later"
    manifest = make_outgoing(study.as_party("provider"), "evaluator", "links", plain, later)
    shutil.copytree(later, sshd.data / "provider/outbox" / manifest.batch_id)
    _give_to_server_user(sshd, sshd.data / "provider/outbox")
    report = receive_batches(study.context(), "provider")
    assert [r["batch_id"] for r in report.received] == [manifest.batch_id]
    (quarantined,) = report.quarantined
    assert quarantined["error"] == "IntegrityError"
    assert f"batch {bad.name} holds no such file" in quarantined["reason"]
    outbox = sshd.data / "provider/outbox"  # where it was found, not the inbox we send to
    assert quarantined["reason"].startswith(f"sftp://{sshd.user}@")
    assert f":{outbox} (provider): {bad.name}/manifest.json" in quarantined["reason"]
    assert "'roster.csv.age'" in quarantined["reason"]
    receipt = sshd.data / "provider/inbox/receipts" / f"{bad.name}.receipt.json"
    assert json.loads(receipt.read_text())["status"] == "rejected"
    assert not bad.exists()


def test_when_connection_fails_while_receiving_then_nothing_is_quarantined_and_next_run_resumes(
    sshd: SshServer, tmp_path: Path
) -> None:
    study = _sftp_study(tmp_path, sshd)
    remote = _provider_batch_in_outbox(study, sshd, _plain(tmp_path, size=4 * 1024 * 1024))
    proxy = DroppingProxy(sshd.port, budget=2 * 1024 * 1024)
    try:
        parties = yaml.safe_load((study.root / "parties.yaml").read_text())
        parties["parties"]["provider"]["sftp"]["port"] = proxy.port
        (study.root / "parties.yaml").write_text(yaml.safe_dump(parties))
        (study.root / "known_hosts").write_text(sshd.known_hosts_line(proxy.port))
        config = yaml.safe_load(study.config_path.read_text())
        config["exchange"] = {"sftp": {"retries": 0, "backoff_seconds": 0.05}}
        study.config_path.write_text(yaml.safe_dump(config))
        with pytest.raises(TransportError):
            receive_batches(study.context(), "provider")
        assert remote.is_dir()
        assert not (study.root / "work/exchange/quarantine").exists()
        staged = study.root / "work/exchange/received/.incoming" / remote.name
        assert [p.name for p in staged.iterdir()] == ["roster.csv.age.part"]
        report = receive_batches(study.context(), "provider")
    finally:
        proxy.close()
    assert len(report.received) == 1 and not report.quarantined


def test_when_batch_is_replayed_on_server_then_refused(sshd: SshServer, tmp_path: Path) -> None:
    study = _sftp_study(tmp_path, sshd)
    remote = _provider_batch_in_outbox(study, sshd, _plain(tmp_path))
    kept = tmp_path / "copy"
    shutil.copytree(remote, kept)
    ctx = study.context()
    assert len(receive_batches(ctx, "provider").received) == 1
    shutil.copytree(kept, remote)
    _give_to_server_user(sshd, remote)
    report = receive_batches(ctx, "provider")
    assert [q["error"] for q in report.quarantined] == ["ReplayError"]


HOSTILE = st.sampled_from(
    ["../../escape.age", "/etc/passwd", "~/.ssh/authorized_keys", "a\x00b", "sub/dir.age",
     "\u202eage.exe", "line\nfeed.age", ".."]
) | st.text(min_size=1, max_size=10).map(lambda t: "../" + t)  # fmt: skip


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE)
def test_when_manifest_on_server_lists_hostile_name_then_quarantined(
    sshd: SshServer, tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    study = _sftp_study(tmp_path_factory.mktemp("hostile"), sshd)
    batch_id = "20260101T000000Z-provider-extract-hostile"
    remote = sshd.data / "provider/outbox" / batch_id
    remote.mkdir(parents=True, exist_ok=True)
    body = {
        "format": "sealflow-batch/1", "batch_id": batch_id, "sender": "provider",
        "recipient": "evaluator", "purpose": "extract", "created": "2026-01-01T00:00:00+00:00",
        "files": [{"name": name, "size": 1, "sha256": "0" * 64}],
    }  # fmt: skip
    data = json.dumps(body).encode()
    key = MinisignSecretKey.load(study.root / "parties/provider/keys/provider.minisign.key")
    (remote / "manifest.json").write_bytes(data)
    (remote / "manifest.json.minisig").write_text(sign_bytes(data, key, "hostile"))
    _give_to_server_user(sshd, sshd.data / "provider")
    report = receive_batches(study.context(), "provider")
    assert [q["error"] for q in report.quarantined] == ["PathSafetyError"]
    assert not list(study.root.glob("work/exchange/received/provider/*"))
