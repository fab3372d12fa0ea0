"""The hash-chained audit log: every read, write, send, receive and deletion of personal data.

Each entry is one JSON line carrying the HMAC-SHA256 of the previous entry's MAC and its own
canonical body. Editing, inserting, deleting or reordering any entry breaks the chain at that
entry; `verify` names the first bad line.

Nothing that keys the log is kept beside it. The chain key is derived (keyed BLAKE2b) from
the evaluator's minisign secret key, which only the evaluator's passphrase unlocks, and the
head (last sequence number and MAC) is signed with that same minisign key. Someone who can
write the workspace but does not hold the unlocked key cannot re-chain an edited log, cannot
cut entries off the end and re-sign the head, and cannot swap in a key of their own (the
head's signature and every MAC then fail under the evaluator's key). They can put back an
older copy of the log with its older head, both genuinely signed: nothing here says which
head is the latest, so that is caught by what cites later entries (the workspace records in
`sealflow.govern.audit_citations`, and the anchors). Points of the chain also travel in the
signed documents other parties hold (receipts, manifests, certificates; see
`sealflow.audit_anchors`), which catch a log rewritten by someone who does hold the key.

Entries never hold identifier values: they name files relative to the study root, counts
and hashes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.errors import IntegrityError, SealflowError
from sealflow.seal.keys import key_paths
from sealflow.seal.minisign import sign_bytes, verify_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey
from sealflow.settings import StudySettings
from sealflow.signed_json import load_object

ACTIONS = frozenset(
    {"read", "write", "send", "receive", "delete", "export", "certify", "purge", "event"}
)
GENESIS = "0" * 64
HEAD_FORMAT = "sealflow-audit-head/1"
DEFAULT_PASSPHRASE_ENV = "SEALFLOW_KEY_PASSPHRASE"  # noqa: S105 (a variable name)
MAX_LINE_BYTES = 1024 * 1024
MAX_HEAD_BYTES = 16 * 1024
# Folders of the workspace that exist before any personal data does.
_BOOKKEEPING = frozenset({"keys", "audit"})
_CHAIN_KEY_CONTEXT = b"sealflow audit chain key v1"
# The `reason` of the retention purge's entry (govern/retention.py): it empties the workspace.
RETENTION_PURGE_REASON = "retention"


class AuditKeyError(SealflowError, ValueError):
    """The evaluator's key that keys the audit log is missing, locked or unreadable."""


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def load_or_create_key(path: Path) -> bytes:
    """Read a 32-byte workspace key, or create one (0600) on first use.

    No longer keys the audit log: it serves the keyed subject references
    (`sealflow.govern.subject`). Several rules may start at once on a fresh study: the key
    is written whole to a temporary name and hard-linked into place, which fails if another
    process got there first, so every process ends up with the same key.
    """
    if not path.exists():
        fsutil.private_dir(path.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(secrets.token_bytes(32))
                fh.flush()
                os.fsync(fh.fileno())
            with contextlib.suppress(FileExistsError):
                os.link(tmp_name, path)
        finally:
            os.unlink(tmp_name)
    key = path.read_bytes()
    if len(key) != 32:
        raise IntegrityError(f"{path}: key must be 32 bytes, found {len(key)}")
    return key


@dataclass(frozen=True)
class AuditKeys:
    """The chain key and the head signer, both from the evaluator's unlocked minisign key."""

    signer: MinisignSecretKey

    @property
    def chain_key(self) -> bytes:
        # The Ed25519 seed never leaves this hash; the context string keeps this use apart
        # from signing (a different primitive over a different input).
        return hashlib.blake2b(
            _CHAIN_KEY_CONTEXT, key=self.signer.secret_key[:32], digest_size=32
        ).digest()


_UNLOCKED: dict[tuple[str, int, int, str], AuditKeys] = {}
_CACHE_SALT = secrets.token_bytes(16)  # the cache is keyed by a salted MAC, not the passphrase


def unlock_audit_keys(secret_key_path: Path, passphrase_env: str) -> AuditKeys:
    """Unlock the evaluator's minisign key once per process (scrypt is slow by design).

    Never creates anything: a missing key is an error, so `verify` stays read-only.
    """
    try:
        info = secret_key_path.stat()
    except FileNotFoundError:
        raise AuditKeyError(
            f"{secret_key_path}: the evaluator's minisign secret key is missing; the audit log "
            "is keyed and its head signed with it (make it with `sealflow keys new`, or point "
            "keys.dir at it); nothing was written"
        ) from None
    passphrase = os.environ.get(passphrase_env) or None
    tag = hmac.new(_CACHE_SALT, (passphrase or "").encode(), hashlib.sha256).hexdigest()
    cache_key = (str(secret_key_path.resolve()), info.st_mtime_ns, info.st_size, tag)
    if cache_key not in _UNLOCKED:
        try:
            secret = MinisignSecretKey.load(secret_key_path, passphrase)
        except SealflowError as exc:
            raise AuditKeyError(
                f"{exc} (the audit log needs the evaluator's key; its passphrase is read from "
                f"${passphrase_env})"
            ) from None
        _UNLOCKED[cache_key] = AuditKeys(secret)
    return _UNLOCKED[cache_key]


@dataclass(frozen=True)
class AuditHead:
    """A point of the chain: entry ``seq`` and its MAC (the genesis point is 0 and zeros)."""

    seq: int
    mac: str

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "mac": self.mac}


def _head_message(head: AuditHead) -> bytes:
    return _canonical({"format": HEAD_FORMAT, **head.as_dict()})


@dataclass(frozen=True)
class AuditLog:
    """An append-only audit log at ``path``, keyed by the evaluator's minisign secret key.

    ``workspace``, when given, is the folder whose files show that the workflow has run: a
    log that is missing or empty while it holds any then fails to verify.
    """

    path: Path
    secret_key_path: Path
    passphrase_env: str = DEFAULT_PASSPHRASE_ENV
    workspace: Path | None = None

    @property
    def head_path(self) -> Path:
        return self.path.with_name(self.path.name + ".head")

    def keys(self) -> AuditKeys:
        return unlock_audit_keys(self.secret_key_path, self.passphrase_env)

    def append(self, action: str, subject: str, **details: Any) -> dict[str, Any]:
        """Add one entry; ``subject`` is a file or batch name, never an identifier value."""
        if action not in ACTIONS:
            raise ValueError(f"audit action {action!r} is not one of {sorted(ACTIONS)}")
        keys = self.keys()
        fsutil.private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, fsutil.PRIVATE_FILE_MODE)
        with self._locked(exclusive=True), os.fdopen(fd, "r+", encoding="utf-8") as fh:
            tail = self._verified_tail(keys)
            body = {
                "seq": tail.seq + 1,
                "at": datetime.now(UTC).isoformat(timespec="microseconds"),
                "action": action,
                "subject": subject,
                "details": details,
                "prev": tail.mac,
            }
            mac = hmac.new(
                keys.chain_key, tail.mac.encode() + _canonical(body), hashlib.sha256
            ).hexdigest()
            entry = {**body, "mac": mac}
            fh.seek(0, os.SEEK_END)
            fh.write(json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
            self._write_head(AuditHead(tail.seq + 1, mac), keys)
        return entry

    @contextlib.contextmanager
    def _locked(self, exclusive: bool) -> Iterator[None]:
        """Hold the log's folder locked: one writer, or readers, across rule processes.

        An append writes its line and then the signed head; a reader between the two would see
        one entry more than the head records and take a sound log for a shortened one. So the
        writer holds the lock exclusively over both, and every reader that compares the two
        holds it shared. The folder, not the log, is locked: a reader must not create the log,
        and the head is replaced by rename, so neither file is a stable thing to lock.
        """
        try:
            fd = os.open(self.path.parent, os.O_RDONLY | os.O_DIRECTORY)
        except FileNotFoundError:
            yield  # no folder, no log and no head: nothing for a writer to be halfway through
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _write_head(self, head: AuditHead, keys: AuditKeys) -> None:
        signature = sign_bytes(
            _head_message(head), keys.signer, f"audit-head:{head.seq}\tmac:{head.mac}"
        )
        document = {"format": HEAD_FORMAT, **head.as_dict(), "minisig": signature}
        fsutil.write_json(self.head_path, document)

    def _verified_tail(self, keys: AuditKeys) -> AuditHead:
        macs = self._walk(keys)
        self._check_head(keys, macs, starting=True)
        return AuditHead(len(macs), macs[-1] if macs else GENESIS)

    def head(self) -> AuditHead:
        """The signed head as it stands now (what a signed document carries as its anchor).

        Checks the head's signature, not the whole chain: cheap enough for every document.
        """
        return self._read_head(self.keys()) or AuditHead(0, GENESIS)

    def _read_head(self, keys: AuditKeys) -> AuditHead | None:
        """The head file's point after checking its signature; None when there is none."""
        try:
            raw = self.head_path.read_bytes()
        except FileNotFoundError:
            return None
        where = str(self.head_path)
        if len(raw) > MAX_HEAD_BYTES:
            raise IntegrityError(f"{where}: larger than {MAX_HEAD_BYTES} bytes: not a head")
        document = load_object(raw, where, MAX_HEAD_BYTES)
        seq, mac, signature = document.get("seq"), document.get("mac"), document.get("minisig")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            seq = None
        if seq is None or not isinstance(mac, str) or not isinstance(signature, str):
            raise IntegrityError(
                f"{where}: not a signed audit head (seq, mac, minisig); the log's end cannot "
                "be trusted"
            )
        head = AuditHead(seq, mac)
        try:
            verify_bytes(_head_message(head), signature, keys.signer.public)
        except SealflowError:
            raise IntegrityError(
                f"{where}: its signature does not verify under the evaluator's key: the head "
                "was rewritten (entries may have been removed from the end)"
            ) from None
        return head

    def _check_head(self, keys: AuditKeys, macs: list[str], starting: bool = False) -> None:
        """The signed head matches the end; ``starting``: an append may begin a new log."""
        head = self._read_head(keys)
        seq = len(macs)
        if head is None:
            if seq:
                raise IntegrityError(
                    f"{self.head_path}: missing; cannot tell whether entries were removed"
                )
            if not starting:
                self._check_never_used()
            return
        last = macs[-1] if macs else GENESIS
        if head.seq != seq or not hmac.compare_digest(head.mac.encode(), last.encode()):
            raise IntegrityError(
                f"{self.path}: ends at entry {seq} but its signed head records entry "
                f"{head.seq}: entries were removed from the end (or the log was replaced)"
            )

    def _check_never_used(self) -> None:
        """An empty log with no head is only believable in a workspace the workflow never used."""
        if self.workspace is None or not self.workspace.is_dir():
            return
        for child in sorted(self.workspace.iterdir()):
            if child.name in _BOOKKEEPING:
                continue
            written = next((p for p in _files_under(child)), None)
            if written is not None:
                raise IntegrityError(
                    f"{self.path}: missing or empty, and its head too, but the workspace holds "
                    f"files the workflow wrote (e.g. {written.relative_to(self.workspace)}), "
                    "each of which was audited: the log was deleted"
                )

    def _walk(self, keys: AuditKeys) -> list[str]:
        """Every entry's MAC in order, each checked; IntegrityError names the first bad line."""
        return [entry["mac"] for entry in self._walk_entries(keys)]

    def _walk_entries(self, keys: AuditKeys) -> list[dict[str, Any]]:
        """Every entry in order, MAC and link checked; IntegrityError names the first bad line."""
        entries: list[dict[str, Any]] = []
        prev = GENESIS
        for line_no, line in self._lines():
            entry = _entry(line, f"{self.path}: line {line_no}")
            mac = entry.pop("mac")
            if entry.get("prev") != prev or entry.get("seq") != len(entries) + 1:
                raise IntegrityError(
                    f"{self.path}: line {line_no} breaks the chain (entry inserted, "
                    "removed or reordered before it)"
                )
            expected = hmac.new(keys.chain_key, prev.encode() + _canonical(entry), hashlib.sha256)
            if not hmac.compare_digest(expected.hexdigest().encode(), mac.encode()):
                raise IntegrityError(f"{self.path}: line {line_no} was edited (bad MAC)")
            prev = mac
            entries.append({**entry, "mac": mac})
        return entries

    def _lines(self) -> Iterator[tuple[int, bytes]]:
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 (closed below; absent is a normal case)
        except FileNotFoundError:
            return
        with fh:
            for line_no, line in enumerate(fh, start=1):
                if len(line) > MAX_LINE_BYTES:
                    raise IntegrityError(f"{self.path}: line {line_no} is not an audit entry")
                yield line_no, line

    def entry_macs(self) -> list[str]:
        """Every entry's MAC after a full verification (for checking anchors against)."""
        keys = self.keys()
        with self._locked(exclusive=False):
            macs = self._walk(keys)
            self._check_head(keys, macs)
        return macs

    def entries(self) -> list[dict[str, Any]]:
        """Every entry after a full verification (for the records that cite entries)."""
        keys = self.keys()
        with self._locked(exclusive=False):
            entries = self._walk_entries(keys)
            self._check_head(keys, [entry["mac"] for entry in entries])
        return entries

    def verify(self) -> int:
        """Check every entry's MAC and order and the signed head; return the number of entries.

        Raises IntegrityError naming the first line that does not verify, AuditKeyError when
        the evaluator's key is missing or locked. Writes nothing.
        """
        return len(self.entry_macs())


def since_retention_purge(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries after the last retention purge: those the workspace's records still cover.

    The purge deletes the request register and the release history with the rest of the
    workspace (unless `retention.keep` names them), so what the log recorded before it need
    not be found there any more.
    """
    for index in range(len(entries) - 1, -1, -1):
        entry = entries[index]
        details = entry.get("details")
        if (
            entry.get("action") == "purge"
            and isinstance(details, dict)
            and details.get("reason") == RETENTION_PURGE_REASON
        ):
            return entries[index + 1 :]
    return entries


def _files_under(folder: Path) -> Iterator[Path]:
    if folder.is_file():
        yield folder
        return
    for dirpath, _dirs, files in os.walk(folder):
        for name in sorted(files):
            yield Path(dirpath) / name


def _entry(line: bytes, where: str) -> dict[str, Any]:
    try:
        entry = load_object(line, where, MAX_LINE_BYTES)
    except IntegrityError:
        raise IntegrityError(f"{where} is not an audit entry") from None
    if not isinstance(entry.get("mac"), str):
        raise IntegrityError(f"{where} is not an audit entry (no MAC)")
    return entry


def study_audit_log(
    root: Path,
    workspace: str | os.PathLike[str] = "work",
    key_dir: str | os.PathLike[str] | None = None,
    evaluator: str = "evaluator",
    passphrase_env: str = DEFAULT_PASSPHRASE_ENV,
) -> AuditLog:
    """The audit log of a study, in the workspace; keyed by the evaluator's key in ``key_dir``.

    ``key_dir`` defaults to ``<workspace>/keys/evaluator`` (config ``keys.dir``), relative
    to the study root.
    """
    work = Path(root) / workspace
    folder = Path(key_dir) if key_dir is not None else Path(workspace) / "keys" / "evaluator"
    folder = folder if folder.is_absolute() else Path(root) / folder
    return AuditLog(
        path=work / "audit" / "audit.jsonl",
        secret_key_path=key_paths(evaluator, folder)[2],
        passphrase_env=passphrase_env,
        workspace=work,
    )


def settings_audit_log(study: StudySettings) -> AuditLog:
    """The study's audit log as its settings place it (keys.dir, evaluator, passphrase)."""
    return study_audit_log(
        study.root, study.workspace, study.keys.dir, study.evaluator, study.exchange.passphrase_env
    )


def config_audit_log(config: dict[str, Any]) -> AuditLog:
    """The study's audit log as a validated config.yaml describes it (keys.dir, evaluator)."""
    return settings_audit_log(StudySettings.from_config(config))
