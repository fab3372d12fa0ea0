"""Rule certify_statement: gates, payload and the data manager's signed statement."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.deposit.front import make_statement  # noqa: E402
from sealflow.govern.scrub_coverage import scrub_coverage  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    make_statement(snakemake.config, root=".", coverage=scrub_coverage(study))
