"""Rule scrub_transcripts_shard: one shard (every n-th file) of the transcripts scrubbed."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.govern.quotable import scrub_scope  # noqa: E402
from sealflow.scrub.settings import ScrubSettings  # noqa: E402
from sealflow.scrub.stage import scrub_transcripts_stage  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    settings = ScrubSettings.from_study(study, processes=snakemake.threads)
    scrub_transcripts_stage(
        snakemake.input.transcripts,
        snakemake.output.transcripts,
        snakemake.output.findings,
        snakemake.output.summary,
        snakemake.output.replaced_values,
        settings,
        left_out=scrub_scope(snakemake.config, root="."),  # restricted, objecting, withdrawn
        shard=(int(snakemake.wildcards.shard), int(snakemake.params.shards)),
    )
