"""Rule quote_candidates: participant turns of the scrubbed transcripts, with leakage flags."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.ingest.outputs import StudyAudit  # noqa: E402
from sealflow.sdc.quotes import write_candidates  # noqa: E402

quotes = snakemake.config["outcome"]["quotes"]
write_candidates(
    snakemake.input.transcripts,
    snakemake.input.linked,
    snakemake.output.candidates,
    int(snakemake.config["sdc"].get("k", 10)),
    int(quotes.get("min_words", 12)),
    int(quotes.get("max_words", 120)),
    audit=StudyAudit.for_study(".", snakemake.config["workspace"]),  # workdir: study root
    population_path=snakemake.input.population,
)
