"""`sealflow status`: where a study stands, what waits on whom, and the next command.

Read from what the stages leave in results/ and the workspace's exchange records (batch ids,
names, counts and dates, never a value). Offline except for receipts over a local drop-box:
asking an SFTP host is a transfer, left to `sealflow receive`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.exchange.context import ExchangeContext
from sealflow.exchange.followup import collect_receipts
from sealflow.exchange.plan import TO_SEND, approved_sends, current_plan
from sealflow.exchange.shape import StudyShape, study_shape
from sealflow.exchange.waiting import waiting_batches
from sealflow.govern.closed import closed_reason
from sealflow.govern.requests import status_requests
from sealflow.govern.scrub_coverage import scrub_coverage
from sealflow.govern.settings import GovernSettings
from sealflow.govern.stage_outputs import expected_outputs
from sealflow.report.gates import scrub_failures_gate, scrubbed_gate
from sealflow.settings import StudySettings

# Stage -> what it leaves under results/ (a file, or a folder with at least one .json).
STAGE_OUTPUTS = {
    "links": "links/links_report.json",
    "receive": "exchange/received",
    "ingest": "ingest/ingest_report.json",
    "scrub": "scrub/summary.json",
    "link": "link/match_report.json",
    "anonymise": "anonymise/risk.json",
    "outcome": "outcome/checks.json",
    "plan": "exchange/plan.json",
    "send": "exchange/sent",
    "report": "report/deidentification.json",
    "retention": "governance/retention.json",
}
# What to do first in a study that declares no party but the evaluator (`sealflow init`).
NO_PARTIES_FIX = (
    "declare the other parties in parties.yaml (docs/OPERATIONS.md, step 3), or bring their "
    "files in with `sealflow import --from PARTY FILE`"
)


INCOMPLETE = "incomplete"
# Stages built on every other: once one of them has run, each stage of the study has.
LAST_STAGES = ("report", "retention")


def _incomplete(
    config: dict[str, Any], study: StudySettings, shape: StudyShape, off: set[str]
) -> dict[str, list[str]]:
    """Stage -> its files missing, for each stage a run left unfinished: some of its files are
    there and others not, or none are but a stage built on it has run (a failed job's outputs
    are all removed, its marker with them). Never for a closed study, whose workspace the
    purge emptied and which the workflow refuses to run."""
    if closed_reason(GovernSettings.from_config(config, study.root)):
        return {}
    expected = expected_outputs(config, study, shape)
    built_on = any(path.exists() for stage in LAST_STAGES for path in expected[stage])
    incomplete = {}
    for stage, paths in expected.items():
        missing = [path for path in paths if not path.exists()]
        if stage not in off and missing and (built_on or len(missing) < len(paths)):
            incomplete[stage] = [_shown(study, path) for path in missing]
    return incomplete


def provider_inputs_missing(study: StudySettings, shape: StudyShape) -> str | None:
    """What the run cannot read and the fix, or None: the provider's files, which every run
    ingests, missing with no provider declared to send them (a fresh `sealflow init`).

    The workflow stops on it before building its jobs (common.smk), with the line `status`
    gives, instead of Snakemake's MissingInputException.
    """
    if shape.providers:
        return None  # its batch brings them: the receive and open rules make them
    missing = [
        f"{_shown(study, getattr(study.inputs, key))} (inputs.{key})"
        for key in ("roster", "admin_extract")
        if not getattr(study.inputs, key).is_file()
    ]
    if not missing:
        return None
    return (
        f"{' and '.join(missing)} not there, and no party in parties.yaml has the role "
        "provider to send them: declare the provider in parties.yaml (docs/OPERATIONS.md, "
        "step 3), or bring the files in with `sealflow import --from provider FILE`"
    )


def receive_command(parties: list[str], results: str, config_file: str) -> str:
    """The commands that take in the batches waiting from ``parties`` (OPERATIONS.md section
    2): their receive jobs forced (the rule has no input that a new batch would date), then
    the usual run, which opens the batches and rebuilds what is built on them."""
    if not parties:
        return ""
    targets = " ".join(f"{results}/exchange/received/{party}.json" for party in parties)
    run = f"--cores 2 --configfile {config_file}"
    return f"snakemake {targets} --forcerun receive {run}, then snakemake {run}"


def _shown(study: StudySettings, path: Path) -> str:
    return str(path.relative_to(study.root)) if path.is_relative_to(study.root) else str(path)


def _ran(results: Path, relative: str) -> bool:
    path = results / relative
    return path.is_file() or (path.is_dir() and any(path.glob("*.json")))


def study_status(
    config: dict[str, Any], ctx: ExchangeContext, config_file: str = "CONFIG"
) -> dict[str, Any]:
    """Stages run, stages off (and why), what is pending, the gates, the next command."""
    study = StudySettings.from_config(config)
    results = study.results
    shape = study_shape(study, ctx.parties)
    off = {stage for stage, _ in shape.off}
    stages = {
        stage: ("ran" if _ran(results, rel) else "off" if stage in off else "not yet")
        for stage, rel in STAGE_OUTPUTS.items()
    }
    incomplete = _incomplete(config, study, shape, off)
    stages.update(dict.fromkeys(incomplete, INCOMPLETE))
    plan = current_plan(ctx, study)
    approved = approved_sends(ctx, study)
    to_send = [item for item in plan if item.status == TO_SEND]
    unapproved = [i for i in to_send if (i.to, i.sha256) not in approved]
    report_path = results / STAGE_OUTPUTS["report"]
    gates = fsutil.read_json(report_path)["gates"] if report_path.is_file() else []
    gates = _scrubbed_now(gates, results, scrub_coverage(study))
    quarantine = ctx.path("quarantine")
    status: dict[str, Any] = {
        "stages": stages,
        # The provider's files, missing with no provider to send them: what to do first.
        "inputs_missing": provider_inputs_missing(study, shape),
        # A stage whose last run failed or stopped: the files it did not make.
        "incomplete": incomplete,
        "off": [{"stage": stage, "why": why} for stage, why in shape.off],
        # Whether the study has a survey: without one, the stages built on it are off.
        "survey": shape.survey,
        # Nothing declared but the evaluator: the run has nothing to read yet.
        "parties_declared": bool(shape.providers or shape.surveys or shape.vendors),
        "pending": {
            "plan_approval": [i.public() for i in unapproved],
            "approved_not_sent": [i.public() for i in to_send if i not in unapproved],
            # Batches in a local drop-box not received yet: the receive rule does not see
            # them on its own once it has run (exchange/waiting.py).
            "waiting_batches": waiting_batches(ctx),
            "receipts": _receipts(ctx),
            "vendor_deletions": _deletions(ctx, results),
            "requests": status_requests(config),
            "quarantine": sorted(p.name for p in quarantine.iterdir() if p.is_dir())
            if quarantine.is_dir()
            else [],
        },
        "gates": gates,
    }
    status["receive_command"] = receive_command(
        sorted({b["from"] for b in status["pending"]["waiting_batches"]}),
        _shown(study, results),
        config_file,
    )
    status["next"] = _next_command(status, config_file)
    return status


def _scrubbed_now(
    gates: list[dict[str, Any]], results: Path, coverage: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """The report's gates, with "every document scrubbed" and "no scrub failures" evaluated
    again now.

    The report was built at the end of the last run; a transcript imported since has no
    scrubbed copy, so the gate as it stands now says so and names it (file names only), and
    "no scrub failures", whose summary cannot speak for it, no longer passes beside it.
    """
    residual_path = results / "scrub" / "residual.json"
    summary_path = results / "scrub" / "summary.json"
    now = {}
    if residual_path.is_file():
        now["every document scrubbed"] = scrubbed_gate(fsutil.read_json(residual_path), coverage)
    if summary_path.is_file():
        now["no scrub failures"] = scrub_failures_gate(fsutil.read_json(summary_path), coverage)
    return [now[gate["name"]].as_dict() if gate.get("name") in now else gate for gate in gates]


def _receipts(ctx: ExchangeContext) -> list[dict[str, Any]]:
    """Receipts for our sent batches, checked for parties on a local drop-box only."""
    sent_to = set()
    sent_dir = ctx.path("records") / "sent"
    for path in sorted(sent_dir.glob("*.json")) if sent_dir.is_dir() else []:
        record = fsutil.read_json(path)
        if "manifest_sha256" in record:
            sent_to.add(str(record["to"]))
    statuses: list[dict[str, Any]] = []
    for party in sorted(sent_to):
        if ctx.entry(party).get("transport", "local") == "local":
            statuses += [s for s in collect_receipts(ctx, party) if s["status"] != "acknowledged"]
        else:
            statuses.append({"to": party, "status": "not checked offline (sftp)"})
    return statuses


def _deletions(ctx: ExchangeContext, results: Path) -> list[dict[str, Any]]:
    """Each vendor delivery not yet confirmed deleted: its status and deadline (offline).

    Once deletion_check has run for a vendor, its statuses are what counts: one per
    transcript delivery, the deadline from that delivery (the notice's clock), and the
    recordings still awaiting a transcript. A vendor the check has not seen yet falls back
    to its sent recordings batches, counted from when they were sent.
    """
    checked: dict[str, dict[str, Any]] = {}
    for path in sorted((results / "exchange" / "deletion").glob("*.json")):
        for entry in fsutil.read_json(path).get("deletions", []):
            checked[entry["batch_id"]] = entry
    seen = {entry["party"] for entry in checked.values()}
    out = {b: e for b, e in checked.items() if e.get("status") != "confirmed"}
    sent_dir = ctx.path("records") / "sent"
    for path in sorted(sent_dir.glob("*.json")) if sent_dir.is_dir() else []:
        record = fsutil.read_json(path)  # by batch id: a rule's own record repeats one
        party = ctx.parties["parties"].get(record.get("to"), {})
        if party.get("role") != "vendor" or "manifest_sha256" not in record:
            continue
        if record["to"] in seen or record["batch_id"] in checked:
            continue
        days = int(party.get("deletion_deadline_days", ctx.exchange.deletion_deadline_days))
        deadline = datetime.fromisoformat(record["sent_at"]) + timedelta(days=days)
        late = datetime.now(UTC) > deadline
        out[record["batch_id"]] = {
            "batch_id": record["batch_id"], "party": record["to"],
            "deadline": deadline.isoformat(), "status": "overdue" if late else "pending",
        }  # fmt: skip
    return [out[batch_id] for batch_id in sorted(out)]


def _next_command(status: dict[str, Any], config_file: str) -> str:
    stages, pending = status["stages"], status["pending"]
    run = f"snakemake --cores 2 --configfile {config_file}"
    if pending["quarantine"]:
        return (
            "look into work/exchange/quarantine/<batch>/reason.json (docs/OPERATIONS.md section 3)"
        )
    if status["receive_command"]:
        return f"take in the waiting batch(es): {status['receive_command']}"
    if not status["parties_declared"] and stages["report"] != "ran":
        return f"{NO_PARTIES_FIX}, then {run}"
    if status["inputs_missing"] and stages["report"] != "ran":
        return f"{status['inputs_missing']}; then {run}"
    if status["incomplete"]:
        return (
            f"{run} (it runs {', '.join(status['incomplete'])} again; if that fails, its error "
            "names what to fix: for an input table the file, row and column, or ask the sender "
            "for a corrected file)"
        )
    if stages["report"] != "ran":
        return run
    if pending["plan_approval"]:
        return f"sealflow plan approve -c {config_file}"
    if pending["approved_not_sent"]:
        return f"snakemake send --cores 2 --configfile {config_file}"
    if not status["survey"]:
        return (
            "nothing more to run: the report is built, and certify and deposit are off without "
            "a survey (they certify the anonymised linked table)"
        )
    if any(not gate["passed"] for gate in status["gates"]):
        return "fix the failing gates (results/report/deidentification.html), then " + run
    return f"sealflow certify statement --config {config_file} (OPERATIONS.md: Certify and deposit)"


def _some(paths: list[str], shown: int = 3) -> str:
    """The first few paths, and how many more (a failed scrub leaves a dozen missing)."""
    more = len(paths) - shown
    return ", ".join(paths[:shown]) + (f" and {more} more" if more > 0 else "")


def describe(status: dict[str, Any]) -> list[str]:
    """The status as lines for the person at the keyboard."""
    lines = ["stages:"]
    lines += [
        f"  {stage}: {state}"
        + (
            f" (the last run failed or stopped here: {_some(status['incomplete'][stage])} "
            "missing; the error is in its log under logs/)"
            if state == INCOMPLETE
            else ""
        )
        for stage, state in status["stages"].items()
    ]
    lines += [f"  off: {o['stage']}: {o['why']}" for o in status["off"]]
    pending = status["pending"]
    lines.append("pending:")
    for key, label in (
        ("plan_approval", "awaiting plan approval"),
        ("approved_not_sent", "approved, not sent yet"),
    ):
        lines += [f"  {label}: {i['file']} for {i['to']}" for i in pending[key]]
    lines += [
        f"  batch waiting in the drop-box from {b['from']}: {b['batch_id']}"
        for b in pending.get("waiting_batches", [])
    ]
    lines += [
        f"  receipt from {r['to']}: {r.get('batch_id', '')} {r['status']}"
        for r in pending["receipts"]
    ]
    lines += [
        f"  deletion by {d['party']}: {d['batch_id']} {d['status']}"
        + (f" (deadline {d['deadline']})" if d.get("deadline") else "")
        for d in pending["vendor_deletions"]
    ]
    lines += [
        f"  request {r['id']} ({r['right']}): due {r['due']}, {r['clock']}"
        + (
            f" (from the audit log: {r['register_missing']} is missing; restore it from backup)"
            if r.get("register_missing")
            else ""
        )
        for r in pending["requests"]
    ]
    lines += [f"  quarantined batch: {name}" for name in pending["quarantine"]]
    if not any(pending.values()):
        lines.append("  nothing")
    lines.append(
        "gates (from the report before the failed stage: no longer current):"
        if status.get("incomplete")
        else "gates:"
    )
    lines += [
        f"  {'pass' if g['passed'] else 'FAIL'}: {g['name']}"
        + (f" ({g['note']})" if not g["passed"] and g.get("note") else "")
        for g in status["gates"]
    ] or ["  not evaluated yet (the report has not run)"]
    lines.append(f"next: {status['next']}")
    return lines


def as_json(status: dict[str, Any]) -> str:
    return json.dumps(status, indent=2, sort_keys=True)
