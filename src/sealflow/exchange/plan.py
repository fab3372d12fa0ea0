"""The send plan: nothing leaves without an approved plan, and nothing is sent twice.

ARCHITECTURE.md invariant 10. The workflow's send rules (send_links, send_tokens,
send_invitations, transcription) call ``send_planned`` instead of sending directly. It
sends only content not already sent to that party (the send ledger in the workspace holds
each file's SHA-256 and batch id), and only when that content and its recipient appear in a
plan the evaluator signed (``sealflow plan approve``). A rerun therefore rebuilds and sends
nothing; a changed file is a new version that needs a new approval and goes in a new batch.

Three files: ``results/exchange/plan.json`` (names and counts only: what may be shown to
anyone), ``work/exchange/approved_plan.json`` + ``.minisig`` (the signed approval, with
SHA-256 of each file) and ``work/exchange/sent_content.jsonl`` (the ledger).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.config import resolve
from sealflow.errors import ConfigError, GateError, SignatureError
from sealflow.exchange.context import ExchangeContext, private_tree, relative
from sealflow.exchange.sending import send_files
from sealflow.exchange.shape import study_shape
from sealflow.seal.minisign import sign_bytes, verify_bytes
from sealflow.settings import StudySettings

PLAN_RESULT = "exchange/plan.json"
APPROVED_PLAN = "exchange/approved_plan.json"
SENT_LEDGER = "exchange/sent_content.jsonl"
SIGNATURE_SUFFIX = ".minisig"
# The interview selection's invitation list (govern/interviews.py; key interviews.invitations).

TO_SEND = "to send"
ALREADY_SENT = "already sent"
NOT_MADE = "not made yet"


@dataclass(frozen=True)
class SendSpec:
    """One send rule: what it sends, to whom, and which stage needs it there."""

    rule: str
    to: str
    purpose: str
    source: str
    why: str
    # The send record's name beside the rule's own (``recordings.json`` ->
    # ``recordings_vendor2.json``): a rule that sends to more than one party (transcription,
    # one spec per vendor) writes one record per party; "" is the rule's own output.
    record_suffix: str = ""

    def record_path(self, rule_record: Path) -> Path:
        """Where this spec's send record goes, given the rule's own record path."""
        if not self.record_suffix:
            return rule_record
        return rule_record.with_name(f"{rule_record.stem}{self.record_suffix}{rule_record.suffix}")


@dataclass(frozen=True)
class PlanItem:
    """One file of a pending (or done) send. ``sha256`` never goes to results/."""

    rule: str
    to: str
    purpose: str
    file: str
    why: str
    status: str
    size: int | None = None
    rows: int | None = None
    columns: tuple[str, ...] | None = None
    sha256: str | None = None
    batch_id: str | None = None

    def public(self) -> dict[str, Any]:
        """Names and counts only (for results/exchange/plan.json and the screen)."""
        shown = asdict(self)
        shown.pop("sha256")
        shown["columns"] = list(self.columns) if self.columns is not None else None
        return shown


def transcriber(study: StudySettings, parties: dict[str, Any]) -> str | None:
    """The vendor the recordings directly in inputs.recordings go to (those in another
    vendor's folder go to it: transcription_folders): exchange.transcription_vendor, else
    the first vendor."""
    vendors = [n for n, e in parties["parties"].items() if e.get("role") == "vendor"]
    chosen = study.exchange.transcription_vendor
    return chosen or (vendors[0] if vendors else None)


def send_specs(
    study: StudySettings, parties: dict[str, Any], survey: bool = True
) -> list[SendSpec]:
    """The sends this study's parties call for, in the order the workflow makes them.

    ``survey`` False (no survey platform declared and no export imported; see
    shape.study_shape): no links for the provider and no invitations, both made from the
    survey. Each source is named relative to the study root, as config.yaml names it."""
    roles = {name: entry.get("role") for name, entry in parties["parties"].items()}
    first = {
        role: next((n for n, r in roles.items() if r == role), None) for role in roles.values()
    }
    links = study.workspace / "links"
    specs = []
    if first.get("provider") and survey:
        specs.append(
            SendSpec(
                "send_links", str(first["provider"]), "links",
                study.relative(links / "links_for_provider.csv"),
                "the provider returns its extract keyed by survey token, for the link stage",
            )
        )  # fmt: skip
    if first.get("survey"):
        specs.append(
            SendSpec(
                "send_tokens", str(first["survey"]), "tokens",
                study.relative(links / "tokens_for_survey.csv"),
                "the survey platform invites each participant with their token",
            )
        )  # fmt: skip
    if first.get("provider") and study.interviews is not None and survey:
        specs.append(
            SendSpec(
                "send_invitations", str(first["provider"]), "invitations",
                study.relative(study.interviews.invitations),
                "the provider invites these people to an interview (pseudonymous IDs only: "
                "the respondents drawn from those who agreed to be contacted)",
            )
        )  # fmt: skip
    for index, (vendor, folder) in enumerate(transcription_folders(study, parties)):
        specs.append(
            SendSpec(
                "transcription", vendor, "recordings", study.relative(folder),
                "the vendor returns transcripts, for the scrub stage",
                f"_{folder.name}" if index else "",  # the first writes the rule's record
            )
        )  # fmt: skip
    return specs


def transcription_folders(study: StudySettings, parties: dict[str, Any]) -> list[tuple[str, Path]]:
    """(vendor, folder of the recordings assigned to it), the transcriber's first.

    The interview team assigns a recording to a vendor by where it puts it: the files
    directly in the recordings folder (inputs.recordings) go to the transcriber
    (:func:`transcriber`); those in a subfolder named after a vendor party
    (``recordings/vendor2/``) go to that vendor only, as its transcripts come back into a
    folder of its own. No vendor: none; no recording anywhere yet: the transcriber's
    (empty) folder, which the plan shows as not made yet."""
    chosen = transcriber(study, parties)
    if chosen is None:
        return []
    vendors = {n for n, e in parties["parties"].items() if e.get("role") == "vendor"}
    recordings = study.inputs.recordings
    folders = (
        sorted(p for p in recordings.iterdir() if p.is_dir() and not p.name.startswith("."))
        if recordings.is_dir()
        else []
    )
    strays = [p.name for p in folders if p.name not in vendors]
    if strays:
        raise ConfigError(
            f"{study.relative(recordings)}/{strays[0]}: a folder of recordings named after no "
            f"vendor (vendors: {', '.join(sorted(vendors))}); name it after the vendor that "
            "is to transcribe them, or move them up for the transcriber"
        )
    assigned = [(p.name, p) for p in folders if _files(p)]
    if _files(recordings) or not assigned:
        assigned.insert(0, (chosen, recordings))
    return assigned


def _files(path: Path) -> list[Path]:
    """A file, or the regular files directly in a folder (batches are flat)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and not p.is_symlink())
    return [path] if path.is_file() else []


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _shape(path: Path) -> tuple[int | None, tuple[str, ...] | None]:
    """Rows and column names of a CSV or Parquet file (names only, never a value)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            return sum(1 for _ in reader), tuple(header)
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        meta = pq.read_metadata(path)
        return meta.num_rows, tuple(meta.schema.to_arrow_schema().names)
    return None, None


def read_ledger(ctx: ExchangeContext, study: StudySettings) -> list[dict[str, Any]]:
    path = _work(study, SENT_LEDGER)
    return fsutil.read_json_lines(path) if path.is_file() else []


def _has_survey(ctx: ExchangeContext, study: StudySettings) -> bool:
    return study_shape(study, ctx.parties).survey


def current_plan(ctx: ExchangeContext, study: StudySettings) -> list[PlanItem]:
    """Every file each send rule would send now, with its status against the ledger."""
    ledger = read_ledger(ctx, study)
    return [
        item
        for spec in send_specs(study, ctx.parties, _has_survey(ctx, study))
        for item in _spec_items(ctx, spec, ledger)
    ]


def _spec_items(
    ctx: ExchangeContext, spec: SendSpec, ledger: list[dict[str, Any]]
) -> list[PlanItem]:
    """The files of one send spec, each with its status against the ledger."""
    sent = {(e["to"], e["sha256"]): e["batch_id"] for e in ledger}
    # Each vendor is sent only the recordings assigned to it (transcription_folders); as a
    # guard, one already sent to any vendor (then moved to another's folder) is not sent
    # again: a recording goes to one vendor only, and its deletion clock runs there.
    recordings_sent = {e["sha256"]: e["batch_id"] for e in ledger if e["purpose"] == "recordings"}
    source = resolve(ctx.root, spec.source)
    files = _files(source)
    if not files:
        return [PlanItem(spec.rule, spec.to, spec.purpose, spec.source, spec.why, NOT_MADE)]
    items = []
    for path in files:
        sha = _sha256(path)
        rows, columns = _shape(path)
        batch = sent.get((spec.to, sha))
        if batch is None and spec.purpose == "recordings":
            batch = recordings_sent.get(sha)
        items.append(
            PlanItem(
                spec.rule, spec.to, spec.purpose, relative(ctx, path), spec.why,
                ALREADY_SENT if batch else TO_SEND, path.stat().st_size, rows, columns,
                sha, batch,
            )
        )  # fmt: skip
    return items


def write_plan_result(items: list[PlanItem], out: Path) -> dict[str, Any]:
    """results/exchange/plan.json: names and counts only."""
    body = {
        "sends": [item.public() for item in items],
        "to_send": sum(item.status == TO_SEND for item in items),
        "already_sent": sum(item.status == ALREADY_SENT for item in items),
        "not_made_yet": sum(item.status == NOT_MADE for item in items),
    }
    fsutil.write_json(out, body, 0o644)
    return body


def describe(items: list[PlanItem]) -> list[str]:
    """The plan as lines for the person at the keyboard (names and counts, no values): one
    heading per send and party (party, purpose, why), then one line per file."""
    if not items:
        return ["nothing to send: this study's parties call for no sends"]
    lines: list[str] = []
    for rule, to in dict.fromkeys((item.rule, item.to) for item in items):
        group = [item for item in items if (item.rule, item.to) == (rule, to)]
        lines.append(f"to {group[0].to} [{group[0].purpose}], because {group[0].why}:")
        for item in group:
            details = [f"{item.status} ({item.batch_id})" if item.batch_id else item.status]
            if item.rows is not None:
                details.append(f"{item.rows} rows")
            if item.columns is not None:
                details.append(f"columns {', '.join(item.columns)}")
            if item.size is not None:
                details.append(f"{item.size} bytes")
            lines.append(f"    {item.file}: {'; '.join(details)}")
    return lines


def _work(study: StudySettings, path: str) -> Path:
    return study.workspace / path


def approved_plan_path(ctx: ExchangeContext, study: StudySettings) -> Path:
    return _work(study, APPROVED_PLAN)


def approve(ctx: ExchangeContext, study: StudySettings, items: list[PlanItem]) -> Path | None:
    """Sign the files still to send into work/exchange/approved_plan.json (None: nothing to).

    The signature is a plain minisign signature over the file's bytes, so an unattended run
    can equally use a plan made beforehand and signed with ``minisign -S``.
    """
    pending = [item for item in items if item.status == TO_SEND]
    if not pending:
        return None
    body = {
        "approved_by": ctx.own_name,
        "approved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sends": [
            {"to": i.to, "purpose": i.purpose, "file": i.file, "sha256": i.sha256, "size": i.size}
            for i in pending
        ],
    }
    data = (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")
    path = approved_plan_path(ctx, study)
    private_tree(ctx, path.parent)
    signature = sign_bytes(data, ctx.keys.signing_key(), f"approved send plan\tby:{ctx.own_name}")
    fsutil.write_bytes(path, data)
    fsutil.write_text(path.with_name(path.name + SIGNATURE_SUFFIX), signature)
    ctx.record_audit(
        "write",
        path.name,
        what="approved send plan",
        files=len(pending),
        to=sorted({i.to for i in pending}),
    )
    return path


def approved_sends(ctx: ExchangeContext, study: StudySettings) -> set[tuple[str, str]]:
    """(recipient, SHA-256) pairs of the signed approved plan; signature checked first."""
    path = approved_plan_path(ctx, study)
    signature = path.with_name(path.name + SIGNATURE_SUFFIX)
    if not path.is_file() or not signature.is_file():
        return set()
    data = path.read_bytes()
    try:
        verify_bytes(data, signature.read_text(encoding="utf-8"), ctx.public_keys()[ctx.own_name])
    except (SignatureError, UnicodeDecodeError) as exc:
        raise GateError(
            f"{relative(ctx, path)}: the approved plan's signature does not verify ({exc}); "
            "run `sealflow plan approve -c CONFIG` again"
        ) from None
    body = json.loads(data)
    return {(str(s["to"]), str(s["sha256"])) for s in body.get("sends", [])}


def send_planned(
    ctx: ExchangeContext, study: StudySettings, rule: str, record_path: Path
) -> dict[str, Any]:
    """What a send rule runs: send the approved, not yet sent files of ``rule``; record it.

    Content already sent to the party is skipped (recorded as "already sent", keeping the
    first send's batch id and time, so a vendor's deletion clock is not restarted); anything
    else must be in the signed approved plan, or nothing is sent. A rule of several specs
    (transcription: one per vendor) checks them all before sending any, sends each party
    its own batch, and writes each party's record (SendSpec.record_path); it returns the
    rule's own.
    """
    specs = send_specs(study, ctx.parties, _has_survey(ctx, study))
    mine = [s for s in specs if s.rule == rule]
    if not mine:
        raise ConfigError(
            f"rule {rule}: not a send this study's parties call for "
            f"(its sends: {', '.join(dict.fromkeys(s.rule for s in specs)) or 'none'}); "
            "check the roles in parties.yaml"
        )
    ledger = read_ledger(ctx, study)
    planned = [(spec, _spec_items(ctx, spec, ledger)) for spec in mine]
    for spec, items in planned:
        if any(i.status == NOT_MADE for i in items):
            raise GateError(f"{spec.source}: nothing to send to {spec.to} (no file there)")
    new = [i for _, items in planned for i in items if i.status == TO_SEND]
    if new:
        approved = approved_sends(ctx, study)
        refused = [i for i in new if (i.to, i.sha256) not in approved]
        if refused:
            more = f" (and {len(refused) - 1} more file(s))" if len(refused) > 1 else ""
            raise GateError(
                f"{refused[0].file}: not in an approved plan for {refused[0].to}{more}; "
                "nothing sent. Review with `sealflow plan -c CONFIG`, then run "
                "`sealflow plan approve -c CONFIG`"
            )
    records = [
        _send_spec(ctx, study, spec, items, ledger, spec.record_path(record_path))
        for spec, items in planned
    ]
    return records[0]


def _send_spec(
    ctx: ExchangeContext,
    study: StudySettings,
    spec: SendSpec,
    items: list[PlanItem],
    ledger: list[dict[str, Any]],
    record_path: Path,
) -> dict[str, Any]:
    """Send one spec's new (approved) files in one batch, or record that all were sent."""
    new = [i for i in items if i.status == TO_SEND]
    if not new:
        record = _already_sent(ctx, items)
        fsutil.write_json(record_path, record, 0o644)
        ctx.record_audit(
            "read", spec.rule, to=spec.to, files=len(items), sent=False, reason=ALREADY_SENT
        )
        return record
    version = 1 + len(
        {e["batch_id"] for e in ledger if (e["to"], e["purpose"]) == (spec.to, spec.purpose)}
    )
    record = send_files(ctx, spec.to, spec.purpose, [ctx.root / i.file for i in new], record_path)
    if "not_resent" in record:
        # Every new file was already held by an earlier batch (a table whose rows were all
        # sent, as after an erasure or a revert to an earlier version): nothing left, and
        # the record says so. The ledger notes the content under that batch, so the plan
        # shows it as already sent from now on.
        record |= {"status": ALREADY_SENT, "already_sent": len(items)}
    else:
        record |= {"status": "sent", "version": version, "already_sent": len(items) - len(new)}
    fsutil.write_json(record_path, record, 0o644)
    sent = [(i.file, str(i.sha256)) for i in new]
    _append_ledger(ctx, study, _ledger_lines(spec.to, spec.purpose, record, sent))
    return record


def record_sent(
    ctx: ExchangeContext,
    study: StudySettings,
    purpose: str,
    record: dict[str, Any],
    files: list[Path],
) -> None:
    """Enter a send made outside the send rules (the demo's set-up) in the ledger, so no
    rule sends the same content again, to that party or, for recordings, to another vendor."""
    sent = [(relative(ctx, path), _sha256(path)) for path in files]
    _append_ledger(ctx, study, _ledger_lines(record["to"], purpose, record, sent))


def _ledger_lines(
    to: str, purpose: str, record: dict[str, Any], files: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The ledger's line for each (file, SHA-256) sent in one batch: the one shape that the
    send rules and the sends made outside them (record_sent) both write."""
    return [
        {"to": to, "purpose": purpose, "file": file, "sha256": sha256,
         "batch_id": record["batch_id"], "sent_at": record["sent_at"]}
        for file, sha256 in files
    ]  # fmt: skip


def _already_sent(ctx: ExchangeContext, items: list[PlanItem]) -> dict[str, Any]:
    """The latest earlier send record of these files, marked as not sent again."""
    batch_ids = sorted({str(i.batch_id) for i in items})
    earlier = ctx.path("records") / "sent" / f"{batch_ids[-1]}.json"
    record = fsutil.read_json(earlier) if earlier.is_file() else {"batch_id": batch_ids[-1]}
    return record | {
        "status": ALREADY_SENT,
        "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "batches": batch_ids,
    }


def _append_ledger(
    ctx: ExchangeContext, study: StudySettings, entries: list[dict[str, Any]]
) -> None:
    """Append, never rewrite: send rules run in parallel (one per party), and a rewrite by
    one would drop the lines another appended meanwhile. One write() in O_APPEND mode."""
    path = _work(study, SENT_LEDGER)
    private_tree(ctx, path.parent)
    data = "".join(json.dumps(e, sort_keys=True) + "\n" for e in entries).encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
