# Anonymise and outcome: statistical disclosure control of the linked table for the archive
# (k-anonymity, l-diversity, risk report) and checked aggregates plus reviewer-approved
# quotations for the provider. Free text comes from the scrub stage (scrub.smk).

_OUTCOME = config.get("outcome") or {"tables": []}
_QUOTES = _OUTCOME.get("quotes") or {}
# The reviewer's signed approvals join the inputs once they exist; no quote leaves before.
_APPROVALS = _QUOTES.get("approvals") or ""
# Its signature joins once it exists: an erasure that takes rows out of the approvals
# removes the signature too, and no quote leaves until the reviewer signs again.
_APPROVAL_FILES = [_APPROVALS] + (
    [_QUOTES["candidates"]] if INTERVIEWS and _QUOTES.get("candidates") else []
)


def approval_files(wildcards):
    if not (_APPROVALS and os.path.exists(_APPROVALS)):
        return []
    signature = f"{_APPROVALS}.minisig"
    return _APPROVAL_FILES + ([signature] if os.path.exists(signature) else [])


def quote_scope_files(wildcards):
    """What decides whose interviews may be quoted (govern/quotable.py): the interview map
    (made by interview_selection when the study draws interviewees), the withdrawals, the
    withdrawn documents and the restricted list, where they exist."""
    interview_map = (config.get("retention") or {}).get(
        "interview_map", "work/interviews.csv"
    )
    found = [
        path
        for path in (
            interview_map,
            config["inputs"]["withdrawals"],
            work("withdrawn_documents.csv"),
        )
        if os.path.exists(path)
    ]
    if config.get("interviews") and interview_map not in found:
        found.insert(0, interview_map)
    return found + restricted_list(wildcards)


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
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/anonymise.py"


rule outcome:
    input:
        linked=rules.link.output.linked,
        # Counted (candidates, flagged) in checks.json even before any approval; a study
        # without interviews has no candidates (quote_candidates is off).
        candidates=(_QUOTES.get("candidates") if INTERVIEWS else None) or [],
        approvals=approval_files,
        quote_scope=quote_scope_files,
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
        logs("outcome/outcome.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/outcome.py"


if INTERVIEWS and _QUOTES.get("candidates"):

    rule quote_candidates:
        input:
            transcripts=rules.scrub_transcripts.output.transcripts,
            linked=rules.link.output.linked,
            # The provider's whole staff file: quotes are counted against it.
            population=rules.ingest_admin.output.parquet,
            quote_scope=quote_scope_files,
        output:
            candidates=_QUOTES["candidates"],
        log:
            logs("outcome/quote_candidates.log"),
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/quote_candidates.py"
