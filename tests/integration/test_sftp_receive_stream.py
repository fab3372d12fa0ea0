"""`receive --out` over SFTP opens each member while it downloads: against a real sshd, a
connection cut mid-file resumes with the kept prefix fed to the decryption again, and a
cut that is not retried leaves no plaintext and the batch receivable."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from exchange_study import Study
from sshd_server import DroppingProxy, SshServer
from test_sftp_exchange import _plain, _provider_batch_in_outbox, _sftp_study

from sealflow.errors import TransportError
from sealflow.exchange.flow import receive_batches

pytestmark = pytest.mark.sshd


def _through(study: Study, sshd: SshServer, proxy: DroppingProxy, retries: int) -> None:
    parties = yaml.safe_load((study.root / "parties.yaml").read_text())
    parties["parties"]["provider"]["sftp"]["port"] = proxy.port
    (study.root / "parties.yaml").write_text(yaml.safe_dump(parties))
    (study.root / "known_hosts").write_text(sshd.known_hosts_line(proxy.port))
    config = yaml.safe_load(study.config_path.read_text())
    config["exchange"] = {"sftp": {"retries": retries, "backoff_seconds": 0.05}}
    study.config_path.write_text(yaml.safe_dump(config))


def _holding(study: Study, needle: bytes) -> list[Path]:
    return [p for p in (study.root / "work").rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_when_the_connection_drops_mid_file_then_the_resumed_one_pass_opens_identical_bytes(
    sshd: SshServer, tmp_path: Path
) -> None:
    study = _sftp_study(tmp_path, sshd)
    plain = _plain(tmp_path, size=4 * 1024 * 1024)
    _provider_batch_in_outbox(study, sshd, plain)
    proxy = DroppingProxy(sshd.port, budget=2 * 1024 * 1024)
    out = study.root / "work/received/provider"
    try:
        _through(study, sshd, proxy, retries=4)
        report = receive_batches(study.context(), "provider", out_dir=out, screen=lambda _: True)
    finally:
        proxy.close()
    assert proxy.cuts >= 1
    assert len(report.received) == 1 and not report.quarantined
    assert (out / "roster.csv").read_bytes() == plain[0].read_bytes()
    assert list((study.root / "work").rglob("*.opening")) == []


def test_when_a_cut_is_not_retried_then_no_plaintext_is_left_and_the_next_run_opens_it(
    sshd: SshServer, tmp_path: Path
) -> None:
    study = _sftp_study(tmp_path, sshd)
    plain = _plain(tmp_path, size=4 * 1024 * 1024)
    _provider_batch_in_outbox(study, sshd, plain)
    marker = plain[0].read_bytes()[16:4096]  # random bytes only the plaintext holds
    proxy = DroppingProxy(sshd.port, budget=2 * 1024 * 1024)
    out = study.root / "work/received/provider"
    try:
        _through(study, sshd, proxy, retries=0)
        with pytest.raises(TransportError):
            receive_batches(study.context(), "provider", out_dir=out, screen=lambda _: True)
        assert _holding(study, marker) == []
        assert not (study.root / "work/exchange/quarantine").exists()
        report = receive_batches(study.context(), "provider", out_dir=out, screen=lambda _: True)
    finally:
        proxy.close()
    assert len(report.received) == 1 and not report.quarantined
    assert (out / "roster.csv").read_bytes() == plain[0].read_bytes()
