"""Rule quote_candidates: participant turns of the scrubbed transcripts, with leakage flags."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.sdc.quotes import write_candidates  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

with one_line_errors():
    quotes = snakemake.config["outcome"]["quotes"]
    write_candidates(
        snakemake.input.transcripts,
        snakemake.input.linked,
        snakemake.output.candidates,
        int(snakemake.config["sdc"].get("k", 10)),
        int(quotes.get("min_words", 12)),
        int(quotes.get("max_words", 120)),
        audit=StudyAudit.for_config(snakemake.config, root="."),  # workdir: study root
        population_path=snakemake.input.population,
        sdc=snakemake.config["sdc"],  # the provider's key variables, from provenance
    )
