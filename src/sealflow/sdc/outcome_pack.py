"""The outcome stage: checked aggregate tables plus approved quotations, for the provider.

Quotations leave only through a reviewer-signed approvals file; without one (or before it
is signed, or after an erasure took rows out of it and so its signature) the pack holds an
empty quotes file and the checks say why. A bad signature stops the stage (in the workflow,
while the job graph is built: see approval_inputs). Approved quotes
of interviews in ``left_out`` (govern/quotable.py) are withheld and counted.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.config import resolve
from sealflow.errors import ConfigError, WorkspaceError
from sealflow.sdc.outcome import PUBLIC_FILE_MODE, write_outcome
from sealflow.sdc.quotes import QuoteSelection, select_quotes, unreleased, write_released_quotes
from sealflow.settings import OutcomeSettings
from sealflow.workspace import StudyAudit, audit_record


def approval_inputs(quotes: Mapping[str, Any], candidates: bool) -> list[str]:
    """The outcome rule's quote inputs, once the approvals file exists: it, the candidates
    (``candidates``: when the study makes them) and its signature once that exists (an
    erasure that takes rows out of the approvals removes it; nothing leaves unsigned).

    Once signed, also the reviewer's public key file (when the config names a file, not the
    ``RW...`` key), and the signature is verified here, when Snakemake builds the job graph:
    it removes a job's outputs before the job runs, so a missing key or a signature that
    does not verify failed the rule only after results/outcome/ was gone (attack18 G8). Now
    a missing key is a missing input and a bad signature an error here, both before any job
    runs; the earlier outcome stays.
    """
    approvals = str(quotes.get("approvals") or "")
    if not approvals or not Path(approvals).exists():
        return []
    signature = f"{approvals}.minisig"
    signed = Path(signature).exists()
    key = str(quotes.get("reviewer_public_key") or "")
    if signed and key and (key.startswith("RW") or Path(key).is_file()):
        _verify_before_the_job(Path(approvals), key)
    return [
        approvals,
        *([str(quotes["candidates"])] if candidates and quotes.get("candidates") else []),
        *([signature] if signed else []),
        *([key] if signed and key and not key.startswith("RW") else []),
    ]


def _verify_before_the_job(approvals: Path, key: str) -> None:
    """One SignatureError naming the approvals file, the key and the fix, if they disagree."""
    from sealflow.errors import SignatureError
    from sealflow.seal.minisign import verify_file

    try:
        verify_file(approvals, key)
    except SignatureError as exc:
        raise SignatureError(
            f"{exc}; outcome.quotes.reviewer_public_key must be the key that signed the "
            f"approvals (the reviewer signs them again: sealflow quotes sign -c CONFIG --key "
            "KEY); the outcome rule did not run, and results/outcome/ is as it was"
        ) from None


def release_quotes(
    outcome: OutcomeSettings, root: str | os.PathLike[str], left_out: Collection[str] = ()
) -> tuple[list[dict[str, str]], str]:
    """Approved quotes and a one-line note of how they were decided."""
    selection, note = select_release(outcome, root, left_out)
    return selection.released, note


def select_release(
    outcome: OutcomeSettings, root: str | os.PathLike[str], left_out: Collection[str] = ()
) -> tuple[QuoteSelection, str]:
    """The quotes that leave, the counts for the gate, and a one-line note.

    ``root`` resolves ``outcome.quotes.reviewer_public_key`` when it names a key file.
    """
    quotes = outcome.quotes
    candidates = quotes.candidates
    if quotes.approvals is None:
        return unreleased(candidates), (
            "no approvals file configured (outcome.quotes.approvals): no quotes released"
        )
    approvals = quotes.approvals
    if not approvals.is_file():
        return unreleased(candidates), "no approvals file yet: no quotes released"
    if not quotes.reviewer_public_key:
        raise ConfigError(
            "outcome.quotes.reviewer_public_key: needed to verify the signed approvals file"
        )
    if candidates is None:
        raise ConfigError("outcome.quotes.candidates: needed beside outcome.quotes.approvals")
    if not Path(f"{approvals}.minisig").is_file():
        return unreleased(candidates), (
            "the approvals file is not signed (yet, or again after an erasure took rows out "
            "of it): no quotes released; the reviewer signs it with `sealflow quotes sign`"
        )
    key = quotes.reviewer_public_key
    # The key itself ("RW...") or the path of its file.
    reviewer_key: str | Path = key if key.startswith("RW") else resolve(root, key)
    selection = select_quotes(
        candidates,
        approvals,
        reviewer_key,
        group_ids=quotes.group_by_interviewee,
        left_out=left_out,
    )
    withheld = selection.withheld_flagged_without_reason
    note = f"{len(selection.released)} quotes approved in a verified reviewer-signed file" + (
        f"; {withheld} flagged quote(s) approved without a signed reason were withheld"
        if withheld
        else ""
    )
    if selection.withheld_changed:
        note += (
            f"; {selection.withheld_changed} approved quote(s) withheld: no longer a current "
            "candidate word for word (the candidates were made again); approve them again"
        )
    if selection.withheld_left_out:
        note += (
            f"; {selection.withheld_left_out} approved quote(s) withheld: their interviewee "
            "withdrew, was erased, is restricted or objected"
        )
    return selection, note


def run_outcome(
    outcome: OutcomeSettings,
    root: str | os.PathLike[str],
    linked_path: str | os.PathLike[str],
    tables_dir: str | os.PathLike[str],
    checks_path: str | os.PathLike[str],
    quotes_path: str | os.PathLike[str],
    audit: StudyAudit | None = None,
    figures_path: str | os.PathLike[str] | None = None,
    left_out: Collection[str] = (),
    mode: int = PUBLIC_FILE_MODE,
) -> dict[str, Any]:
    """Write every table, the checks JSON and the released quotes; returns a summary.

    ``figures_path`` (in the workspace) receives the figures behind the checks;
    ``left_out``: interviews whose approved quotes are withheld (govern/quotable.py);
    ``mode``: the files' mode (0600 when the workflow stages them in the workspace).
    """
    selection, note = select_release(outcome, root, left_out)
    released = selection.released
    tables = write_outcome(
        outcome,
        linked_path,
        tables_dir,
        checks_path,
        history_path(outcome),
        quotes_note=f"{note}",
        figures_path=figures_path,
        quote_counts=selection.counts(),
        audit=audit,
        mode=mode,
    )
    write_released_quotes(released, quotes_path, mode=mode)
    audit_record(audit, "read", linked_path)
    audit_record(audit, "write", quotes_path, rows=len(released))
    return {"tables": [t.name for t in tables], "quotes": len(released), "quotes_note": note}


def publish_outcome(
    checks: tuple[str | os.PathLike[str], str | os.PathLike[str]],
    files: Sequence[tuple[str | os.PathLike[str], str | os.PathLike[str]]],
) -> None:
    """Copy an outcome that passed from its staging folder to where it is released.

    The workflow builds the outcome in the workspace (rule outcome_build) so that a failure
    there, whatever its cause, leaves the release in results/outcome/ as it was; only this
    copy replaces it. ``checks`` (staged, published) must read as the checks JSON
    outcome_build writes, or nothing is published; every staged file is read before any is
    written, and each is written to a temporary name and renamed, so no
    published file is ever half-written.
    """
    record = fsutil.read_json(checks[0])
    if not isinstance(record, dict) or "checks" not in record:
        raise WorkspaceError(
            f"{checks[0]}: not the checks JSON outcome_build writes; run it again "
            "(the release in results/outcome/ is unchanged)"
        )
    pairs = [pair for pair in files if Path(pair[0]) != Path(checks[0])]
    contents = [(published, Path(staged).read_bytes()) for staged, published in pairs]
    for published, data in [*contents, (checks[1], Path(checks[0]).read_bytes())]:
        fsutil.write_bytes(published, data, mode=PUBLIC_FILE_MODE)


def history_path(outcome: OutcomeSettings) -> Path | None:
    """The release history (outcome.release_history), in the workspace, or None."""
    history = outcome.release_history
    if outcome.register and history is None:
        raise ConfigError(
            "outcome.register: replaced by outcome.release_history, a file in the workspace "
            "(e.g. work/outcome/release_history.json) that keeps every released count; set "
            "it and run `sealflow release-tables` again for the pack last sent"
        )
    return history


def table_paths(outcome: OutcomeSettings, tables_dir: str | os.PathLike[str]) -> list[Path]:
    """Where each configured table's CSV goes."""
    return [Path(tables_dir) / f"{spec.name}.csv" for spec in outcome.tables]
