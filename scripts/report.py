"""Rule report: the de-identification report (HTML and JSON) from results/."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115

from pathlib import Path  # noqa: E402

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.shape import study_shape  # noqa: E402
from sealflow.govern.scrub_coverage import scrub_coverage  # noqa: E402
from sealflow.report import write_report  # noqa: E402
from sealflow.report.audit_status import audit_status  # noqa: E402
from sealflow.report.render import write_section_pages  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

# The report lives in results/report/, so results/ is its grandparent.
with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    # The stages this study's shape leaves out, and why: the report says so.
    off = study_shape(study, study.load_parties()).off
    # Received transcripts without a scrubbed copy, by name (the "every document scrubbed" gate).
    coverage = scrub_coverage(study)
    write_report(
        Path(snakemake.output.json).parent.parent,
        snakemake.output.html,
        snakemake.output.json,
        study.study.name,
        # The audit log is verified, only its count reported.
        audit=audit_status(study),
        stages_off=off,
        coverage=coverage,
    )
    write_section_pages(
        Path(snakemake.output.json).parent.parent,
        Path(snakemake.output.summary).parent,
        study.study.name,
        stages_off=off,
        coverage=coverage,
    )
