"""Rules send_links, send_tokens, send_invitations, transcription: send what the approved
plan allows, once.

Content already sent to the party is not sent again; anything new must be in the signed
approved plan (`sealflow plan approve`), or the rule fails with one line naming the file.
"""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext  # noqa: E402
from sealflow.exchange.plan import send_planned  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    send_planned(
        ExchangeContext.from_study(study),
        study,
        snakemake.rule,
        Path(snakemake.output.record),
    )
