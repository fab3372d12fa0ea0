"""Rule scrub_transcripts: the closed loop over the first pass's transcripts."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.scrub.stage import close_transcripts_stage  # noqa: E402

close_transcripts_stage(
    snakemake.input.transcripts,
    snakemake.input.replaced_values,
    snakemake.output.transcripts,
    snakemake.output.report,
    snakemake.config,
)
