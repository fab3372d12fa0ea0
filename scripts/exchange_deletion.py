"""Rule deletion_check: each transcript delivery's signed deletion confirmation vs its deadline."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext, check_deletions  # noqa: E402

with one_line_errors():
    check_deletions(
        ExchangeContext.from_settings(snakemake.config, root="."),  # the workdir is the study root
        [Path(snakemake.input.record)],
        Path(snakemake.output.report),
        raise_on_problem=False,  # the report's gate fails instead; the statuses stay
    )
