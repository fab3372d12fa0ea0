"""Rules send_links, send_tokens, transcription: seal the inputs for a party and send them."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext, send_files  # noqa: E402

with one_line_errors():
    send_files(
        ExchangeContext.from_settings(snakemake.config, root="."),  # the workdir is the study root
        snakemake.params.to,
        snakemake.params.purpose,
        [Path(p) for p in snakemake.input],
        Path(snakemake.output.record),
    )
