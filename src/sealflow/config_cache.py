"""A record of the study files already validated, so that a command need not import jsonschema.

Validating config.yaml and parties.yaml costs every command jsonschema's and referencing's
imports (~0.1 s of CPU) and ~0.02 s of checks, for files that change a few times in a
study's life: a fifth of what `sealflow receive` spends before its first byte moves.
After a validation this module writes, in the study's workspace, what the validation gave
(the config with the schema's defaults filled in; parties.yaml as parsed) beside the
SHA-256 of everything that result depends on: the file's bytes, every shipped schema's
bytes, config.py's and this module's source, sealflow's version, and the installed
jsonschema and referencing (path, size and time of their files, read without importing
them).

A recorded result is used only when that digest equals the one computed this time from the
bytes just read, and the record's own check (a SHA-256 over that digest and the result's
text) holds. Any changed byte of any input, a missing, unreadable, corrupt or foreign
record, or a result that does not survive JSON exactly (a YAML date, a non-string key):
the file is validated in full as before, and refused with the same error if invalid. A
record that is stale or damaged cannot make a file pass that would fail: it only says
"these exact bytes passed". It is no defence against a forger: writing a matching record
for other bytes takes write access to the workspace (0700), which holds the evaluator's
secret keys already (docs/SECURITY.md). Nothing of a person is in it: settings and paths,
as in config.yaml.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sealflow import __version__
from sealflow.fsutil import write_text

RECORD_NAME = "validated-settings.json"
FORMAT = "sealflow validated settings 1"
MAX_RECORD_BYTES = 4 * 1024 * 1024
_VALIDATORS = ("jsonschema", "referencing")


@dataclass(frozen=True)
class Inputs:
    """What a validation's result depends on besides the file: the validating code's
    sources and the folder of the schemas it validates against."""

    sources: tuple[Path, ...]
    schema_dir: Path


def record_path(config_file: Path, raw: dict[str, Any]) -> Path | None:
    """Where the record lives: the workspace config.yaml names (None if it cannot say yet).

    Read from the file as written, before validation: a wrong place only costs a miss.
    Only an existing workspace folder is used (reading a config never creates folders).
    """
    root, workspace = raw.get("root"), raw.get("workspace")
    if not isinstance(root, str) or not isinstance(workspace, str):
        return None
    try:
        folder = config_file.resolve().parent / root / workspace
        return folder / RECORD_NAME if folder.is_dir() else None
    except (OSError, ValueError):
        return None


def recall(record: Path | None, kind: str, data: bytes, depends_on: Inputs) -> Any | None:
    """The validated result recorded for ``kind`` (config, parties) with exactly ``data``;
    None when there is none to trust (then validate)."""
    if record is None:
        return None
    inputs = _inputs_digest(kind, data, depends_on)
    if inputs is None:
        return None
    entry = _read(record).get(kind)
    if not isinstance(entry, dict):
        return None
    text, check = entry.get("result"), entry.get("check")
    if not isinstance(text, str) or not isinstance(check, str):
        return None
    if entry.get("inputs") != inputs or check != _check(inputs, text):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def remember(record: Path | None, kind: str, data: bytes, depends_on: Inputs, result: Any) -> None:
    """Record ``result`` as what validating ``data`` as ``kind`` gave (best effort: a
    record that cannot be written costs the next command a validation, nothing else)."""
    if record is None:
        return
    inputs = _inputs_digest(kind, data, depends_on)
    text = _exact_json(result)
    if inputs is None or text is None:
        return
    entries = _read(record)
    entries[kind] = {"inputs": inputs, "result": text, "check": _check(inputs, text)}
    with contextlib.suppress(OSError):
        write_text(record, json.dumps({"format": FORMAT, **entries}, sort_keys=True) + "\n")


def _read(record: Path) -> dict[str, Any]:
    """The record's entries by kind; empty if it is missing, too big or not this format."""
    try:
        with open(record, "rb") as fh:
            data = fh.read(MAX_RECORD_BYTES + 1)
        document = json.loads(data) if len(data) <= MAX_RECORD_BYTES else None
    except (OSError, ValueError):
        return {}
    if not isinstance(document, dict) or document.pop("format", None) != FORMAT:
        return {}
    return document


def _exact_json(result: Any) -> str | None:
    """``result`` as JSON text if reading it back gives an equal object, else None."""
    try:
        text = json.dumps(result, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        return None  # a date, bytes, NaN...: validate every time instead
    return text if json.loads(text) == result else None


def _check(inputs: str, text: str) -> str:
    return hashlib.sha256(f"{inputs}\n{text}".encode()).hexdigest()


def _inputs_digest(kind: str, data: bytes, depends_on: Inputs) -> str | None:
    """SHA-256 of the file's bytes and of everything its validation depends on."""
    fixed = _fixed_inputs(depends_on)
    if fixed is None:
        return None
    return hashlib.sha256(b"%s\0%s\0" % (fixed, kind.encode()) + data).hexdigest()


@cache
def _fixed_inputs(depends_on: Inputs) -> bytes | None:
    """The validation's code and schemas, as one digest (None if any cannot be read)."""
    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0{sys.version}\0".encode())
    try:
        for source in (*depends_on.sources, Path(__file__)):
            digest.update(source.read_bytes())
        for schema_file in sorted(depends_on.schema_dir.glob("*.schema.yaml")):
            digest.update(schema_file.name.encode() + b"\0" + schema_file.read_bytes())
        for name in _VALIDATORS:
            spec = importlib.util.find_spec(name)  # finds, does not import
            origin = spec.origin if spec is not None else None
            if origin is None:
                return None
            for part in sorted(Path(origin).parent.glob("*.py")):
                info = os.stat(part)
                digest.update(f"{part}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    except OSError:
        return None
    return digest.hexdigest().encode()
