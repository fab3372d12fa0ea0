"""Rule certify: both signatures, the gates and every hash verified; certified.json."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.deposit.front import check  # noqa: E402

with one_line_errors():
    check(snakemake.config, root=".")  # the workdir is the study root
