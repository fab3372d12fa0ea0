# Survey links: a survey token per pseudonymous ID, the links table for the provider and the
# token list for the survey platform (both personal data, in the workspace). Sealing and
# sending them is the exchange stage's job.


# The survey tokens' HMAC key is made by the links rule on first use and is never a rule
# output: Snakemake deletes outputs before re-running a rule (--forceall, a changed rule), and
# a new key would silently invalidate every survey link already sent.


# No survey in this study (common.smk SURVEY): no links, no tokens.
if SURVEY:

    rule links:
        input:
            roster=config["inputs"]["roster"],
            withdrawals=config["inputs"]["withdrawals"],
            restricted=restricted_list,
        output:
            links_for_provider=work("links/links_for_provider.csv"),
            tokens_for_survey=work("links/tokens_for_survey.csv"),
            report=results("links/links_report.json"),
        log:
            logs("links/links.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/links.py"
