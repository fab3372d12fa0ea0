"""Rule deletion_check: each transcript delivery's signed deletion confirmation vs its deadline."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext, check_deletions  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    check_deletions(
        ExchangeContext.from_study(study),
        [Path(snakemake.input.record)],
        Path(snakemake.output.report),
        raise_on_problem=False,  # the report's gate fails instead; the statuses stay
    )
