"""Rule scrub_summary: counts by type and source, and a plot for the report."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.scrub.stage import summary_stage  # noqa: E402

# A study without interviews has no transcripts summary (an empty input list).
SOURCES = {source: getattr(snakemake.input, source, None) for source in ("transcripts", "survey")}
SOURCES = {source: path for source, path in SOURCES.items() if path}

with one_line_errors():
    summary_stage(
        list(SOURCES.values()),
        list(SOURCES),
        snakemake.output.summary,
        snakemake.output.plot,
    )
