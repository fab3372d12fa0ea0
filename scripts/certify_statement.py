"""Rule certify_statement: gates, payload and the data manager's signed statement."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.deposit.front import make_statement  # noqa: E402

make_statement(snakemake.config, root=".")  # the workdir is the study root
