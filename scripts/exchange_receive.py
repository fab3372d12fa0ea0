"""Rule receive: fetch, verify and receipt a party's new batches (ciphertext kept, not opened)."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext, receive_to  # noqa: E402

with one_line_errors():
    receive_to(
        ExchangeContext.from_settings(snakemake.config, root="."),  # the workdir is the study root
        snakemake.wildcards.party,
        Path(snakemake.output.report),
    )
