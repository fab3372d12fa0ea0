"""Which party already holds each released column, and so which columns are key variables.

A configured list of quasi-identifiers is a guess at what an intruder knows; provenance
is a fact. Every column of the linked table arrived from some party (the administrative
extract from the provider, the answers from the survey platform), and that party still
holds it, with its own pseudonymous IDs beside it. So for a release to a recipient, every
released column that the recipient, or a party it may collude with (by default the
provider, which holds the whole staff file and reads the outcome pack), already holds can
be joined back: it is a key variable. The configured quasi-identifiers are a floor.

A held column must be handled in one of three ways before anything is released: as a key
variable (it gets a hierarchy and counts in every class), dropped, or declared public with
a written reason the report shows (e.g. a column every party could know anyway). Anything
else is refused: a column that slips through unprotected is exactly the linking column of
issue 15 (programme group and turnover status joined 1 in 100 released rows to one person).

The survey platform is such a party too when a study lists it: it holds every answer it
collected, per response (and, for a signed-in form, the respondent's name and email beside
them). Its columns are the linked table's columns the provider's extract did not bring
(the link joins the two on pseudonymous ID, so whatever the extract lacks came from the
survey export). Free text it holds cannot be generalised: scrubbed text still matches the
answer as written, so a free-text column a colluder holds is withheld (`held_free_text`),
unless declared public with a reason.

Parties are found by their role in parties.yaml, never by their name: a study may call its
survey platform `qualtrics` and its provider `hr`. `sdc.colluding_parties` names parties
or roles (the default `[provider]` is a role, so it holds whatever the provider is called);
an entry that is neither is refused in one line, since a colluder that matches nothing
would silently protect nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import polars as pl

from sealflow.config import schema
from sealflow.errors import ConfigError
from sealflow.settings import SdcSection

PROVIDER = "provider"
SURVEY = "survey"


@dataclass(frozen=True)
class Provenance:
    """For each column, the parties that hold it (a column may arrive from several)."""

    holders: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_tables(
        cls, tables: Mapping[str, Iterable[str]], ignore: Iterable[str] = ()
    ) -> Provenance:
        """From {party: the columns of the table it sent}, e.g. {"provider": admin.columns}."""
        skip = set(ignore)
        holders: dict[str, set[str]] = {}
        for party, columns in tables.items():
            for column in columns:
                if column not in skip:
                    holders.setdefault(column, set()).add(party)
        return cls({c: frozenset(p) for c, p in holders.items()})

    def held_by(self, parties: Iterable[str]) -> set[str]:
        """The columns any of ``parties`` holds."""
        wanted = set(parties)
        return {c for c, held in self.holders.items() if held & wanted}


def colluding_parties(sdc: SdcSection) -> tuple[str, ...]:
    """``sdc.colluding_parties``: parties a recipient may pool data with (the schema's
    default: the provider)."""
    return tuple(str(p) for p in sdc.colluding_parties)


def party_roles() -> tuple[str, ...]:
    """The roles parties.yaml may give a party (its schema's enum: provider, survey...)."""
    entry = schema("parties")["properties"]["parties"]["additionalProperties"]
    return tuple(entry["properties"]["role"]["enum"])


def parties_with_role(roles: Mapping[str, str], role: str) -> tuple[str, ...]:
    """The parties ``roles`` ({party: role}, from parties.yaml) gives ``role``, or the role's
    own name when none has it (a table of the library's own, with no parties.yaml)."""
    named = tuple(party for party, given in roles.items() if given == role)
    return named or (role,)


def resolve_colluders(named: Sequence[str], roles: Mapping[str, str]) -> tuple[str, ...]:
    """``sdc.colluding_parties`` as party names: a party of parties.yaml stands for itself, a
    role for every party that has it (none, when the study has no such party).

    Anything else is refused: `qualtrcs` for `qualtrics` would otherwise leave the platform's
    answers released as they are while the config reads as if they were protected.
    """
    known_roles = party_roles()
    resolved: list[str] = []
    for entry in named:
        if entry in roles:
            resolved.append(entry)
        elif entry in known_roles:
            resolved.extend(p for p, role in roles.items() if role == entry)
        else:
            raise ConfigError(
                f"sdc.colluding_parties: {entry!r} is neither a party in parties.yaml "
                f"(defined: {', '.join(sorted(roles))}) nor a role "
                f"({', '.join(known_roles)}); name the party or its role"
            )
    return tuple(dict.fromkeys(resolved))


def with_parties(sdc: SdcSection, roles: Mapping[str, str]) -> SdcSection:
    """``sdc`` with its colluding parties resolved against parties.yaml (see above)."""
    return replace(sdc, colluding_parties=resolve_colluders(sdc.colluding_parties, roles))


def public_columns(sdc: SdcSection) -> dict[str, str]:
    """``sdc.public_columns``: {column: written reason}; a blank reason is refused."""
    public = dict(sdc.public_columns)
    for column, reason in public.items():
        if not str(reason or "").strip():
            raise ConfigError(
                f"sdc.public_columns.{column}: give the written reason this column may be "
                "released as it is (the report shows it)"
            )
    return {str(c): str(r).strip() for c, r in public.items()}


@dataclass(frozen=True)
class KeyVariables:
    """The key variables of one release and how each held column was handled."""

    recipient: str
    parties: tuple[str, ...]
    configured: tuple[str, ...]
    held: tuple[str, ...]
    sensitive_held: tuple[str, ...]
    public: Mapping[str, str]
    holders: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def report(self) -> dict[str, Any]:
        """For the risk JSON: who may join what (column names only)."""
        return {
            "recipient": self.recipient,
            "colluding_parties": list(self.parties),
            "configured_quasi_identifiers": list(self.configured),
            "held_by_recipient_or_colluders": list(self.held),
            # Per released column a party holds: which of the recipient and its colluders.
            "held_by": {c: list(p) for c, p in self.holders.items()},
            "sensitive_held_as_key_variables": list(self.sensitive_held),
            "public_columns": dict(self.public),
        }


def key_variables(
    released_columns: Sequence[str],
    provenance: Provenance,
    sdc: SdcSection,
    recipient: str = "archive",
    refuse_unhandled: bool = True,
) -> KeyVariables:
    """The key variables of releasing ``released_columns`` to ``recipient``, or a refusal.

    A sensitive column the provider holds is a key variable for the provider: l-diversity
    only protects a value the intruder does not know, and the provider knows every staff
    member's turnover status, so for the provider it is one more column to join on. It is
    still diversity-checked, over the classes of the other key variables, against readers
    who do not hold it.

    ``refuse_unhandled=False`` is for checks that do not release the column as microdata
    (the outcome pack's quotes): a held column that is not configured is simply one more
    key variable to look for, not a reason to refuse.
    """
    parties = (recipient, *colluding_parties(sdc))
    configured = tuple(sdc.quasi_identifiers)
    sensitive = set(sdc.sensitive)
    public = public_columns(sdc)
    held = provenance.held_by(parties)
    released = [c for c in released_columns if c in held]
    unhandled = [
        c for c in released if c not in configured and c not in sensitive and c not in public
    ]
    if unhandled and refuse_unhandled:
        column = unhandled[0]
        holders = ", ".join(sorted(provenance.holders[column] & set(parties)))
        more = (
            f" (and {len(unhandled) - 1} more: {', '.join(unhandled[1:])})" if unhandled[1:] else ""
        )
        raise ConfigError(
            f"sdc: column {column!r} is released and {holders} already holds it, so it can "
            f"link rows back{more}; either add it to sdc.quasi_identifiers (a key variable), "
            "add it to sdc.drop_columns, or declare it in sdc.public_columns with a written reason"
        )
    return KeyVariables(
        recipient=recipient,
        parties=tuple(dict.fromkeys(parties)),
        configured=configured,
        held=tuple(c for c in released if c not in public),
        sensitive_held=tuple(c for c in released if c in sensitive),
        public={c: r for c, r in public.items() if c in released_columns},
        holders={c: tuple(sorted(provenance.holders[c] & set(parties))) for c in released},
    )


def held_free_text(
    free_text: Sequence[str],
    released_columns: Sequence[str],
    provenance: Provenance,
    sdc: SdcSection,
    recipient: str = "archive",
) -> dict[str, tuple[str, ...]]:
    """The free-text columns the recipient or a colluder holds as written: {column: parties}.

    No hierarchy coarsens a sentence, and scrubbing leaves most of it, so the party that
    collected an answer finds its respondent by the text alone (each answer is all but
    unique). Such a column is withheld; one declared in ``sdc.public_columns`` is left to
    that written reason.
    """
    parties = {recipient, *colluding_parties(sdc)}
    public = public_columns(sdc)
    return {
        c: tuple(sorted(provenance.holders[c] & parties))
        for c in free_text
        if c in released_columns
        and c not in public
        and provenance.holders.get(c, frozenset()) & parties
    }


def provenance_of_population(population: pl.DataFrame | None, party: str = PROVIDER) -> Provenance:
    """The provider holds every column of its extract (the population)."""
    if population is None:
        return Provenance()
    return Provenance.from_tables({party: population.columns}, ignore=("pseudonymous_id",))


def provenance_of_link(
    linked_columns: Sequence[str],
    population: pl.DataFrame | None,
    roles: Mapping[str, str] | None = None,
) -> Provenance:
    """The provider holds its extract's columns; the survey platform every other column of
    the linked table (its answers, free text as written, consent, submission times).

    ``roles`` ({party: role}, from parties.yaml) says which parties those are, whatever
    they are called; without it they are the parties named `provider` and `survey`.
    Without the extract the two cannot be told apart, and nothing is known to be held.
    """
    if population is None:
        return Provenance()
    roles = roles or {}
    answers = [c for c in linked_columns if c not in population.columns]
    tables: dict[str, list[str]] = {}
    for party in parties_with_role(roles, PROVIDER):
        tables[party] = list(population.columns)
    for party in parties_with_role(roles, SURVEY):
        tables.setdefault(party, []).extend(answers)
    return Provenance.from_tables(tables, ignore=("pseudonymous_id",))
