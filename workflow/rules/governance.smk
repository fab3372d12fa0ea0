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
            if t != results("governance/retention.json")
        ],
    output:
        results("governance/retention.json"),
    log:
        logs("governance/retention_check.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/retention_check.py"
