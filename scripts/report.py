"""Rule report: the de-identification report (HTML and JSON) from results/."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115

from sealflow.report import write_report  # noqa: E402

write_report(
    snakemake.params.results_dir,
    snakemake.output.html,
    snakemake.output.json,
    snakemake.config["study"]["name"],
)
