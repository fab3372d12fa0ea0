"""International transfers: a send reaches a party only on a declared, valid route."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from exchange_study import Study

from sealflow.errors import ConfigError
from sealflow.exchange.flow import make_outgoing, send_batch
from sealflow.exchange.transfers import adequate_countries, transfer_route


@pytest.mark.parametrize(
    "entry, expected",
    [
        ({"country": "GB"}, {"country": "GB", "basis": "within the UK", "reference": ""}),
        (
            {"country": "IE", "transfer_basis": {"type": "adequacy", "reference": "EEA"}},
            {"country": "IE", "basis": "adequacy", "reference": "EEA"},
        ),
        (
            {"country": "IN", "transfer_basis": {"type": "scc", "reference": "IDTA 2026-17"}},
            {"country": "IN", "basis": "scc", "reference": "IDTA 2026-17"},
        ),
    ],
)
def test_when_a_party_declares_a_valid_route_then_it_is_returned(entry, expected):
    assert transfer_route("vendor", entry) == expected


@pytest.mark.parametrize(
    "entry, message",
    [
        ({}, r"party 'vendor' declares no country; set parties.vendor.country"),
        ({"country": "US"}, r"outside the UK, with no transfer basis; set parties.vendor"),
        (
            {"country": "IN", "transfer_basis": {"type": "adequacy", "reference": "none"}},
            r"IN has no UK adequacy regulation; set parties.vendor.transfer_basis.type to scc",
        ),
        (
            {"country": "IN", "transfer_basis": {"type": "scc", "reference": "  "}},
            r"parties.vendor.transfer_basis.reference is empty",
        ),
    ],
)
def test_when_a_route_is_missing_or_invalid_then_the_error_names_party_and_key(entry, message):
    with pytest.raises(ConfigError, match=message):
        transfer_route("vendor", entry)


def test_when_the_adequacy_list_is_read_then_it_holds_the_eea_and_not_the_uk():
    countries = adequate_countries()
    assert {"IE", "FR", "NO", "JP", "CH"} <= countries
    assert "GB" not in countries and "IN" not in countries


def test_when_a_party_has_no_transfer_basis_then_nothing_reaches_its_dropbox(
    study: Study, plain_files: list[Path]
) -> None:
    parties_path = study.root / "parties.yaml"
    parties = yaml.safe_load(parties_path.read_text())
    parties["parties"]["provider"]["country"] = "US"
    parties_path.write_text(yaml.safe_dump(parties))
    ctx = study.context()
    batch = study.root / "work/exchange/outgoing/b"
    make_outgoing(ctx, "provider", "links", plain_files, batch)
    with pytest.raises(ConfigError, match="party 'provider' is in US, outside the UK"):
        send_batch(ctx, "provider", batch)
    assert not list((study.root / "dropbox/provider").glob("*"))
    parties["parties"]["provider"]["transfer_basis"] = {"type": "scc", "reference": "IDTA-1"}
    parties_path.write_text(yaml.safe_dump(parties))
    record = send_batch(study.context(), "provider", batch)
    assert record["transfer"] == {"country": "US", "basis": "scc", "reference": "IDTA-1"}
