"""Rules open_*: decrypt the verified batches of the given parties into the workspace.

With ``params.vendors`` (rule open_transcripts), each vendor opens into a folder of its own
and only transcripts for recordings sent to that vendor are opened (exchange/vendors.py).
"""

import os
import sys
from pathlib import Path

console = sys.stderr
sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.exchange.flow import ExchangeContext, open_into  # noqa: E402
from sealflow.exchange.vendors import open_transcripts_into  # noqa: E402
from sealflow.govern.screen import withdrawn_screen  # noqa: E402
from sealflow.govern.settings import GovernSettings  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402


def warn(line: str) -> None:
    """A refusal is worth a line in the log and on the console the run was started from."""
    for stream in (sys.stderr, console):
        print(line, file=stream, flush=True)


with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    ctx = ExchangeContext.from_study(study)
    # Withdrawn people's rows and interviews are dropped as each batch is decrypted.
    screen = withdrawn_screen(GovernSettings.from_study(study))
    if getattr(snakemake.params, "vendors", None):
        open_transcripts_into(
            ctx, list(snakemake.params.vendors), Path(snakemake.params.folder), screen, warn
        )
    else:
        open_into(ctx, list(snakemake.params.senders), [Path(p) for p in snakemake.output], screen)
    # A directory() output gets Snakemake's .snakemake_timestamp; made here first, it is 0600
    # like everything else in the workspace (Snakemake only updates its time when it exists).
    for folder in (Path(p) for p in snakemake.output if Path(p).is_dir()):
        os.close(os.open(folder / ".snakemake_timestamp", os.O_CREAT | os.O_WRONLY, 0o600))
