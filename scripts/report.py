"""Rule report: the de-identification report (HTML and JSON) from results/."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115

from pathlib import Path  # noqa: E402

from sealflow.report import write_report  # noqa: E402

# The report lives in results/report/, so results/ is its grandparent.
write_report(
    Path(snakemake.output.json).parent.parent,
    snakemake.output.html,
    snakemake.output.json,
    snakemake.config["study"]["name"],
)
