"""Rule scrub_residual: the stricter second pass over the scrubbed outputs."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.scrub.settings import ScrubSettings  # noqa: E402
from sealflow.scrub.stage import residual_stage  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

# A study without interviews has no transcripts input (an empty list): the survey only; one
# without a survey has no survey input: the transcripts only.
with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    settings = ScrubSettings.from_study(study, processes=snakemake.threads)
    residual_stage(
        getattr(snakemake.input, "transcripts", None) or None,
        getattr(snakemake.input, "survey", None) or None,
        snakemake.input.replaced_values,
        snakemake.output.report,
        settings,
    )
