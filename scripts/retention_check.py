"""Rule retention_check: list what retention has made due (files, vendor deletions)."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.govern.retention import write_retention_check  # noqa: E402
from sealflow.govern.settings import GovernSettings  # noqa: E402

with one_line_errors():
    write_retention_check(
        GovernSettings.from_config(snakemake.config, root="."),  # the workdir is the study root
        snakemake.output[0],
    )
