"""Rule ropa: the record of processing activities (Article 30) from config, parties, audit."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.govern.ropa import write_ropa  # noqa: E402

with one_line_errors():
    config = {**snakemake.config, "root": "."}  # the workdir is the study root
    write_ropa(config, Path(snakemake.output.json), Path(snakemake.output.markdown))
