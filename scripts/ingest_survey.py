"""Rule ingest_survey: check the survey export; tokens to IDs; quarantine; withdrawals; consent."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.ingest.settings import IngestSettings  # noqa: E402
from sealflow.ingest.tables import ingest_survey  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    ingest_survey(
        snakemake.input.survey_export,
        snakemake.input.roster,
        snakemake.input.withdrawals,
        study.keys.token_key,  # made by the links rule, never a rule output
        snakemake.output.parquet,
        snakemake.output.quarantine,
        snakemake.output.report,
        IngestSettings.from_section(study.ingest),
        StudyAudit.for_settings(study),
    )
