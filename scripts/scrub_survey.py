"""Rule scrub_survey: the survey's free-text columns scrubbed into survey_scrubbed.parquet."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.scrub.settings import ScrubSettings  # noqa: E402
from sealflow.scrub.stage import scrub_survey_stage  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    settings = ScrubSettings.from_study(study, processes=snakemake.threads)
    scrub_survey_stage(
        snakemake.input.survey,
        snakemake.output.survey,
        snakemake.output.findings,
        snakemake.output.summary,
        snakemake.output.replaced_values,
        settings,
    )
