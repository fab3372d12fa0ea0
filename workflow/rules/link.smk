# Link: survey answers joined with the administrative extract on pseudonymous ID (one to
# one), with a counts-only match report.


# No survey in this study (common.smk SURVEY): nothing to link.
if SURVEY:

    rule link:
        input:
            survey=rules.ingest_survey.output.parquet,
            admin=rules.ingest_admin.output.parquet,
        output:
            linked=work("link/linked.parquet"),
            report=results("link/match_report.json"),
        log:
            logs("link/link.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/link.py"
