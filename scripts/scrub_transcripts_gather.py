"""Rule scrub_transcripts (sharded): the shards joined into work/scrub/transcripts/."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.scrub.stage import gather_transcripts_stage  # noqa: E402

with one_line_errors():
    gather_transcripts_stage(
        snakemake.input.transcripts,
        snakemake.input.findings,
        snakemake.input.summaries,
        snakemake.input.replaced_values,
        snakemake.output.transcripts,
        snakemake.output.findings,
        snakemake.output.summary,
        snakemake.output.replaced_values,
    )
