"""Rule links: the links table for the provider and the token list for the survey platform."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.config import section_defaults  # noqa: E402
from sealflow.ingest.links import make_links  # noqa: E402
from sealflow.ingest.settings import IngestSettings  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

links_config = {**section_defaults("links"), **snakemake.config.get("links", {})}
with one_line_errors():
    make_links(
        snakemake.input.roster,
        snakemake.input.withdrawals,
        snakemake.config["keys"]["token_key"],  # made on first use, so not an input
        snakemake.output.links_for_provider,
        snakemake.output.tokens_for_survey,
        snakemake.output.report,
        links_config["url_template"],
        IngestSettings.from_config(snakemake.config),
        StudyAudit.for_config(snakemake.config, root="."),  # the workdir is the study root
    )
