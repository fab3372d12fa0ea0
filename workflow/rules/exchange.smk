# Exchange: sealed, signed batches to and from the other parties (ARCHITECTURE.md stages 2,
# 3 and 5). Transfer rules run on the submitting host (they need the network and the pinned
# host keys) with retries; their outputs are send records, receive reports and deletion
# statuses (batch ids, names, hashes), never plaintext. The open_* rules then decrypt
# verified batches into the workspace, where the ingest and scrub stages read them.

import sealflow.exchange.plan
import sealflow.ingest.imports

# Nothing leaves without an approved plan (ARCHITECTURE.md invariant 10): the default target
# ends with the `plan` (results/exchange/plan.json); the `send` target runs the send rules,
# which send only approved content not already sent (`sealflow plan approve`).
TRANSCRIBER = sealflow.exchange.plan.transcriber(STUDY_SETTINGS, PARTIES)
SEND_SPECS = sealflow.exchange.plan.send_specs(STUDY_SETTINGS, PARTIES, SURVEY)
# The transcription rule's send records: its own, then one per further vendor (each vendor
# is sent only the recordings in its folder: plan.transcription_folders).
TRANSCRIPTION_RECORDS = {
    f"record{spec.record_suffix}": results(
        f"exchange/sent/recordings{spec.record_suffix}.json"
    )
    for spec in SEND_SPECS
    if spec.rule == "transcription"
} or {"record": results("exchange/sent/recordings.json")}
# Inputs brought in with `sealflow import` (outside a sealed batch) are no open_* rule's
# output: Snakemake deletes a rule's outputs before running it, and no rule may delete a
# file it did not make.
IMPORTED = sealflow.ingest.imports.imported_inputs(config, STUDY_ROOT)
# The inputs each open_* rule makes: its party's inputs that were not imported.
OPENED = {
    role: {
        name: config["inputs"][name]
        for name in names
        if config["inputs"][name] not in IMPORTED
    }
    for role, names in sealflow.ingest.imports.ROLE_INPUTS.items()
}


# The rules a study's shape may leave out (send_links, send_tokens, transcription,
# deletion_check) say `localrule: True` themselves, so a study without them is not warned.
localrules:
    plan,
    send,
    receive,


rule plan:
    input:
        [
            spec.source
            for spec in SEND_SPECS
            if spec.rule != "transcription" or SHAPE.recordings
        ],
    output:
        plan=results("exchange/plan.json"),
    log:
        logs("exchange/plan.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/exchange_plan.py"


rule send:
    input:
        send_targets,


rule receive:
    output:
        report=results("exchange/received/{party}.json"),
    log:
        logs("exchange/receive_{party}.log"),
    wildcard_constraints:
        party="|".join(SENDERS) or "(?!)",
    retries: 3
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/exchange_receive.py"


if PROVIDERS and OPENED["provider"]:

    rule open_provider:
        input:
            results(f"exchange/received/{PROVIDERS[0]}.json"),
        output:
            **OPENED["provider"],
        log:
            logs("exchange/open_provider.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        params:
            senders=PROVIDERS[:1],
        script:
            "../../scripts/exchange_open.py"


if PROVIDERS and SURVEY:

    rule send_links:
        input:
            work("links/links_for_provider.csv"),
        output:
            record=results("exchange/sent/links_for_provider.json"),
        log:
            logs("exchange/send_links.log"),
        retries: 3
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        params:
            to=PROVIDERS[0],
            purpose="links",
        script:
            "../../scripts/exchange_send.py"


if SURVEYS and OPENED["survey"]:

    rule open_survey:
        input:
            results(f"exchange/received/{SURVEYS[0]}.json"),
        output:
            **OPENED["survey"],
        log:
            logs("exchange/open_survey.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        params:
            senders=SURVEYS[:1],
        script:
            "../../scripts/exchange_open.py"


if SURVEYS:

    rule send_tokens:
        input:
            work("links/tokens_for_survey.csv"),
        output:
            record=results("exchange/sent/tokens_for_survey.json"),
        log:
            logs("exchange/send_tokens.log"),
        retries: 3
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        params:
            to=SURVEYS[0],
            purpose="tokens",
        script:
            "../../scripts/exchange_send.py"


# The vendors' batches open into a folder per vendor in the transcripts folder. Until a
# transcript is imported the rule makes the whole folder; from then on it makes only the
# vendors' folders (an import lands beside them, never in one), so batches received after
# an import still open, and the imported files stay where they are.
OPENED_TRANSCRIPTS = (
    [directory(config["inputs"]["transcripts"])]
    if OPENED["vendor"]
    else [
        directory(f"{config['inputs']['transcripts']}/{vendor}") for vendor in VENDORS
    ]
)

if VENDORS:

    rule open_transcripts:
        input:
            [results(f"exchange/received/{vendor}.json") for vendor in VENDORS],
        output:
            OPENED_TRANSCRIPTS,
        log:
            logs("exchange/open_transcripts.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        params:
            # Each vendor into its own folder, only transcripts of recordings sent to it.
            vendors=VENDORS,
            # the transcripts folder: the output itself, or the folder of the vendors' ones
            folder=lambda wildcards, output: (
                output[0] if OPENED["vendor"] else os.path.dirname(output[0])
            ),
        script:
            "../../scripts/exchange_open.py"


if SHAPE.recordings:

    rule transcription:
        input:
            config["inputs"]["recordings"],
        output:
            **TRANSCRIPTION_RECORDS,
        log:
            logs("exchange/transcription.log"),
        retries: 3
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        params:
            to=TRANSCRIBER,
            purpose="recordings",
        script:
            "../../scripts/exchange_send.py"

    rule deletion_check:
        input:
            record=rules.transcription.output.record,
            # the clock starts at each transcript delivery: check after receiving them
            delivered=[
                results(f"exchange/received/{vendor}.json") for vendor in VENDORS
            ],
        output:
            report=results("exchange/deletion/recordings.json"),
        log:
            logs("exchange/deletion_check.log"),
        localrule: True
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/exchange_deletion.py"
