"""Rule scrub_survey: the closed loop over the first pass's survey free text."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.scrub.settings import ScrubSettings  # noqa: E402
from sealflow.scrub.stage import close_survey_stage  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    settings = ScrubSettings.from_study(study)
    close_survey_stage(
        snakemake.input.survey,
        snakemake.input.replaced_values,
        snakemake.output.survey,
        snakemake.output.report,
        settings,
    )
