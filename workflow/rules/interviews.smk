# Interview selection (issue #13): a seeded, stratified draw from the respondents who agreed
# to be contacted. Its invitation list (pseudonymous IDs only) is what the provider is sent;
# the interview map is what erasure and subject access read. Only with an `interviews`
# section in config.yaml; declines and no-shows are `sealflow interviews decline`.

if config.get("interviews"):

    rule interview_selection:
        input:
            survey=work("ingest/survey.parquet"),
            admin=work("ingest/admin.parquet"),
            withdrawals=config["inputs"]["withdrawals"],
            # Declines and no-shows, once any is recorded: a new one redraws.
            responses=lambda wildcards: [
                p
                for p in [
                    config["interviews"].get(
                        "responses", "work/interviews/responses.csv"
                    )
                ]
                if os.path.exists(p)
            ],
        output:
            invitations=config["interviews"].get(
                "invitations", "work/interviews/invitations.csv"
            ),
            interview_map=config.get("retention", {}).get(
                "interview_map", "work/interviews.csv"
            ),
            report=config["interviews"].get(
                "report", "results/interviews/selection.json"
            ),
        log:
            logs("interviews/interview_selection.log"),
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/interviews_select.py"
