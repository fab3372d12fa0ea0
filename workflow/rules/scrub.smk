# Scrub: identifiers out of the survey's free text and the interview transcripts (offline).
# Scrubbed outputs and the replaced values stay in the workspace; findings (type, place,
# score, recognizer: never a value), counts, a plot and the residual scan go to results/.


rule scrub_transcripts:
    input:
        transcripts=config["inputs"]["transcripts"],
    output:
        transcripts=directory(work("scrub/transcripts")),
        replaced_values=work("scrub/replaced_values_transcripts.json"),
        findings=results("scrub/transcripts_findings.jsonl"),
        summary=results("scrub/transcripts_summary.json"),
    log:
        logs("scrub/scrub_transcripts.log"),
    conda:
        "../../envs/sealflow.yaml"
    threads: workflow.cores
    script:
        "../../scripts/scrub_transcripts.py"


rule scrub_survey:
    input:
        survey=work("ingest/survey.parquet"),
    output:
        survey=work("scrub/survey_scrubbed.parquet"),
        replaced_values=work("scrub/replaced_values_survey.json"),
        findings=results("scrub/survey_findings.jsonl"),
        summary=results("scrub/survey_summary.json"),
    log:
        logs("scrub/scrub_survey.log"),
    conda:
        "../../envs/sealflow.yaml"
    threads: workflow.cores
    script:
        "../../scripts/scrub_survey.py"


rule scrub_residual:
    input:
        transcripts=rules.scrub_transcripts.output.transcripts,
        survey=rules.scrub_survey.output.survey,
        replaced_values=[
            rules.scrub_transcripts.output.replaced_values,
            rules.scrub_survey.output.replaced_values,
        ],
    output:
        report=report(
            results("scrub/residual.json"),
            caption="../report/scrub_residual.rst",
            category="De-identification",
        ),
    log:
        logs("scrub/scrub_residual.log"),
    conda:
        "../../envs/sealflow.yaml"
    threads: workflow.cores
    script:
        "../../scripts/scrub_residual.py"


rule scrub_summary:
    input:
        transcripts=rules.scrub_transcripts.output.summary,
        survey=rules.scrub_survey.output.summary,
    output:
        summary=results("scrub/summary.json"),
        plot=report(
            results("scrub/findings_by_type.png"),
            caption="../report/scrub_findings.rst",
            category="De-identification",
        ),
    log:
        logs("scrub/scrub_summary.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/scrub_summary.py"


TARGETS.extend(
    [
        rules.scrub_summary.output.summary,
        rules.scrub_summary.output.plot,
        rules.scrub_residual.output.report,
    ]
)
