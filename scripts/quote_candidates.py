"""Rule quote_candidates: participant turns of the scrubbed transcripts, with leakage flags."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.errors import ConfigError  # noqa: E402
from sealflow.govern.quotable import quote_scope  # noqa: E402
from sealflow.sdc.quotes import write_candidates  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    quotes = study.outcome.quotes  # the rule runs only when outcome.quotes is set
    if study.sdc is None:
        raise ConfigError("config key sdc: section missing; copy it from config/config.yaml")
    # Through the interview map: no quote of a withdrawn, erased, restricted or objecting
    # interviewee, nor of an interview the map does not hold.
    left_out, mapped = quote_scope(snakemake.config, root=".")
    write_candidates(
        snakemake.input.transcripts,
        snakemake.input.linked,
        snakemake.output.candidates,
        study.sdc.k,
        quotes.min_words,
        quotes.max_words,
        audit=StudyAudit.for_settings(study),
        population_path=snakemake.input.population,
        sdc=study.sdc,  # the provider's key variables, from provenance
        left_out=left_out,
        mapped=mapped,
    )
