"""Rule scrub_survey: the survey's free-text columns scrubbed into survey_scrubbed.parquet."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.scrub.stage import scrub_survey_stage  # noqa: E402

scrub_survey_stage(
    snakemake.input.survey,
    snakemake.output.survey,
    snakemake.output.findings,
    snakemake.output.summary,
    snakemake.output.replaced_values,
    snakemake.config,
    processes=snakemake.threads,
)
