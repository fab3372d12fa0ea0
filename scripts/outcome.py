"""Rule outcome: checked aggregate tables, the checks JSON and reviewer-approved quotes."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.ingest.outputs import StudyAudit  # noqa: E402
from sealflow.sdc.outcome_pack import run_outcome  # noqa: E402

run_outcome(
    snakemake.config["outcome"],
    ".",  # the workdir is the study root
    snakemake.input.linked,
    Path(snakemake.output.checks).parent,
    snakemake.output.checks,
    snakemake.output.quotes,
    audit=StudyAudit.for_study(".", snakemake.config["workspace"]),  # workdir: study root
    figures_path=Path(snakemake.config["workspace"]) / "outcome/check_figures.json",
)
