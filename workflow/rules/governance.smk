# Governance (ARCHITECTURE.md stage 13): what retention has made due, listed and never
# deleted here. The purge, subject access and erasure are people's decisions, so they are
# `sealflow` commands (docs/OPERATIONS.md), not targets.


localrules:
    retention_check,


rule retention_check:
    input:
        withdrawals=config["inputs"]["withdrawals"],
        # After the recordings went out: their vendor deletion is part of what is due.
        sent=[rules.transcription.output.record] if VENDORS else [],
    output:
        report(
            results("governance/retention.json"),
            caption="../report/retention.rst",
            category="Governance",
        ),
    log:
        logs("governance/retention_check.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/retention_check.py"


TARGETS.append(results("governance/retention.json"))
