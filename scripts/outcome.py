"""Rule outcome: checked aggregate tables, the checks JSON and reviewer-approved quotes."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.govern.quotable import quote_scope  # noqa: E402
from sealflow.sdc.outcome_pack import run_outcome  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

with one_line_errors():
    run_outcome(
        snakemake.config["outcome"],
        ".",  # the workdir is the study root
        snakemake.input.linked,
        Path(snakemake.output.checks).parent,
        snakemake.output.checks,
        snakemake.output.quotes,
        audit=StudyAudit.for_config(snakemake.config, root="."),  # workdir: study root
        figures_path=Path(snakemake.config["workspace"]) / "outcome/check_figures.json",
        # approved quotes of withdrawn, erased, restricted or objecting interviewees stay
        left_out=quote_scope(snakemake.config, root=".")[0],
    )
