# Anonymise and outcome: statistical disclosure control of the linked table for the archive
# (k-anonymity, l-diversity, risk report) and checked aggregates plus reviewer-approved
# quotations for the provider. Free text comes from the scrub stage (scrub.smk).

import sealflow.govern.quotable
import sealflow.sdc.outcome_pack

_OUTCOME = config.get("outcome") or {"tables": []}
_QUOTES = _OUTCOME.get("quotes") or {}
# The reviewer's signed approvals join the inputs once they exist, and their signature
# once it exists (sdc/outcome_pack.py): no quote leaves unsigned. Who may be quoted follows
# the interview map, withdrawals and restrictions (govern/quotable.py).
_QUOTES_MADE = bool(INTERVIEWS and _QUOTES.get("candidates"))


# No survey in this study (common.smk SURVEY): no linked table to anonymise or tabulate.
if SURVEY:

    rule anonymise:
        input:
            linked=rules.link.output.linked,
            scrubbed=rules.scrub_survey.output.survey,
            # The provider's whole extract: the population a released row is measured against.
            population=rules.ingest_admin.output.parquet,
        output:
            anonymised=work("anonymise/anonymised.parquet"),
            risk=results("anonymise/risk.json"),
        log:
            logs("anonymise/anonymise.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/anonymise.py"

    # The outcome is built in the workspace and published to results/outcome/ only once it
    # has passed: Snakemake removes a failed job's outputs (and a job's outputs before it
    # runs), so a failure of outcome_build touches only its staging copy and the release
    # already in results/outcome/ stays as it was.
    rule outcome_build:
        input:
            linked=rules.link.output.linked,
            # Counted (candidates, flagged) in checks.json even before any approval; a study
            # without interviews has no candidates (quote_candidates is off).
            candidates=(_QUOTES.get("candidates") if INTERVIEWS else None) or [],
            approvals=lambda wildcards: sealflow.sdc.outcome_pack.approval_inputs(
                _QUOTES, _QUOTES_MADE
            ),
            quote_scope=lambda wildcards: sealflow.govern.quotable.scope_files(config),
        output:
            tables=expand(
                work("outcome/staged/{table}.csv"),
                table=[t["name"] for t in _OUTCOME["tables"]],
            ),
            checks=work("outcome/staged/checks.json"),
            quotes=work("outcome/staged/quotes.csv"),
        log:
            logs("outcome/outcome.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/outcome.py"

    rule outcome:
        input:
            tables=rules.outcome_build.output.tables,
            checks=rules.outcome_build.output.checks,
            quotes=rules.outcome_build.output.quotes,
        output:
            tables=report(
                expand(
                    results("outcome/{table}.csv"),
                    table=[t["name"] for t in _OUTCOME["tables"]],
                ),
                caption="../report/outcome.rst",
                category="Outcome tables",
            ),
            checks=results("outcome/checks.json"),
            quotes=results("outcome/quotes.csv"),
        log:
            logs("outcome/outcome_publish.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/outcome_publish.py"


if QUOTE_CANDIDATES:

    rule quote_candidates:
        input:
            transcripts=rules.scrub_transcripts.output.transcripts,
            linked=rules.link.output.linked,
            # The provider's whole staff file: quotes are counted against it.
            population=rules.ingest_admin.output.parquet,
            quote_scope=lambda wildcards: sealflow.govern.quotable.scope_files(config),
        output:
            candidates=_QUOTES["candidates"],
        log:
            logs("outcome/quote_candidates.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/quote_candidates.py"
