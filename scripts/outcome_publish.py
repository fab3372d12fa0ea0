"""Rule outcome: publish the outcome that rule outcome_build made and checked.

outcome_build writes into the workspace; only once it has passed are its files copied to
results/outcome/, so a failed build never costs the release already there.
"""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.sdc.outcome_pack import publish_outcome  # noqa: E402

with one_line_errors():
    checks = (snakemake.input.checks, snakemake.output.checks)
    # Inputs and outputs are declared in the same order: each staged file and its release.
    publish_outcome(checks, list(zip(snakemake.input, snakemake.output, strict=True)))
