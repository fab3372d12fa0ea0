"""Which columns of the held tables a copy for the requester may hold as they are held.

A copy for one person must not give away other people's data (UK GDPR Art. 15(4), 20(4)).
Prose that people or tools write (survey answers, a reviewer's reasons, the leakage
check's reasons, which quote words the scrubber left) may name anyone, so a column is
released as held only when a declaration says it holds no prose:

- an input table's column, from the study's table schema: prose when it says
  ``free_text: true`` (``ingest.free_text`` columns do), or when it says nothing and is
  text without allowed values (a text column the study forgot to declare is withheld,
  not released);
- a workspace table's column, from the constants of the code that writes it (the quote
  files' ``sdc.quotes.STRUCTURED_COLUMNS``, the links, the interview lists);
- a scrubbed table's scrubbed columns (``survey_scrubbed``'s ``scrub.survey_columns``,
  the quote files' quote, taken from the scrubbed transcripts).

Every other column, one a received file carries that no schema names among them, is
withheld. Prose wins over a structured declaration of the same name in another table.
"""

from __future__ import annotations

from sealflow.govern.interviews import MAP_COLUMNS, RESPONSE_COLUMNS
from sealflow.govern.names import PSEUDONYMOUS_ID, SURVEY_TOKEN
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.links import LINK_COLUMNS
from sealflow.ingest.profiles import INPUT_TABLES
from sealflow.ingest.table_schema import ColumnSpec
from sealflow.sdc import quotes

# Columns the workspace's own writers add, none of them prose.
WORKSPACE_STRUCTURED = frozenset(
    {PSEUDONYMOUS_ID, SURVEY_TOKEN, *LINK_COLUMNS, *MAP_COLUMNS, *RESPONSE_COLUMNS,
     *quotes.STRUCTURED_COLUMNS}
)  # fmt: skip
QUOTE_TABLES = frozenset({"quote_candidates", "quote_approvals"})


def is_prose(spec: ColumnSpec) -> bool:
    """Whether people write prose in the column: as declared, else text without a list."""
    if spec.free_text is not None:
        return spec.free_text
    return spec.dtype == "str" and spec.allowed is None and spec.id_kind is None


def _input_columns(settings: GovernSettings) -> list[ColumnSpec]:
    return [spec for table in INPUT_TABLES for spec in settings.ingest.schema_for(table).columns]


def prose_columns(settings: GovernSettings) -> frozenset[str]:
    """Every column name that holds prose in some table (withheld wherever it is held)."""
    declared = {spec.name for spec in _input_columns(settings) if is_prose(spec)}
    study = settings.study
    return frozenset(
        declared
        | set(study.scrub.survey_columns)
        | set(study.ingest.free_text or ())
        | set(quotes.PROSE_COLUMNS)
    )


def scrubbed_columns(settings: GovernSettings, table: str) -> frozenset[str]:
    """The columns of ``table`` that hold prose as the scrubber left it."""
    if table == "survey_scrubbed":
        return frozenset(settings.study.scrub.survey_columns)
    if table in QUOTE_TABLES:
        return frozenset(quotes.SCRUBBED_COLUMNS)
    return frozenset()


def released_columns(settings: GovernSettings, table: str) -> frozenset[str]:
    """The columns of ``table`` a copy for the requester holds as held (the rest withheld)."""
    structured = {spec.name for spec in _input_columns(settings)} | WORKSPACE_STRUCTURED
    return frozenset(structured - prose_columns(settings)) | scrubbed_columns(settings, table)
