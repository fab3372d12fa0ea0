"""The certification statement: gates, figures and file hashes, signed twice.

The data manager (the evaluator's minisign key) signs the statement; a reviewer, with a
key of their own, countersigns the same bytes in a second signature file. Certification is
refused while any gate fails, and verifying it re-checks both signatures, the gates in
the signed statement and the SHA-256 of every payload file, so a file changed after
certification is caught. Both signatures are plain minisign files: `minisign -V` checks
them without sealflow.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sealflow import fsutil
from sealflow.deposit.payload import build_payload
from sealflow.deposit.settings import DepositSettings
from sealflow.errors import GateError, IntegrityError, PathSafetyError, SignatureError
from sealflow.exchange.batch import PartyKeys
from sealflow.report.collect import collect
from sealflow.report.gates import Gate, evaluate
from sealflow.seal.minisign import sign_bytes, verify_file
from sealflow.seal.minisign_keys import MinisignPublicKey, MinisignSecretKey, key_id_hex

STATEMENT_FORMAT = "sealflow-certification/1"
MAX_STATEMENT_BYTES = 1024 * 1024
_CHUNK = 1024 * 1024


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def inventory(folder: Path) -> list[dict[str, Any]]:
    """Every regular file under ``folder`` (relative POSIX path, size, SHA-256), sorted."""
    entries = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            raise PathSafetyError(f"{path}: a symbolic link in the deposit; remove it")
        if path.is_file():
            relative = path.relative_to(folder).as_posix()
            entries.append(
                {"path": relative, "size": path.stat().st_size, "sha256": sha256_file(path)}
            )
    return entries


def refuse_failed_gates(gates: list[Gate] | list[dict[str, Any]]) -> None:
    """Raise GateError naming every failed gate with its figure and limit, and its note
    where it has one (what is wrong and what to do, e.g. the transcripts not scrubbed)."""
    as_dicts = [g.as_dict() if isinstance(g, Gate) else g for g in gates]
    failed = [g for g in as_dicts if not g.get("passed")]
    if not as_dicts:
        raise GateError("certification refused: no gates were evaluated")
    if failed:
        named = "; ".join(
            f"{g['name']} (figure {g['figure']}, limit {g['limit']})"
            + (f": {g['note']}" if g.get("note") else "")
            for g in failed
        )
        raise GateError(
            f"certification refused: {len(failed)} gate(s) failed: {named}; fix the stage "
            "behind each gate and rerun it (see results/report/deidentification.html)"
        )


def make_statement(
    settings: DepositSettings,
    keys: PartyKeys,
    audit_head: dict[str, Any] | None = None,
    coverage: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Evaluate the gates, build the payload, write and sign the statement as data manager.

    Refuses (GateError) before anything is written when a gate fails; ``coverage`` is the
    received transcripts without a scrubbed copy (front.make_statement). The statement names
    the reviewer's key id, so only that reviewer's countersignature completes it.
    """
    gates = evaluate(collect(settings.results_dir, coverage=coverage))
    refuse_failed_gates(gates)
    signing_key = keys.signing_key()
    reviewer_key = MinisignPublicKey.load(settings.reviewer_public_key)
    if reviewer_key.key_id == signing_key.key_id:
        raise SignatureError(
            f"{settings.reviewer_public_key}: the reviewer's key is the data manager's own; "
            "a countersignature must come from a second person's key"
        )
    payload = build_payload(settings)
    statement = {
        "format": STATEMENT_FORMAT,
        "study": {"name": settings.study_name, "id": settings.study_id},
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "data_manager": {"party": keys.name, "key_id": key_id_hex(signing_key.key_id)},
        "reviewer": {"key_id": key_id_hex(reviewer_key.key_id)},
        "gates": [g.as_dict() for g in gates],
        "certifiable": True,
        "files": inventory(payload),
    }
    if audit_head is not None:  # an anchor of the audit chain (sealflow.audit_anchors)
        statement["audit_head"] = audit_head
    text = json.dumps(statement, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    settings.certify_dir.mkdir(parents=True, exist_ok=True)  # results/: may leave
    fsutil.write_text(settings.statement, text, mode=0o644)
    _sign(settings.statement, signing_key, settings.signature, "data-manager", settings.study_id)
    return statement


def _sign(statement: Path, key: MinisignSecretKey, out: Path, role: str, study_id: str) -> None:
    """A hashed minisign signature whose signed (trusted) comment names the role and study."""
    stamp = int(datetime.now(UTC).timestamp())
    comment = f"timestamp:{stamp}\tfile:{statement.name}\trole:{role}\tstudy:{study_id}"
    fsutil.write_text(out, sign_bytes(statement.read_bytes(), key, comment), mode=0o644)


def read_statement(path: Path) -> dict[str, Any]:
    """Parse a statement (bounded in size), naming the file on any problem."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_STATEMENT_BYTES + 1)
    except FileNotFoundError:
        raise IntegrityError(
            f"{path}: no certification statement; run `sealflow certify statement`"
        ) from None
    if len(raw) > MAX_STATEMENT_BYTES:
        raise IntegrityError(f"{path}: too large to be a certification statement")
    try:
        statement = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise IntegrityError(f"{path}: not a JSON certification statement") from None
    if not isinstance(statement, dict) or statement.get("format") != STATEMENT_FORMAT:
        raise IntegrityError(f"{path}: not a {STATEMENT_FORMAT} statement")
    return statement


def countersign(
    statement_path: Path,
    reviewer_secret_key: Path,
    data_manager_public_key: str | os.PathLike[str],
    payload: Path,
    passphrase: str | None = None,
) -> Path:
    """The reviewer's step: check what the data manager signed, then countersign it.

    Checks the data manager's signature, that every gate in the statement passed, and
    that every file still has its certified hash; writes FILE.reviewer.minisig.
    """
    check_statement(statement_path, data_manager_public_key, None, payload)
    key = MinisignSecretKey.load(reviewer_secret_key, passphrase)
    statement = read_statement(statement_path)
    expected = statement.get("reviewer", {}).get("key_id")
    if key_id_hex(key.key_id) != expected:
        raise SignatureError(
            f"{reviewer_secret_key}: key id {key_id_hex(key.key_id)} is not the reviewer key "
            f"{expected} that {statement_path} names; use that key, or have the data manager "
            "set certify.reviewer_public_key and certify again"
        )
    out = Path(f"{statement_path}.reviewer.minisig")
    _sign(statement_path, key, out, "reviewer", str(statement.get("study", {}).get("id", "")))
    return out


def check_files(statement: dict[str, Any], payload: Path, source: Path) -> None:
    """Every listed file present with its certified SHA-256, and no file unlisted."""
    listed: dict[str, dict[str, Any]] = {}
    for entry in statement.get("files", []):
        name = str(entry.get("path", ""))
        pure = PurePosixPath(name)
        if not name or pure.is_absolute() or ".." in pure.parts or name.startswith("~"):
            raise PathSafetyError(f"{source}: file name {name!r} would escape the deposit")
        listed[name] = entry
    found = {e["path"]: e for e in inventory(payload)} if payload.is_dir() else {}
    missing = sorted(set(listed) - set(found))
    extra = sorted(set(found) - set(listed))
    changed = sorted(
        n for n in set(listed) & set(found) if listed[n].get("sha256") != found[n]["sha256"]
    )
    if missing or extra or changed:
        labelled = (("changed", changed), ("missing", missing), ("not certified", extra))
        parts = [f"{label}: {', '.join(names)}" for label, names in labelled if names]
        raise IntegrityError(
            f"{payload}: the files no longer match {source} ({'; '.join(parts)}); "
            "certify again (`sealflow certify statement`) and have the reviewer countersign"
        )


def check_statement(
    statement_path: Path,
    data_manager_public_key: str | os.PathLike[str],
    reviewer_public_key: str | os.PathLike[str] | None,
    payload: Path,
) -> dict[str, Any]:
    """Verify the signature(s), the gates in the statement and every file hash.

    ``reviewer_public_key`` None skips the countersignature (the reviewer's own check
    before countersigning). Returns the statement.
    """
    statement = read_statement(statement_path)
    verify_file(statement_path, data_manager_public_key, f"{statement_path}.minisig")
    if reviewer_public_key is not None:
        reviewer = MinisignPublicKey.load(reviewer_public_key)
        named = statement.get("reviewer", {}).get("key_id")
        if key_id_hex(reviewer.key_id) != named:
            raise SignatureError(
                f"{statement_path}: names reviewer key {named}, but the reviewer key given is "
                f"{key_id_hex(reviewer.key_id)}"
            )
        countersignature = Path(f"{statement_path}.reviewer.minisig")
        if not countersignature.is_file():
            raise SignatureError(
                f"{countersignature}: no reviewer countersignature yet; the reviewer runs "
                "`sealflow certify countersign` after reading the statement and the report"
            )
        try:
            verify_file(statement_path, reviewer, countersignature)
        except SignatureError as exc:
            raise SignatureError(
                f"{exc}; if the statement was made again after the reviewer signed, the "
                "reviewer must countersign the new one"
            ) from None
    refuse_failed_gates(statement.get("gates", []))
    check_files(statement, payload, statement_path)
    return statement


def verify_certification(
    settings: DepositSettings,
    data_manager_public_key: str,
    reviewer_public_key: str | None = None,
) -> dict[str, Any]:
    """Check everything and write the certified record (results/certify/certified.json)."""
    reviewer = reviewer_public_key or settings.reviewer_public_key
    statement = check_statement(
        settings.statement, data_manager_public_key, reviewer, settings.payload
    )
    record = {
        "certified": True,
        "verified_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "statement_sha256": sha256_file(settings.statement),
        "data_manager_key_id": statement["data_manager"]["key_id"],
        "reviewer_key_id": statement["reviewer"]["key_id"],
        "gates": len(statement["gates"]),
        "files": len(statement["files"]),
    }
    fsutil.write_json(settings.certified, record, mode=0o644)
    return record
