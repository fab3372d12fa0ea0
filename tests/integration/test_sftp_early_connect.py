"""`sealflow receive` opens its SSH connection while it validates the configuration
(exchange/early_connect.py): against a real sshd, the connection is used only when the
validated settings name the same endpoint, is closed unused otherwise, and every refusal
(a bad configuration, a changed host key) reads as it did without it."""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

import pytest
import yaml
from sshd_server import SshServer, make_ed25519_key
from test_sftp_exchange import _plain, _provider_batch_in_outbox, _sftp_study

from sealflow.cli import exchange_run
from sealflow.errors import ConfigError, HostKeyError
from sealflow.exchange import early_connect, sftp
from sealflow.exchange.sftp import SftpTransport
from sealflow.exchange.tcp_ahead import TcpAhead

pytestmark = pytest.mark.sshd


@pytest.fixture
def handshakes(monkeypatch: pytest.MonkeyPatch) -> list[sftp._Handshake]:
    """Every connection started ahead in the test, kept for a look after it was claimed."""
    started: list[sftp._Handshake] = []
    real = sftp._Handshake

    def recorded(endpoint: sftp.SftpEndpoint, tcp: TcpAhead | None = None) -> sftp._Handshake:
        handshake = real(endpoint, tcp)
        started.append(handshake)
        return handshake

    monkeypatch.setattr(sftp, "_Handshake", recorded)
    return started


def _is_open(handshake: sftp._Handshake) -> bool:
    handshake.thread.join()
    assert handshake.session is not None, handshake.error
    transport = handshake.session.client.get_transport()
    return transport is not None and transport.is_active()


def test_when_receive_runs_then_its_transport_uses_the_connection_opened_ahead(
    sshd: SshServer,
    tmp_path: Path,
    handshakes: list[sftp._Handshake],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    taken: list[socket.socket | None] = []  # what the handshake got from tcp_ahead.py
    real_take = TcpAhead.take

    def recorded_take(self: TcpAhead, host: str, port: int) -> socket.socket | None:
        taken.append(real_take(self, host, port))
        return taken[-1]

    monkeypatch.setattr(TcpAhead, "take", recorded_take)
    study = _sftp_study(tmp_path, sshd)
    early_connect.connect_ahead(study.config_path, "provider")
    assert len(handshakes) == 1
    transport = study.context().transport("provider")  # from the validated settings
    assert isinstance(transport, SftpTransport)
    try:
        assert transport.list_incoming() == []
        assert transport.log.connects == 1
        assert transport._session is handshakes[0].session
        ssh = transport._session.client.get_transport()
        assert taken and taken[0] is not None and ssh is not None and ssh.sock is taken[0]
        assert sftp._HANDSHAKES == {}
    finally:
        transport.close()
        early_connect.close_unclaimed()


def test_when_the_validated_endpoint_differs_then_the_early_connection_is_closed_unused(
    sshd: SshServer, tmp_path: Path, handshakes: list[sftp._Handshake]
) -> None:
    study = _sftp_study(tmp_path, sshd)
    early_connect.connect_ahead(study.config_path, "provider")
    endpoint = study.context().transport("provider").endpoint  # type: ignore[attr-defined]
    other = SftpTransport(dataclasses.replace(endpoint, timeout=endpoint.timeout + 1))
    try:
        other.list_incoming()
        assert other._session is not handshakes[0].session
        assert _is_open(handshakes[0])
    finally:
        other.close()
        early_connect.close_unclaimed()
    assert not _is_open(handshakes[0]) and sftp._HANDSHAKES == {}


@pytest.mark.parametrize(
    "party, expected",
    [
        ("provider", ["roster.csv"]),  # over SFTP: opened ahead
        ("survey", []),  # a drop-box: nothing to open ahead
    ],
)
def test_when_the_cli_receives_then_the_batch_opens_and_no_connection_is_left(
    sshd: SshServer,
    tmp_path: Path,
    handshakes: list[sftp._Handshake],
    party: str,
    expected: list[str],
) -> None:
    study = _sftp_study(tmp_path, sshd)
    plain = _plain(tmp_path)
    _provider_batch_in_outbox(study, sshd, plain)
    out = tmp_path / "opened"
    exchange_run.receive(party, out, study.config_path)
    assert (sorted(p.name for p in out.iterdir()) if out.exists() else []) == expected
    assert len(handshakes) == len(expected)
    assert sftp._HANDSHAKES == {}
    assert not any(_is_open(handshake) for handshake in handshakes)


def test_when_the_config_is_invalid_then_the_validation_error_stands_and_nothing_stays_open(
    sshd: SshServer, tmp_path: Path, handshakes: list[sftp._Handshake]
) -> None:
    study = _sftp_study(tmp_path, sshd)
    _provider_batch_in_outbox(study, sshd, _plain(tmp_path))
    config = yaml.safe_load(study.config_path.read_text())
    config["exchange"] = {"remove_after_receive": "sometimes"}  # read ahead, refused after
    study.config_path.write_text(yaml.safe_dump(config))
    with pytest.raises(ConfigError, match="remove_after_receive"):
        exchange_run.receive("provider", tmp_path / "opened", study.config_path)
    assert len(handshakes) == 1 and not _is_open(handshakes[0])
    assert sftp._HANDSHAKES == {}
    assert not (tmp_path / "opened").exists()
    assert len(list((sshd.data / "provider/outbox").iterdir())) == 1  # left as it was


def test_when_the_host_key_changed_then_the_early_connection_refuses_as_before(
    sshd: SshServer, tmp_path: Path, handshakes: list[sftp._Handshake]
) -> None:
    study = _sftp_study(tmp_path, sshd)
    impostor = make_ed25519_key(tmp_path / "impostor")
    pinned = Path(f"{impostor}.pub").read_text().split()
    (study.root / "known_hosts").write_text(f"[127.0.0.1]:{sshd.port} {pinned[0]} {pinned[1]}\n")
    with pytest.raises(HostKeyError, match="CHANGED its host key"):
        exchange_run.receive("provider", tmp_path / "opened", study.config_path)
    assert len(handshakes) == 1 and isinstance(handshakes[0].error, HostKeyError)
    assert sftp._HANDSHAKES == {}


def test_when_the_config_is_invalid_then_its_error_does_not_wait_for_a_silent_host(
    tmp_path: Path, sshd: SshServer, handshakes: list[sftp._Handshake]
) -> None:
    study = _sftp_study(tmp_path, sshd)
    silent = socket.create_server(("127.0.0.1", 0))  # takes the connection, never answers
    parties = yaml.safe_load((study.root / "parties.yaml").read_text())
    parties["parties"]["provider"]["sftp"]["port"] = silent.getsockname()[1]
    (study.root / "parties.yaml").write_text(yaml.safe_dump(parties))
    config = yaml.safe_load(study.config_path.read_text())
    config["exchange"] = {"remove_after_receive": "sometimes", "sftp": {"connect_timeout": 120}}
    study.config_path.write_text(yaml.safe_dump(config))
    try:
        with pytest.raises(ConfigError, match="remove_after_receive"):
            exchange_run.receive("provider", tmp_path / "opened", study.config_path)
        assert handshakes[0].thread.is_alive()  # still waiting for a banner: not waited for
        assert sftp._HANDSHAKES == {}
    finally:
        silent.close()
    handshakes[0].thread.join()
    assert handshakes[0].session is None and handshakes[0].error is not None


@pytest.mark.parametrize("one_step", [False, True], ids=["made-batch", "send-purpose"])
def test_when_send_runs_then_it_uses_the_early_connection_and_uploads_only_a_verified_batch(
    sshd: SshServer,
    tmp_path: Path,
    handshakes: list[sftp._Handshake],
    one_step: bool,
) -> None:
    """`sealflow send` opens its connection ahead too: a sound batch goes over it; of an
    altered one nothing stays on the server and no manifest goes, and the connection is
    closed."""
    from sealflow.errors import IntegrityError
    from sealflow.exchange.flow import make_outgoing

    study = _sftp_study(tmp_path, sshd)
    plain = _plain(tmp_path)
    inbox = sshd.data / "provider/inbox"
    if one_step:
        record = exchange_run.send(plain, "provider", study.config_path, purpose="links")
    else:
        batch = study.root / "work/exchange/outgoing/b1"
        make_outgoing(study.context(), "provider", "links", plain, batch)
        record = exchange_run.send([batch], "provider", study.config_path)
    assert len(handshakes) == 1 and handshakes[0].session is not None
    assert (inbox / record["batch_id"] / "manifest.json").is_file()
    altered = study.root / "work/exchange/outgoing/b2"
    make_outgoing(study.context(), "provider", "links", plain, altered)
    sealed = next(altered.glob("*.age"))
    sealed.write_bytes(sealed.read_bytes()[:-1] + b"\0")
    with pytest.raises(IntegrityError, match="SHA-256 differs"):
        exchange_run.send([altered], "provider", study.config_path)
    # its file was checked as it went, removed, and the manifest never went
    left = [p for p in inbox.rglob("*") if p.is_file() and record["batch_id"] not in str(p)]
    assert left == []
    assert len(handshakes) == 2 and not _is_open(handshakes[1])
    assert sftp._HANDSHAKES == {}
