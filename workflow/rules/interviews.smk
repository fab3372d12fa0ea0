# Interview selection (issue #13): a seeded, stratified draw from the respondents who agreed
# to be contacted. Its invitation list (pseudonymous IDs only) is what the provider is sent;
# the interview map is what erasure and subject access read. Only with an `interviews`
# section in config.yaml; declines and no-shows are `sealflow interviews decline`.
# The list goes to the provider sealed, through the send plan like every send: listed by
# `plan`, sent by the `send` target only once approved (`sealflow plan approve`), and a
# rerun with the same invitees sends nothing; a redraw after a decline is a new version.

# The interviewees are drawn from the survey's respondents: none without a survey.
if SURVEY and config.get("interviews"):

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
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/interviews_select.py"

    if PROVIDERS:

        localrules:
            send_invitations,

        rule send_invitations:
            input:
                rules.interview_selection.output.invitations,
            output:
                record=results("exchange/sent/invitations.json"),
            log:
                logs("exchange/send_invitations.log"),
            retries: 3
            conda:
                "../../envs/sealflow.yaml"
            params:
                to=PROVIDERS[0],
                purpose="invitations",
            script:
                "../../scripts/exchange_send.py"
