"""International transfers: nothing leaves for a party without a lawful route.

The model privacy notice promises that personal data goes outside the UK only to countries
with an adequacy decision or under standard contractual clauses. So each party declares the
country where it processes data, and one outside the UK declares its transfer basis; every
send checks it before a byte leaves, and the record of processing lists the transfers.
What this cannot check: that the declaration is true (it is the data manager's statement,
kept in parties.yaml and in the audit log with each send).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from sealflow.errors import ConfigError

UK = "GB"


@cache
def adequate_countries() -> frozenset[str]:
    """Countries covered by a UK adequacy regulation (uk_adequacy.yaml beside this module)."""
    text = (resources.files("sealflow.exchange") / "uk_adequacy.yaml").read_text(encoding="utf-8")
    return frozenset(yaml.safe_load(text)["countries"])


def transfer_route(name: str, entry: dict[str, Any]) -> dict[str, str]:
    """How data reaches party ``name`` lawfully: {"country", "basis", "reference"}.

    Raises a ConfigError naming the party and the parties.yaml key to set when the party
    declares no country, or is outside the UK without a valid basis.
    """
    country = entry.get("country")
    if not country:
        raise ConfigError(
            f"parties.yaml: party {name!r} declares no country; set parties.{name}.country "
            "(ISO 3166 code, GB for the UK) before anything is sent to it"
        )
    if country == UK:
        return {"country": country, "basis": "within the UK", "reference": ""}
    basis = entry.get("transfer_basis") or {}
    kind, reference = basis.get("type"), basis.get("reference", "")
    if kind is None:
        raise ConfigError(
            f"parties.yaml: party {name!r} is in {country}, outside the UK, with no transfer "
            f"basis; set parties.{name}.transfer_basis (type adequacy or scc, and reference)"
        )
    if kind == "adequacy" and country not in adequate_countries():
        raise ConfigError(
            f"parties.yaml: party {name!r}: {country} has no UK adequacy regulation; set "
            f"parties.{name}.transfer_basis.type to scc with the signed contract's reference"
        )
    if not reference.strip():
        raise ConfigError(
            f"parties.yaml: party {name!r}: parties.{name}.transfer_basis.reference is empty"
        )
    return {"country": country, "basis": kind, "reference": reference}
