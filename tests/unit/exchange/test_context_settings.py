"""The exchange context holds the typed `exchange` section: schema defaults, absolute paths."""

from __future__ import annotations

import pytest
from exchange_study import Study

from sealflow.config import schema

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


def test_when_the_transports_read_the_plain_view_then_it_holds_every_key_as_text(study: Study):
    view = study.context().settings
    assert set(view) == set(SECTION)
    assert view["sftp"]["retries"] == SECTION["sftp"]["properties"]["retries"]["default"]
    assert isinstance(view["records"], str) and view["records"].startswith("/")


@pytest.mark.parametrize("key", ["remove_after_receive", "sftp", "passphrase_env"])
def test_when_a_key_is_not_a_folder_then_path_refuses_it(study: Study, key: str):
    with pytest.raises(KeyError):
        study.context().path(key)
