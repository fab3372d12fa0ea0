"""Rule ingest: one counts-only ingest report from the per-table reports."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.ingest.tables import combine_reports  # noqa: E402

with one_line_errors():
    combine_reports(list(snakemake.input), snakemake.output[0])
