# Anonymise and outcome: statistical disclosure control of the linked table for the archive
# (k-anonymity, l-diversity, risk report) and checked aggregates plus reviewer-approved
# quotations for the provider.

_SCRUBBED_SURVEY = work("scrub/survey_scrubbed.parquet")
_SCRUBBED_TRANSCRIPTS = work("scrub/transcripts")
_OUTCOME = config.get("outcome") or {"tables": []}


def _made_by_a_rule(path):
    return any(path in map(str, r.output) for r in workflow.rules)


def _scrubbed_survey(wildcards):
    """The scrub stage's table when it exists or a rule makes it (else free text is dropped)."""
    made = _made_by_a_rule(_SCRUBBED_SURVEY) or os.path.exists(_SCRUBBED_SURVEY)
    return [_SCRUBBED_SURVEY] if made else []


def _quote_approvals(wildcards):
    """The reviewer's signed approvals, once they exist (no quotes leave before)."""
    quotes = _OUTCOME.get("quotes") or {}
    approvals = quotes.get("approvals")
    if not approvals or not os.path.exists(approvals):
        return []
    return [approvals, approvals + ".minisig", quotes["candidates"]]


rule anonymise:
    input:
        linked=work("link/linked.parquet"),
        scrubbed=_scrubbed_survey,
    output:
        anonymised=work("anonymise/anonymised.parquet"),
        risk=report(
            results("anonymise/risk.json"),
            caption="../report/anonymise.rst",
            category="Disclosure control",
        ),
    log:
        logs("anonymise/anonymise.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/anonymise.py"


rule outcome:
    input:
        linked=work("link/linked.parquet"),
        approvals=_quote_approvals,
    output:
        tables=report(
            expand(
                results("outcome/{table}.csv"),
                table=[t["name"] for t in _OUTCOME["tables"]],
            ),
            caption="../report/outcome.rst",
            category="Outcome tables",
        ),
        checks=report(
            results("outcome/checks.json"),
            caption="../report/outcome_checks.rst",
            category="Outcome tables",
        ),
        quotes=results("outcome/quotes.csv"),
    log:
        logs("outcome/outcome.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/outcome.py"


TARGETS.extend(rules.anonymise.output)
TARGETS.extend([*rules.outcome.output.tables, rules.outcome.output.checks])
TARGETS.append(rules.outcome.output.quotes)

if (_OUTCOME.get("quotes") or {}).get("candidates"):

    rule quote_candidates:
        input:
            transcripts=_SCRUBBED_TRANSCRIPTS,
            linked=work("link/linked.parquet"),
        output:
            candidates=_OUTCOME["quotes"]["candidates"],
        log:
            logs("outcome/quote_candidates.log"),
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/quote_candidates.py"

    _HAS_TRANSCRIPTS = os.path.exists(_SCRUBBED_TRANSCRIPTS)
    if _made_by_a_rule(_SCRUBBED_TRANSCRIPTS) or _HAS_TRANSCRIPTS:
        TARGETS.append(rules.quote_candidates.output.candidates)
