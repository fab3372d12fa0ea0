"""Names governance shares with the exchange's withdrawal screen: two key columns and the
withdrawn documents list.

A module of constants only, so that `sealflow receive` can screen opened files without
importing holdings.py and registry.py (they read tables with polars: 0.2-0.3 s of import).
"""

PSEUDONYMOUS_ID = "pseudonymous_id"
SURVEY_TOKEN = "survey_token"  # noqa: S105 (a column name)
WITHDRAWN_DOCUMENTS = "withdrawn_documents.csv"
# The interview map's status of someone it keeps though out of the draw (govern/interviews.py).
NOT_ELIGIBLE = "no_longer_eligible"
