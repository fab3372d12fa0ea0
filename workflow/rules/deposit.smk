# Certify and deposit (stages 11 and 12): the certification statement signed by the data
# manager, the reviewer's countersignature (a human step the workflow cannot do), and the
# sealed BagIt deposit to the archive. Not in TARGETS: they are asked for by name
# (`snakemake certify`, `snakemake deposit`), so a failing gate stops them and nothing else.

_CERTIFY_DIR = (config.get("certify") or {}).get("dir", results("certify"))
_DEPOSIT_RECORDS = (config.get("deposit") or {}).get("records", results("deposit"))


# No survey in this study (common.smk SURVEY): no anonymised table to certify or deposit.
if SURVEY:

    rule certify_statement:
        input:
            anonymised=rules.anonymise.output.anonymised,
            risk=rules.anonymise.output.risk,
            report_html=rules.report.output.html,
            report_json=rules.report.output.json,
        output:
            statement=f"{_CERTIFY_DIR}/certification.json",
            signature=f"{_CERTIFY_DIR}/certification.json.minisig",
        log:
            logs("certify/certify_statement.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/certify_statement.py"

    rule certify:
        input:
            statement=rules.certify_statement.output.statement,
            signature=rules.certify_statement.output.signature,
            # Made by the reviewer by hand after reading the statement and the report:
            # `sealflow certify countersign --config config.yaml --key REVIEWER.minisign.key`.
            countersignature=f"{_CERTIFY_DIR}/certification.json.reviewer.minisig",
        output:
            certified=report(
                f"{_CERTIFY_DIR}/certified.json",
                caption="../report/certify.rst",
                category="Certification",
            ),
        log:
            logs("certify/certify.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/certify.py"

    rule deposit:
        input:
            certified=rules.certify.output.certified,
        output:
            # The send record. The lock (deposited.json) is deliberately not an output: Snakemake
            # deletes outputs before a forced rerun, and the lock must survive it and refuse.
            record=protected(f"{_DEPOSIT_RECORDS}/sent.json"),
        log:
            logs("deposit/deposit.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/deposit.py"
