"""Rule scrub_survey: the survey's free-text columns scrubbed into survey_scrubbed.parquet."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.scrub.stage import scrub_survey_stage  # noqa: E402

with one_line_errors():
    scrub_survey_stage(
        snakemake.input.survey,
        snakemake.output.survey,
        snakemake.output.findings,
        snakemake.output.summary,
        snakemake.output.replaced_values,
        snakemake.config,
        processes=snakemake.threads,
    )
