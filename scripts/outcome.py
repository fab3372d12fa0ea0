"""Rule outcome_build: checked aggregate tables, the checks JSON and reviewer-approved quotes,
written to the workspace's staging folder; rule outcome publishes them once this has passed."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.errors import ConfigError  # noqa: E402
from sealflow.govern.quotable import quote_scope  # noqa: E402
from sealflow.sdc.outcome_pack import run_outcome  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    if study.outcome is None:
        raise ConfigError("config key outcome: section missing; copy it from config/config.yaml")
    run_outcome(
        study.outcome,
        study.root,
        snakemake.input.linked,
        Path(snakemake.output.checks).parent,
        snakemake.output.checks,
        snakemake.output.quotes,
        audit=StudyAudit.for_settings(study),
        figures_path=study.workspace / "outcome/check_figures.json",
        # approved quotes of withdrawn, erased, restricted or objecting interviewees stay
        left_out=quote_scope(snakemake.config, root=".")[0],
        # staged in the workspace (work/outcome/staged/): private until outcome publishes it
        mode=0o600,
    )
