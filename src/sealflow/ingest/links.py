"""Survey links: one unguessable, stable survey token per pseudonymous ID.

The provider gets the links table (pseudonymous_id, survey_token, survey_url) to send each
person their link; the survey platform gets only the token list (survey_token, survey_url),
so it never learns a pseudonymous ID. Tokens are an HMAC under a key kept in the workspace
(``sealflow.ingest.tokens``): stable across runs, so a re-run sends the same links, and
unguessable without the key, so nobody can forge a token or reverse one to an ID. Withdrawn
participants get no link.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import polars as pl

from sealflow.errors import ConfigError, IntegrityError
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.table_schema import table_schema
from sealflow.ingest.tokens import load_or_create_token_key, survey_tokens
from sealflow.ingest.validate import read_table
from sealflow.ingest.withdrawals import purge_withdrawn, withdrawn_ids
from sealflow.workspace import StudyAudit, audit_record, write_csv, write_report

TOKEN_PLACEHOLDER = "{token}"  # noqa: S105 (a template placeholder, not a secret)
# The provider's links table: whom to send which survey link.
LINK_COLUMNS = ("pseudonymous_id", "survey_token", "survey_url")


def token_table(key: bytes, pseudonymous_ids: pl.Series) -> pl.DataFrame:
    """Pair each pseudonymous ID with its survey token; tokens are checked to be distinct."""
    tokens = survey_tokens(key, pseudonymous_ids.to_list())
    table = pl.DataFrame(
        {"pseudonymous_id": pseudonymous_ids, "survey_token": pl.Series(tokens, dtype=pl.String)}
    )
    if table.get_column("survey_token").n_unique() != table.height:
        # 160-bit tokens do not collide by chance; if they do, the key or the IDs are wrong.
        raise IntegrityError(
            "two pseudonymous IDs received the same survey token; check the token key"
        )
    return table


def survey_url(url_template: str) -> pl.Expr:
    """The survey URL of each row's survey_token: every {token} in the template replaced."""
    if TOKEN_PLACEHOLDER not in url_template:
        raise ConfigError(
            f"key links.url_template: {url_template!r} has no {TOKEN_PLACEHOLDER}; expected an "
            f"https URL containing {TOKEN_PLACEHOLDER}"
        )
    parts: list[pl.Expr] = []
    for i, literal in enumerate(url_template.split(TOKEN_PLACEHOLDER)):
        if i:
            parts.append(pl.col("survey_token"))
        parts.append(pl.lit(literal))
    return pl.concat_str(parts).alias("survey_url")


def make_links(
    roster_csv: str | os.PathLike[str],
    withdrawals_csv: str | os.PathLike[str],
    token_key_path: str | os.PathLike[str],
    links_for_provider: str | os.PathLike[str],
    tokens_for_survey: str | os.PathLike[str],
    report_path: str | os.PathLike[str],
    url_template: str,
    settings: IngestSettings,
    audit: StudyAudit | None = None,
) -> dict[str, Any]:
    """Write the provider's links table and the survey platform's token list; return counts.

    Both CSV files hold personal data (0600, in the workspace); the report holds counts only.
    """
    roster = read_table(roster_csv, table_schema("roster"), settings)
    roster, withdrawn = purge_withdrawn(roster, withdrawn_ids(withdrawals_csv, settings))
    key = load_or_create_token_key(Path(token_key_path))
    links = (
        token_table(key, roster.get_column("pseudonymous_id"))
        .lazy()
        .with_columns(survey_url(url_template))
        .collect()
    )
    write_csv(links.select(*LINK_COLUMNS), links_for_provider)
    # The survey platform's list is sorted by token so its order says nothing about the roster's.
    write_csv(links.select("survey_token", "survey_url").sort("survey_token"), tokens_for_survey)
    counts = {"links_made": links.height, "withdrawn_excluded": withdrawn}
    write_report(counts, report_path)
    audit_record(audit, "read", roster_csv, rows=roster.height + withdrawn)
    audit_record(audit, "write", links_for_provider, rows=links.height)
    audit_record(audit, "write", tokens_for_survey, rows=links.height)
    return counts
