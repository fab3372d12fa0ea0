"""Rule receive: fetch, verify and receipt a party's new batches (ciphertext kept, not opened)."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext, receive_to  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    receive_to(
        ExchangeContext.from_study(study),
        snakemake.wildcards.party,
        Path(snakemake.output.report),
    )
