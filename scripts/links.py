"""Rule links: the links table for the provider and the token list for the survey platform."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.ingest.links import make_links  # noqa: E402
from sealflow.ingest.settings import IngestSettings  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    make_links(
        snakemake.input.roster,
        snakemake.input.withdrawals,
        study.keys.token_key,  # made on first use, so not an input
        snakemake.output.links_for_provider,
        snakemake.output.tokens_for_survey,
        snakemake.output.report,
        study.links.url_template,
        IngestSettings.from_section(study.ingest),
        StudyAudit.for_settings(study),
    )
