"""Rule interview_selection: the seeded draw, the invitation list and the interview map."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.govern.interviews import InterviewSettings, select_interviewees  # noqa: E402

with one_line_errors():
    select_interviewees(
        InterviewSettings.from_config(snakemake.config, root=".")  # workdir: the study root
    )
