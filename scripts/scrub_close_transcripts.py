"""Rule scrub_transcripts: the closed loop over the first pass's transcripts."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.scrub.stage import close_transcripts_stage  # noqa: E402

with one_line_errors():
    close_transcripts_stage(
        snakemake.input.transcripts,
        snakemake.input.replaced_values,
        snakemake.output.transcripts,
        snakemake.output.report,
        snakemake.config,
    )
