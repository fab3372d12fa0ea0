"""Rule plan: every pending send (party, file, rows, column names, size, why) to plan.json."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext  # noqa: E402
from sealflow.exchange.plan import current_plan, write_plan_result  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    ctx = ExchangeContext.from_study(study)
    write_plan_result(current_plan(ctx, study), Path(snakemake.output.plan))
