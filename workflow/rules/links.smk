# Survey links: a survey token per pseudonymous ID, the links table for the provider and the
# token list for the survey platform (both personal data, in the workspace). Sealing and
# sending them is the exchange stage's job.


# The HMAC key of the survey tokens. Protected: a new key would change every survey link
# already sent, so Snakemake must never delete or remake it.
rule survey_token_key:
    output:
        protected(config["keys"]["token_key"]),
    log:
        logs("links/survey_token_key.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/survey_token_key.py"


rule links:
    input:
        roster=config["inputs"]["roster"],
        withdrawals=config["inputs"]["withdrawals"],
        token_key=config["keys"]["token_key"],
    output:
        links_for_provider=work("links/links_for_provider.csv"),
        tokens_for_survey=work("links/tokens_for_survey.csv"),
        report=report(
            results("links/links_report.json"),
            caption="../report/links.rst",
            category="Survey links",
        ),
    log:
        logs("links/links.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/links.py"


TARGETS.append(results("links/links_report.json"))
