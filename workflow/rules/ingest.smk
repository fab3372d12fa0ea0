# Ingest: each input table checked against its schema (workflow/schemas/tables/) and written
# as Parquet in the workspace; survey tokens mapped back to pseudonymous IDs (unknown tokens
# quarantined), non-consenting answers excluded, withdrawn participants purged from every
# table. Each rule writes a counts-only report; `ingest` combines them.


rule ingest_roster:
    input:
        roster=config["inputs"]["roster"],
        withdrawals=config["inputs"]["withdrawals"],
        restricted=restricted_list,
    output:
        parquet=work("ingest/roster.parquet"),
        report=results("ingest/roster.json"),
    log:
        logs("ingest/ingest_roster.log"),
    localrule: True
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/ingest_roster.py"


rule ingest_admin:
    input:
        admin_extract=config["inputs"]["admin_extract"],
        withdrawals=config["inputs"]["withdrawals"],
        restricted=restricted_list,
    output:
        parquet=work("ingest/admin.parquet"),
        report=results("ingest/admin.json"),
    log:
        logs("ingest/ingest_admin.log"),
    localrule: True
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/ingest_admin.py"


# No survey in this study (common.smk SURVEY): no survey answers to read.
if SURVEY:

    rule ingest_survey:
        input:
            survey_export=config["inputs"]["survey_export"],
            roster=config["inputs"]["roster"],
            withdrawals=config["inputs"]["withdrawals"],
            restricted=restricted_list,
            # The survey answers come back keyed by the tokens `links` made (under the token key,
            # which `links` creates on first use): so links runs first on a fresh study.
            tokens=rules.links.output.tokens_for_survey,
        output:
            parquet=work("ingest/survey.parquet"),
            quarantine=work("ingest/quarantine/survey_unknown_tokens.parquet"),
            report=results("ingest/survey.json"),
        log:
            logs("ingest/ingest_survey.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/ingest_survey.py"


rule ingest_report:
    input:
        rules.ingest_roster.output.report,
        rules.ingest_admin.output.report,
        [rules.ingest_survey.output.report] if SURVEY else [],
    output:
        results("ingest/ingest_report.json"),
    log:
        logs("ingest/ingest.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/ingest_report.py"


# The `ingest` target: every output of ingest and of the stages it reads (links, the batches
# taken in). A rule with no output, so it asks for each file itself: Snakemake remakes a
# missing file only for a job that runs, and after a failed ingest (which removes that
# table's outputs) the combined report of the run before still stood, so `snakemake ingest`
# said "Nothing to be done".
rule ingest:
    input:
        links_outputs,
        inbound_outputs,
        ingest_outputs,
    localrule: True
