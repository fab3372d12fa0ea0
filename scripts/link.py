"""Rule link: survey answers joined with the administrative extract; match report."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.link.join import link_survey_admin  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    link_survey_admin(
        snakemake.input.survey,
        snakemake.input.admin,
        snakemake.output.linked,
        snakemake.output.report,
        StudyAudit.for_settings(study),
    )
