"""Rule deposit: the certified bag sealed for the archive and sent; the deposit lock."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.deposit.front import deposit_study  # noqa: E402

deposit_study(snakemake.config, root=".")  # the workdir is the study root
