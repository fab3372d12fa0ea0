"""Rule certify: both signatures, the gates and every hash verified; certified.json."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.deposit.front import check  # noqa: E402

check(snakemake.config, root=".")  # the workdir is the study root
