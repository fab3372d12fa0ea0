"""Rule anonymise: linked table to anonymised microdata (k-anonymity, l-diversity) + risk JSON."""

import sys

sys.stderr = open(snakemake.log[0], "w")  # noqa: SIM115 (stays open for the whole job)

from sealflow.adapters import one_line_errors  # noqa: E402
from sealflow.errors import ConfigError  # noqa: E402
from sealflow.govern.events import record_pseudonymous_id_deleted  # noqa: E402
from sealflow.sdc.anonymise import anonymise  # noqa: E402
from sealflow.settings import StudySettings  # noqa: E402
from sealflow.workspace import StudyAudit  # noqa: E402

with one_line_errors():
    study = StudySettings.from_config(snakemake.config, root=".")  # workdir: the study root
    if study.sdc is None:
        raise ConfigError("config key sdc: section missing; copy it from config/config.yaml")
    anonymise(
        study.sdc,
        snakemake.input.linked,
        snakemake.output.anonymised,
        snakemake.output.risk,
        scrubbed_path=snakemake.input.scrubbed,
        population_path=snakemake.input.population,  # the provider's extract: who it holds
        audit=StudyAudit.for_settings(study),
        # Which parties are the provider and the survey platform (by role, not by name).
        roles={name: entry["role"] for name, entry in study.load_parties()["parties"].items()},
    )
    # The privacy notice's event, recorded once.
    record_pseudonymous_id_deleted(study)
