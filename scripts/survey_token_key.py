"""Rule survey_token_key: create the survey-token HMAC key (32 random bytes, 0600) once."""

import sys
from pathlib import Path

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.ingest.tokens import load_or_create_token_key  # noqa: E402

load_or_create_token_key(Path(snakemake.output[0]))
