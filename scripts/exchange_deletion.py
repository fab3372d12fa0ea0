"""Rule deletion_check: each transcript delivery's signed deletion confirmation vs its deadline."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext, check_deletions  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    own = Path(snakemake.input.record)
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    # Every send record beside the rule's own: recordings may have reached a vendor in
    # more than one batch (or before this rule existed), and each counts (as retention's).
    check_deletions(
        ExchangeContext.from_study(study),
        [own, *sorted(p for p in own.parent.glob("*.json") if p != own)],
        Path(snakemake.output.report),
        raise_on_problem=False,  # the report's gate fails instead; the statuses stay
    )
