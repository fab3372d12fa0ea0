"""Rules open_*: decrypt the verified batches of the given parties into the workspace."""

import os
import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext, open_into  # noqa: E402
from sealflow.govern.screen import withdrawn_screen  # noqa: E402
from sealflow.govern.settings import GovernSettings  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    opened = open_into(
        ExchangeContext.from_study(study),
        list(snakemake.params.senders),
        [Path(p) for p in snakemake.output],
        # Withdrawn people's rows and interviews are dropped as each batch is decrypted.
        screen=withdrawn_screen(GovernSettings.from_study(study)),
    )
    # A directory() output gets Snakemake's .snakemake_timestamp; made here first, it is 0600
    # like everything else in the workspace (Snakemake only updates its time when it exists).
    for folder in (Path(p) for p in snakemake.output if Path(p).is_dir()):
        os.close(os.open(folder / ".snakemake_timestamp", os.O_CREAT | os.O_WRONLY, 0o600))
