"""Rule ingest_admin: check the administrative extract, purge withdrawals, write Parquet."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.ingest.settings import IngestSettings  # noqa: E402
from sealflow.ingest.tables import ingest_keyed_table  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    ingest_keyed_table(
        "admin_extract",
        snakemake.input.admin_extract,
        snakemake.input.withdrawals,
        snakemake.output.parquet,
        snakemake.output.report,
        IngestSettings.from_section(study.ingest),
        StudyAudit.for_settings(study),
    )
