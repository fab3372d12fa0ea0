"""The exchange context holds the typed `exchange` section: schema defaults, absolute paths."""

from __future__ import annotations

import pytest
from exchange_study import Study

from sealflow.config import schema
from sealflow.exchange.sftp import SftpEndpoint
from sealflow.settings import read_section

SECTION = schema("config.exchange")["properties"]


def test_when_the_study_sets_no_exchange_section_then_the_context_has_the_schema_defaults(
    study: Study,
):
    ctx = study.context()
    root = study.root.resolve()
    for key in ("outgoing", "received", "quarantine", "replay_register", "records"):
        assert ctx.path(key) == root / SECTION[key]["default"]
    assert ctx.exchange.deletion_deadline_days == SECTION["deletion_deadline_days"]["default"]
    sftp = SECTION["sftp"]["properties"]
    assert ctx.exchange.sftp.window_mib == sftp["window_mib"]["default"]
    assert ctx.exchange.sftp.ciphers == tuple(sftp["ciphers"]["default"])


def test_when_a_party_context_names_some_folders_then_the_rest_take_the_schema_defaults(
    study: Study,
):
    provider = study.as_party("provider")
    assert provider.path("records") == study.root / "parties/provider/records"
    assert provider.path("quarantine") == study.root / SECTION["quarantine"]["default"]
    assert provider.audit is None


PARTY_SFTP = schema("parties")["properties"]["parties"]["additionalProperties"]["properties"][
    "sftp"
]["properties"]


def test_when_a_party_names_only_its_server_then_the_endpoint_takes_both_schemas_defaults(
    study: Study,
):
    ctx = study.context()
    entry = {"host": "sftp.example", "user": "study", "known_hosts": "keys/known_hosts"}
    endpoint = SftpEndpoint.from_config("provider", entry, ctx.root, ctx.exchange.sftp)
    sftp = SECTION["sftp"]["properties"]
    assert (endpoint.port, endpoint.inbox, endpoint.outbox) == tuple(
        PARTY_SFTP[key]["default"] for key in ("port", "inbox", "outbox")
    )
    assert endpoint.known_hosts == ctx.root / "keys/known_hosts"
    assert endpoint.identity_file is None
    assert endpoint.timeout == sftp["timeout"]["default"]
    assert endpoint.connect_timeout == sftp["connect_timeout"]["default"]
    assert endpoint.retries == sftp["retries"]["default"]
    assert endpoint.backoff == sftp["backoff_seconds"]["default"]
    assert endpoint.max_backoff == sftp["max_backoff_seconds"]["default"]
    assert endpoint.ciphers == tuple(sftp["ciphers"]["default"])
    assert endpoint.window_size == sftp["window_mib"]["default"] << 20


@pytest.mark.parametrize(
    ("party_timeout", "study_timeout", "expected"), [(None, 12.5, 12.5), (90, 12.5, 90.0)]
)
def test_when_a_party_sets_its_own_timeout_then_it_overrides_the_studys(
    study: Study, party_timeout: float | None, study_timeout: float, expected: float
):
    section = read_section("exchange", {"sftp": {"timeout": study_timeout}}, study.root)
    entry = {"host": "h", "user": "u", "known_hosts": "k", "port": 2222}
    if party_timeout is not None:
        entry["timeout"] = party_timeout
    endpoint = SftpEndpoint.from_config("provider", entry, study.root, section.sftp)
    assert (endpoint.timeout, endpoint.port) == (expected, 2222)


def test_when_the_context_is_built_then_it_offers_no_untyped_view_of_the_section(study: Study):
    assert not hasattr(study.context(), "settings")


@pytest.mark.parametrize("key", ["remove_after_receive", "sftp", "passphrase_env"])
def test_when_a_key_is_not_a_folder_then_path_refuses_it(study: Study, key: str):
    with pytest.raises(KeyError):
        study.context().path(key)
