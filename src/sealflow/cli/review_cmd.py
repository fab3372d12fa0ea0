"""`sealflow review` (the page) and `sealflow review apply FILE` (sign and apply decisions)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import typer
import yaml
from rich.console import Console

from sealflow import fsutil
from sealflow.cli.options import STUDY, ConfigOption, JsonOption, show_result, study_config
from sealflow.config import load_config, resolve
from sealflow.errors import ConfigError
from sealflow.settings import StudySettings

review_app = typer.Typer(
    help="Review the scrubbed text in a page (work/review/); `apply FILE` signs and applies.",
)


def _allow_list_path(settings: Any, review_dir: Path) -> Path:
    """The allow list review decisions go to: the study's own, else work/review/'s."""
    from sealflow.scrub.settings import SHIPPED_FILES

    configured = Path(settings.file("allow_list"))
    if configured == SHIPPED_FILES["allow_list"]:
        written = review_dir / "allow_list.yaml"
        return written if written.is_file() else configured
    return configured


def _quote_paths(study: StudySettings) -> tuple[Path | None, Path | None]:
    if study.outcome is None:
        return None, None
    return study.outcome.quotes.candidates, study.outcome.quotes.approvals


@review_app.callback(invoke_without_command=True)
def review(ctx: typer.Context, config_file: ConfigOption = STUDY) -> None:
    """Review the scrubbed text in a page (work/review/); `apply FILE` signs and applies."""
    if ctx.invoked_subcommand is not None:
        return
    from sealflow.review.page import ReviewSources, build_page
    from sealflow.scrub.settings import load_settings

    config_file = study_config(config_file)  # the group runs alone too
    study = StudySettings.from_config(load_config(config_file))
    work = study.workspace
    candidates, approvals = _quote_paths(study)
    sources = ReviewSources(
        transcripts=work / "scrub" / "transcripts",
        survey=work / "scrub" / "survey_scrubbed.parquet",
        survey_columns=load_settings(config_file).survey_columns,
        candidates=candidates,
        approvals=approvals,
    )
    out = work / "review" / "review.html"
    settings = load_settings(config_file)
    allow = _allow_list_path(settings, work / "review")
    kept = (yaml.safe_load(allow.read_text(encoding="utf-8")) or {}).get("allow") or []
    counts = build_page(
        sources, study.study.name, study.study.id or "", out, [str(w) for w in kept]
    )
    Console(stderr=True).print(
        f"review page: {out} ({counts['documents']} documents, {counts['checks']} words to "
        f"check, {counts['quotes']} quotes); save the decisions file from it, then run "
        "`sealflow review apply FILE`"
    )


BY_OPTION = typer.Option("", "--by", help="The reviewer's name, recorded on approved quotes.")
KEY_OPTION = typer.Option(
    None, "--key", help="minisign secret key to sign with (default: the evaluator's)."
)
PASSPHRASE_OPTION = typer.Option(
    "", help="Environment variable holding the key's passphrase (empty: unprotected key)."
)


@review_app.command("apply")
def apply(
    decisions_file: Path = typer.Argument(..., help="The decisions file saved from the page."),  # noqa: B008
    by: str = BY_OPTION,
    secret_key: Path | None = KEY_OPTION,
    passphrase_env: str = PASSPHRASE_OPTION,
    config_file: ConfigOption = STUDY,
    as_json: JsonOption = False,
) -> None:
    """Sign the decisions file (evaluator's key) and apply it: deny/allow lists, quotes."""
    from datetime import UTC, datetime

    from sealflow.review import decisions as dec
    from sealflow.scrub.settings import SHIPPED_FILES, load_settings
    from sealflow.seal.keys import key_paths
    from sealflow.seal.minisign import sign_file, verify_file
    from sealflow.seal.minisign_keys import MinisignPublicKey, key_id_hex

    study = StudySettings.from_config(load_config(config_file))
    decisions = dec.parse(decisions_file)
    if decisions.study and decisions.study != study.study.id:
        raise ConfigError(
            f"{decisions_file}: made on the review page of study {decisions.study!r}, not "
            f"{study.study.id!r}; use the decisions file of this study"
        )
    if any(q.decision == "approve" for q in decisions.quotes) and not by.strip():
        raise ConfigError("approving quotes: give the reviewer's name with --by NAME")
    review_dir = study.workspace / "review"
    review_dir.mkdir(parents=True, exist_ok=True)
    review_dir.chmod(0o700)
    if secret_key is None:
        _identity, _recipient, secret_key, public = key_paths(study.evaluator, study.keys.dir)
    else:
        public = Path(f"{os.fspath(secret_key).removesuffix('.key')}.pub")
    passphrase = os.environ.get(passphrase_env) if passphrase_env else None
    # A signed copy in the workspace: what was applied, by whose key, byte for byte.
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = review_dir / f"decisions-{stamp}.json"
    fsutil.write_bytes(kept, decisions_file.read_bytes())
    signature = sign_file(kept, secret_key, passphrase=passphrase)
    signature.chmod(0o600)
    key_id = ""
    if public.is_file():
        verify_file(kept, public)
        key_id = key_id_hex(MinisignPublicKey.load(public).key_id)
    settings = load_settings(config_file)
    targets = {}
    for name in ("deny_list", "allow_list"):
        configured = settings.file(name)
        targets[name] = (
            review_dir / f"{name}.yaml" if configured == SHIPPED_FILES[name] else configured
        )
    dec.apply_words(
        decisions,
        targets["deny_list"],
        targets["allow_list"],
        settings.file("deny_list"),
        settings.file("allow_list"),
    )
    candidates, approvals = _quote_paths(study)
    if decisions.quotes:
        if candidates is None or approvals is None:
            raise ConfigError(
                "outcome.quotes: set candidates and approvals to apply quote decisions"
            )
        dec.apply_quotes(decisions, candidates, approvals, by.strip())
        sign_file(approvals, secret_key, passphrase=passphrase)
        check_reviewer_key(study, approvals)
    record = dec.add_counts(study.results / "review" / "decisions.json", decisions, key_id)
    if as_json:
        lists = {name: os.path.relpath(path, study.root) for name, path in targets.items()}
        document = {"applied": kept.name, "signature": signature.name,
                    "counts": record["counts"], "lists": lists}  # fmt: skip
        show_result("review apply:", document, as_json)
        return
    console = Console(stderr=True)
    console.print(f"applied {kept.name} (signed: {signature.name}): {record['counts']}")
    for name, path in targets.items():
        if path.parent == review_dir:
            console.print(
                f"{name}: {os.path.relpath(path, study.root)}; the next run of the scrub "
                "stage uses it (its rules rerun when it changes)"
            )


def check_reviewer_key(study: StudySettings, approvals: Path) -> None:
    """Say so on stderr when the approvals do not verify with the key quotes are checked with."""
    message = reviewer_key_note(study, approvals)
    if message:
        Console(stderr=True, highlight=False).print(
            f"[yellow]note[/yellow]: {message}", soft_wrap=True
        )


def reviewer_key_note(study: StudySettings, approvals: Path) -> str | None:
    """Why the outcome would not verify the signed approvals (`review apply`, and `quotes
    sign` given the study), or None when it would: a missing key file is named as such (a
    new user's demo once named one it never made: attack18 G8)."""
    from sealflow.errors import SealflowError
    from sealflow.seal.minisign import verify_file

    reviewer = study.outcome.quotes.reviewer_public_key if study.outcome else None
    if not reviewer:
        return None
    key = reviewer if reviewer.startswith("RW") else resolve(study.root, reviewer)
    if isinstance(key, Path) and not key.is_file():
        return (
            f"outcome.quotes.reviewer_public_key: file not found: {key}; no quote leaves "
            "until it names the public key of the reviewer who signed the approvals"
        )
    try:
        verify_file(approvals, key)
    except (SealflowError, OSError):
        return (
            "outcome.quotes.reviewer_public_key is another key than the one that signed the "
            "approvals; no quote leaves until the reviewer signs them: "
            f"`sealflow quotes sign {approvals} --key REVIEWER_SECRET_KEY`"
        )
    return None


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
