# Governance (ARCHITECTURE.md stage 13): what retention has made due, listed and never
# deleted here. The purge, subject access and erasure are people's decisions, so they are
# `sealflow` commands (docs/OPERATIONS.md), not targets.


localrules:
    retention_check,


rule retention_check:
    input:
        # Every other target but the report: the check lists the workspace once it is built.
        lambda wildcards: [
            t
            for t in everything_but_the_report(wildcards)
            if not str(t).startswith(results("governance/"))
        ],
    output:
        results("governance/retention.json"),
    log:
        logs("governance/retention_check.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/retention_check.py"


# The record of processing activities (UK GDPR Art. 30), after every stage but the report,
# so its audit summary covers the run.
rule ropa:
    input:
        lambda wildcards: [
            t
            for t in everything_but_the_report(wildcards)
            if not str(t).startswith(results("governance/ropa"))
        ],
    output:
        json=results("governance/ropa.json"),
        markdown=report(
            results("governance/ropa.md"),
            caption="../report/ropa.rst",
            category="Governance",
        ),
    log:
        logs("governance/ropa.log"),
    localrule: True
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/ropa.py"
