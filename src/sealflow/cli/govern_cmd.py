"""`sealflow audit verify`, `retention check|purge`, `subject-access export` and `erase`.

A person is named only through --id-file (a file, or "-" for stdin), never on the command
line, which shows in ``ps``, shell history and job schedulers. Output names the person by
subject reference (a keyed hash), never by value.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from sealflow.audit import AuditLog, config_audit_log
from sealflow.audit_anchors import verify_with_anchors, write_anchor_file
from sealflow.cli.options import STUDY, AlwaysJsonOption, ConfigOption, JsonOption
from sealflow.config import load_config, load_parties, party
from sealflow.govern.audit_citations import check_citations
from sealflow.govern.erasure import erase
from sealflow.govern.retention import RetentionError, purge, retention_check
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import read_pseudonymous_id
from sealflow.govern.subject_access import export_subject_access

audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
retention_app = typer.Typer(help="Retention: what is due, and the purge.", no_args_is_help=True)
subject_access_app = typer.Typer(help="Subject access requests.", no_args_is_help=True)

_ID_FILE_HELP = 'File holding the pseudonymous ID alone on one line ("-": stdin). Never argv.'


def _settings(config_file: Path) -> GovernSettings:
    return GovernSettings.from_config(load_config(config_file))


def _print_json(document: object) -> None:
    typer.echo(json.dumps(document, indent=2, sort_keys=True))


_ANCHOR_FILE_HELP = (
    "An anchor file (from `audit anchor`) or any evaluator-signed document with its .minisig "
    "beside it, kept by a reviewer or an archive; repeatable."
)


def _verified(
    config_file: Path, folders: list[Path], files: list[Path]
) -> tuple[AuditLog, GovernSettings, dict[str, object]]:
    """Everything `audit verify` checks; the log, settings and what agreed (or IntegrityError)."""
    config = load_config(config_file)
    settings = GovernSettings.from_config(config)
    log = config_audit_log(config)
    own = (settings.study.exchange.outgoing, settings.results)  # our copies of what we signed
    folders = [*folders, *(f for f in own if f.is_dir())]
    pinned = party(load_parties(config), config["evaluator"])["minisign_public_key"]
    entries, anchored = verify_with_anchors(log, folders, pinned, files)
    cited = check_citations(settings, log.entries())
    return log, settings, {"entries": entries, "anchors": anchored, "records": cited}


@audit_app.command("verify")
def verify(
    config_file: ConfigOption = STUDY,
    anchors: list[Path] = typer.Option(  # noqa: B008
        [],
        "--anchors",
        help="Folder of signed documents collected from the parties (receipts, manifests, "
        "certificates); repeatable. The study's results folder is always searched too.",
    ),
    anchor_files: list[Path] = typer.Option([], "--anchor", help=_ANCHOR_FILE_HELP),  # noqa: B008
    as_json: JsonOption = False,
) -> None:
    """Recompute every MAC and the signed head; check anchors and the records citing entries."""
    log, _, counts = _verified(config_file, anchors, anchor_files)
    if as_json:
        _print_json({"log": str(log.path), **counts, "ok": True})
        return
    Console(stderr=True).print(
        f"[green]ok[/green]: {log.path}: {counts['entries']} entries, chain intact, head signed, "
        f"{counts['anchors']} anchors agree, {counts['records']} records citing entries agree"
    )


@audit_app.command("anchor")
def anchor_command(
    out: Path = typer.Option(..., "--out", help="The anchor file to write (never overwritten)."),  # noqa: B008
    config_file: ConfigOption = STUDY,
    as_json: JsonOption = False,
) -> None:
    """Verify the log, then sign its head into a file for a reviewer or an archive to keep.

    A rollback of the log past this point is then shown by `audit verify --anchor FILE`,
    as long as someone other than this machine keeps the file.
    """
    log, settings, _counts = _verified(config_file, [], [])
    head = write_anchor_file(log, out, settings.study.study.name)
    if as_json:
        _print_json({"anchor": str(out), "seq": head.seq, "mac": head.mac})
        return
    Console(stderr=True).print(
        f"[green]anchor[/green]: {out} (+ .minisig) holds entry {head.seq}; give it to a "
        "reviewer or an archive to keep, and check with `sealflow audit verify --anchor FILE`"
    )


@retention_app.command("check")
def check(
    config_file: ConfigOption = STUDY,
    strict: bool = typer.Option(
        False, "--strict", help="Exit 1 when anything is due (for a scheduled job to alert on)."
    ),
    as_json: AlwaysJsonOption = False,
) -> None:
    """List what is due (workspace files, vendor deletions overdue); delete nothing."""
    report = retention_check(_settings(config_file))
    _print_json(report)
    due = []
    if report["purge_due"] and report["personal_data"]["files"]:
        due.append(f"{report['personal_data']['files']} personal-data files due for purge")
    if report["vendor_deletions_overdue"]:
        due.append(f"{len(report['vendor_deletions_overdue'])} vendor deletions overdue or late")
    if strict and due:
        raise RetentionError("; ".join(due) + " (see the listing above)")


@retention_app.command("purge")
def purge_command(
    config_file: ConfigOption = STUDY,
    yes: bool = typer.Option(
        False, "--yes", help="Really delete (without it, a dry run: says what would go)."
    ),
    as_json: JsonOption = False,
) -> None:
    """Delete the workspace's personal data once retention.personal_data_delete_on has come."""
    certificate = purge(_settings(config_file), yes=yes)
    if as_json:
        _print_json(certificate)
        return
    if certificate.get("dry_run"):
        typer.echo(  # one line, unwrapped: a scheduled job greps it
            f"dry run: {certificate['counts']['files']} files in {certificate['workspace']} "
            "(its personal data, and the keys that would re-link it) are due for purge; "
            "nothing was deleted; `sealflow retention check` lists them; rerun with --yes "
            "to delete",
            err=True,
        )
        return
    Console(stderr=True).print(
        f"[green]purged[/green] {certificate['counts']['files']} files; certificate "
        f"{certificate['certificate']} (+ .minisig), audit entry {certificate['audit_seq']}"
    )


@subject_access_app.command("export")
def export(
    id_file: Path = typer.Option(..., "--id-file", help=_ID_FILE_HELP),  # noqa: B008
    out: Path = typer.Option(..., "--out", help="Folder for the sealed export."),  # noqa: B008
    to: str = typer.Option(
        None,
        "--to",
        help="Also seal for this party, when the requester asked for the answer to go there "
        "(default: the evaluator alone, who answers the requester).",
    ),
    raw_reviewed_by: str = typer.Option(
        None,
        "--raw-reviewed-by",
        help="Name of the reviewer who checked the received transcripts, recordings and "
        "unscrubbed free text for other people's data; only then are they included.",
    ),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Export one person's data for them: scrubbed transcripts and free text unless reviewed."""
    settings = _settings(config_file)
    pseudonymous_id = read_pseudonymous_id(id_file, settings.ingest.id_pattern)
    _print_json(export_subject_access(settings, pseudonymous_id, out, to, raw_reviewed_by))


def erase_command(
    id_file: Path = typer.Option(..., "--id-file", help=_ID_FILE_HELP),  # noqa: B008
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Withdraw one person and remove their rows from every workspace table now."""
    settings = _settings(config_file)
    pseudonymous_id = read_pseudonymous_id(id_file, settings.ingest.id_pattern)
    _print_json(erase(settings, pseudonymous_id))


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
    app.add_typer(retention_app, name="retention")
    app.add_typer(subject_access_app, name="subject-access")
    app.command("erase")(erase_command)
