"""`sealflow certify [statement|countersign]` and `sealflow deposit`: stages 11 and 12.

The data manager makes and signs the statement (`certify statement`); the reviewer reads
it with the report and countersigns (`certify countersign`, their own key); `certify`
alone verifies both signatures and every hash; `deposit` sends the certified bag.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sealflow.cli.options import STUDY, ConfigOption, JsonOption, show_result, study_config
from sealflow.cli.seal_files import read_passphrase as _read_passphrase
from sealflow.config import load_config
from sealflow.deposit import front
from sealflow.errors import ConfigError

ReviewerKeyOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer-key",
        help="The reviewer's minisign public key (file or RW... key); default: config key "
        "certify.reviewer_public_key.",
    ),
]

certify_app = typer.Typer(
    help="Certify the deposit: statement (data manager), countersign (reviewer), verify.",
    invoke_without_command=True,
)
_console = Console(stderr=True)


@certify_app.callback()
def certify(
    ctx: typer.Context,
    config_file: ConfigOption = STUDY,
    reviewer_key: ReviewerKeyOption = None,
    as_json: JsonOption = False,
) -> None:
    """Verify the certification: both signatures, the gates and every file's SHA-256."""
    if ctx.invoked_subcommand is not None:
        return
    record = front.check(load_config(study_config(config_file)), reviewer_key)
    if as_json:
        show_result("certify:", record, as_json)
        return
    _console.print(
        f"certified: {record['files']} files, {record['gates']} gates; data manager key "
        f"{record['data_manager_key_id']}, reviewer key {record['reviewer_key_id']}"
    )


@certify_app.command("statement")
def statement(config_file: ConfigOption = STUDY, as_json: JsonOption = False) -> None:
    """Data manager: check the gates, build the payload, write and sign the statement."""
    from sealflow.govern.scrub_coverage import scrub_coverage
    from sealflow.settings import StudySettings

    config = load_config(config_file)
    coverage = scrub_coverage(StudySettings.from_config(config))
    made = front.make_statement(config, coverage=coverage)
    if as_json:
        document = {"gates": made["gates"], "files": len(made["files"]),
                    "reviewer_key_id": made["reviewer"]["key_id"], "signed": True}  # fmt: skip
        show_result("statement:", document, as_json)
        return
    for gate in made["gates"]:
        _console.print(f"[green]pass[/green]  {gate['name']}: {gate['figure']} ({gate['limit']})")
    _console.print(
        f"statement signed ({len(made['files'])} files); the reviewer (key "
        f"{made['reviewer']['key_id']}) now runs `sealflow certify countersign`"
    )


@certify_app.command("countersign")
def countersign(
    key: Annotated[
        Path, typer.Option("--key", "-s", help="The reviewer's minisign secret key file.")
    ],
    config_file: ConfigOption = STUDY,
    passphrase_file: Annotated[
        Path | None,
        typer.Option("--passphrase-file", help="File whose first line is the key's passphrase."),
    ] = None,
    passphrase_env: Annotated[
        str | None, typer.Option("--passphrase-env", help="Environment variable holding it.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Reviewer: verify the data manager's signature and the files, then countersign."""
    passphrase = _read_passphrase(passphrase_file, passphrase_env)
    out = front.countersign(load_config(config_file), key, passphrase)
    if as_json:
        show_result("countersigned:", {"countersigned": str(out)}, as_json)
        return
    _console.print(f"countersigned: {out}")


def deposit(
    config_file: ConfigOption = STUDY,
    reviewer_key: ReviewerKeyOption = None,
    override_lock: Annotated[
        bool,
        typer.Option(
            "--override-lock",
            help="Deposit again although the audit log or send records show a deposit made.",
        ),
    ] = False,
    reason: Annotated[
        str | None,
        typer.Option("--reason", help="Why (with --override-lock); kept in the audit log."),
    ] = None,
    accept_small_difference: Annotated[
        bool,
        typer.Option(
            "--accept-small-difference",
            help="Send a second deposit that differs from an earlier one by fewer than k rows "
            "(whoever holds both finds those rows); with --override-lock; audited.",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Verify the certification, bag it, seal it for the archive, send it, lock the deposit."""
    if override_lock != (reason is not None) or (reason is not None and not reason.strip()):
        raise ConfigError("--override-lock and --reason TEXT go together; give both or neither")
    if accept_small_difference and not override_lock:
        raise ConfigError(
            "--accept-small-difference is for a second deposit: give it with --override-lock "
            "--reason TEXT"
        )
    lock = front.deposit_study(
        load_config(config_file),
        reviewer_key,
        override_reason=reason if override_lock else None,
        accept_small_difference=accept_small_difference,
    )
    if as_json:
        show_result("deposit:", lock, as_json)
        return
    _console.print(
        f"deposited: {lock['bag']} to {lock['to']} as batch {lock['batch_id']}; later "
        f"withdrawals: {lock['withdrawals_from_now']}"
    )


def register(app: typer.Typer) -> None:
    app.add_typer(certify_app, name="certify")
    app.command("deposit")(deposit)
