"""Rule deposit: the certified bag sealed for the archive and sent; the deposit lock."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.deposit.front import deposit_study  # noqa: E402

with one_line_errors():
    deposit_study(snakemake.config, root=".")  # the workdir is the study root
