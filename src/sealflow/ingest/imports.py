"""Data that arrives outside a sealed batch (a secure portal, an encrypted USB stick, by hand).

``sealflow import --from PARTY FILE...`` is the one supported way in for such a file: it
is copied (whole or not at all, 0600) to where the sealed route would open it (the folder
of that party's configured inputs, under the input's own name when the file bears it), and
the audit log records the sender, the file's SHA-256, its size and the time. The workspace's
import register lists what was imported, so the workflow never makes an ``open_*`` rule
claim an imported file as its output: Snakemake deletes a rule's outputs before running it,
and a rule must never delete a file it did not make.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.config import resolve
from sealflow.errors import ConfigError, InputSchemaError, UnknownPartyError
from sealflow.received_transcripts import SCRUBBED_SUFFIXES
from sealflow.settings import StudySettings
from sealflow.workspace import StudyAudit, StudyPaths

# Which configured inputs each sending role's files belong beside (as the open_* rules do).
ROLE_INPUTS = {
    "provider": ("roster", "admin_extract"),
    "survey": ("survey_export",),
    "vendor": ("transcripts",),
}
REGISTER = "imports.json"
CHUNK = 1 << 20


def register_path(workspace: Path) -> Path:
    """The import register: imported file (relative to the study root) -> sender, hash, size."""
    return workspace / REGISTER


def read_register(workspace: Path) -> dict[str, Any]:
    path = register_path(workspace)
    if not path.is_file():
        return {}
    register: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return register


def _destination(paths: StudyPaths, role: str, name: str) -> Path:
    inputs = [paths.inputs[key] for key in ROLE_INPUTS[role]]
    if role == "vendor":
        return inputs[0] / name  # transcripts: a folder of files
    for configured in inputs:
        if configured.name == name:
            return configured
    return inputs[0].parent / name


def _sender_role(study: StudySettings, sender: str) -> str:
    parties = study.load_parties()["parties"]
    if sender not in parties:
        raise UnknownPartyError(
            f"--from {sender}: no such party in parties.yaml; known: {', '.join(sorted(parties))}"
        )
    role = str(parties[sender].get("role"))
    if role not in ROLE_INPUTS:
        raise ConfigError(
            f"--from {sender}: its role is {role}; only a provider, survey or vendor sends data"
        )
    return role


def _check_transcript_type(source: Path) -> None:
    """Refuse a transcript the scrub cannot read (attack18 G8: a .md was imported, never
    scrubbed, and the gate then failed for ever with "run the scrub stage again")."""
    if source.suffix.lower() in SCRUBBED_SUFFIXES:
        return
    kind = f"of type {source.suffix!r}" if source.suffix else "without a type suffix"
    raise InputSchemaError(
        f"{source}: a transcript {kind} is never scrubbed; the scrub reads "
        f"{', '.join(SCRUBBED_SUFFIXES)}: save or ask for it as one of those, and import that"
    )


def _copy_hashed(source: Path, target: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    fsutil.private_dir(target.parent)
    with fsutil.atomic_output(target) as out, open(source, "rb") as src:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return digest.hexdigest(), size


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def import_files(
    study: StudySettings, sender: str, files: Sequence[Path], audit: StudyAudit
) -> list[dict[str, Any]]:
    """Copy each file from ``sender`` into the workspace as the sealed route would; record it.

    Every file is checked before any is copied. A file already at its destination (placed
    by hand) is recorded without copying. An earlier file of the same name is replaced, as a
    newer batch's file replaces an older one; the audit entry names the hash it replaced.
    """
    role = _sender_role(study, sender)
    paths = StudyPaths.from_settings(study)
    sources = [Path(file) for file in files]
    for source in sources:
        if not source.is_file():
            raise InputSchemaError(f"{source}: not a file; give the path of a received file")
        if role == "vendor":
            _check_transcript_type(source)
    targets = [_destination(paths, role, source.name) for source in sources]
    if len(set(targets)) != len(targets):
        raise InputSchemaError("two of the files have the same name; import them one at a time")
    register = read_register(paths.workspace)
    imported = []
    for source, target in zip(sources, targets, strict=True):
        previous = _hash(target) if target.is_file() else None
        if target.exists() and source.resolve() == target.resolve():
            sha256, size = previous or _hash(target), target.stat().st_size
            os.chmod(target, fsutil.PRIVATE_FILE_MODE)
            previous = None
        else:
            sha256, size = _copy_hashed(source, target)
        subject = os.path.relpath(target.resolve(), paths.root.resolve())
        record = {
            "sender": sender,
            "sha256": sha256,
            "size": size,
            "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        audit.record(
            "receive", target, route="import", sender=sender, sha256=sha256, size=size,
            replaced_sha256=previous if previous != sha256 else None,
        )  # fmt: skip
        register[subject] = record
        fsutil.write_json(register_path(paths.workspace), register)
        imported.append({"file": subject, **record})
    return imported


def imported_inputs(config: dict[str, Any], root: str | os.PathLike[str]) -> set[str]:
    """The configured inputs (as written in config) that hold an imported file still there.

    A file input counts when it was imported itself, a folder input (transcripts) when an
    imported file is in it. The workflow leaves these out of its ``open_*`` rules' outputs,
    so no rule claims (and so deletes before running) a file that arrived outside a batch.
    """
    study_root = Path(root).resolve()
    register = read_register(resolve(study_root, config["workspace"]))
    present = {name for name in register if (study_root / name).is_file()}
    found = set()
    for value in (config.get("inputs") or {}).values():
        relative = os.path.relpath(resolve(study_root, value).resolve(), study_root)
        if relative in present or any(name.startswith(relative + os.sep) for name in present):
            found.add(str(value))
    return found
