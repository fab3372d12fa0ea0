"""A copy of a person's data for that person: their rows, without other people's data.

Subject access (Art. 15) and portability (Art. 20) both hand a person what the study holds
about them, and both must not give away other people's data (UK GDPR Art. 15(4) and
Art. 20(4), DPA 2018 Sch. 2 Part 3 para 16). What a person wrote in free text names
colleagues, bases and numbers, and so may a reviewer's or a tool's reasons, so both
exports walk the person's rows through this one module: a column goes in as held only when
a declaration says it holds no prose, prose only as the scrubber left it (``survey_scrubbed``,
the quotes), every other cell withheld (govern/requester_columns.py decides which), unless a
named reviewer checked the raw text (``raw_reviewed_by``, recorded by the caller in the
manifest and the audit log). Both are sealed for the evaluator, the controller who answers
the requester, never for the provider (the requester's employer) unless the requester
chose it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import polars as pl

from sealflow.config import party
from sealflow.errors import ConfigError
from sealflow.govern.holdings import HeldTable, Person, held_tables, present, read_table, rows_about
from sealflow.govern.requester_columns import released_columns
from sealflow.govern.settings import GovernSettings

WITHHELD = "[withheld: may name other people; survey answers as scrubbed are in survey_scrubbed]"


def third_parties_why(article: str) -> str:
    """The manifest's reason for what was withheld, citing the right's own article."""
    return (
        "received transcripts, first-pass copies, recordings and unscrubbed free text may "
        f"name other people (UK GDPR {article}); released only with --raw-reviewed-by after "
        "a reviewer has checked them"
    )


def check_reviewer(raw_reviewed_by: str | None) -> None:
    """A release of raw text names who checked it: a blank name is refused."""
    if raw_reviewed_by is not None and not raw_reviewed_by.strip():
        raise ConfigError("--raw-reviewed-by needs the name of the reviewer who checked them")


@dataclass(frozen=True)
class RequesterRows:
    """One table's rows about the requester, as they may be released."""

    table: HeldTable
    rows: pl.DataFrame
    withheld: tuple[str, ...]  # columns replaced by WITHHELD (rows present only)


def _withhold(rows: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
    return rows.with_columns(
        pl.when(pl.col(c).is_null()).then(None).otherwise(pl.lit(WITHHELD)).alias(c)
        for c in columns
    )


def rows_for_requester(
    settings: GovernSettings, who: Person, raw_reviewed_by: str | None = None
) -> Iterator[RequesterRows]:
    """Every held table that can name the person, with their rows (possibly none).

    Without ``raw_reviewed_by`` a cell is kept only in a column released as held
    (requester_columns); everywhere else it reads WITHHELD (an empty cell stays empty).
    """
    for table in present(held_tables(settings)):
        frame = read_table(table, settings.ingest.delimiter)
        selector = rows_about(frame, table, who)
        if selector is None:
            continue
        rows = frame.filter(selector)
        columns = sorted(set(rows.columns) - released_columns(settings, table.name))
        if not columns or raw_reviewed_by is not None:
            yield RequesterRows(table, rows, ())
            continue
        yield RequesterRows(table, _withhold(rows, columns), tuple(columns) if rows.height else ())


def requester_recipients(settings: GovernSettings, to: str | None) -> tuple[str, list[str]]:
    """Who a copy for the requester is sealed for: the evaluator (the controller, who answers
    the requester), and ``to`` as well when the requester asked for it to go there."""
    parties = settings.study.load_parties()
    evaluator = settings.study.evaluator
    recipients = [party(parties, evaluator)["age_recipient"]]
    if to is None or to == evaluator:
        return evaluator, recipients
    return to, [party(parties, to)["age_recipient"], *recipients]
