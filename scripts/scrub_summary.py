"""Rule scrub_summary: counts by type and source, and a plot for the report."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.scrub.stage import summary_stage  # noqa: E402

with one_line_errors():
    summary_stage(
        [snakemake.input.transcripts, snakemake.input.survey],
        ["transcripts", "survey"],
        snakemake.output.summary,
        snakemake.output.plot,
    )
