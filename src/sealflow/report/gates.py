"""The gates certification checks: each a figure, the limit it is held to, and pass or fail.

A gate whose stage has not run fails: certification must never pass by omission.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sealflow.errors import InputSchemaError
from sealflow.report.collect import SOURCES, ReportData


@dataclass(frozen=True)
class Gate:
    name: str
    figure: Any
    limit: str
    passed: bool
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _whole(value: Any, source: str, field: str, default: int | None = 0) -> int | None:
    """A whole number from a stage's JSON, or one clear error naming the file and field.

    A gate must never pass on a value it cannot read, nor show a user a traceback.
    """
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise InputSchemaError(
            f"results/{SOURCES[source]}: field {field} is {value!r}, not a whole number; "
            "rerun the stage that writes it"
        )
    return int(value)


def _missing(name: str, stage: str) -> Gate:
    return Gate(name, None, f"stage {stage} has run", False, f"no output from {stage} yet")


def scrubbed_gate(residual: dict[str, Any], coverage: dict[str, Any] | None) -> Gate:
    """Every document the scan could read, and every transcript received has a scrubbed copy.

    The residual scan sees only what the scrub wrote, so a transcript received after the
    scrub ran (an import) is missing from every figure; the received folder, compared with
    the scrubbed one when the gate is evaluated (govern/scrub_coverage.py), shows it. The
    note names such files (file names only), so the data manager knows which and what to do.
    """
    unreadable = len(residual.get("unreadable") or [])
    missing = list((coverage or {}).get("not_scrubbed") or [])
    note = ""
    if missing:
        note = (
            f"{len(missing)} received transcript(s) not scrubbed, or changed since: "
            f"{', '.join(missing)}; run the scrub stage again (a file that came outside a "
            "sealed batch goes in with `sealflow import`, never by hand); if the scrub "
            "fails, its log (logs/scrub/) names the file it refused and why: the vendor "
            "re-saves that file, and it comes in again"
        )
    return Gate(
        "every document scrubbed",
        unreadable + len(missing),
        "= 0 unreadable or not scrubbed",
        not unreadable and not missing,
        note,
    )


def scrub_failures_gate(scrub: dict[str, Any], coverage: dict[str, Any] | None) -> Gate:
    """No document failed in the last scrub that finished, and none received since is owed.

    The scrub summary is written only by a scrub that finished. A transcript scrub that
    refused a document fails as a whole and writes none, so the summary left in place is an
    earlier one, with no failures. A received transcript with no scrubbed copy (coverage)
    is one that summary cannot speak for: the gate then fails as not known, and says where
    the reason is, rather than passing beside "every document scrubbed" (attack18 G2, G8).
    """
    failed = scrub.get("failed") or []
    count = len(failed) if isinstance(failed, list) else _whole(failed, "scrub", "failed")
    missing = list((coverage or {}).get("not_scrubbed") or [])
    if count == 0 and missing:
        return Gate(
            "no scrub failures",
            None,
            "= 0 documents",
            False,
            f"not known: the last finished scrub predates {len(missing)} received "
            "transcript(s) with no scrubbed copy (see 'every document scrubbed'); a scrub "
            "that refused a document failed as a whole, and its log (logs/scrub/) names "
            "the file and why",
        )
    return Gate("no scrub failures", count, "= 0 documents", count == 0)


def evaluate(data: ReportData) -> list[Gate]:
    """Compute every gate from the collected stage summaries."""
    gates: list[Gate] = []
    residual = data.stages.get("residual")
    if residual is None:
        gates.append(_missing("residual scan finds nothing", "scrub"))
    else:
        hits = _whole(residual.get("hits_total"), "residual", "hits_total")
        gates.append(Gate("residual scan finds nothing", hits, "= 0 hits", hits == 0))
        gates.append(scrubbed_gate(residual, data.coverage))
    scrub = data.stages.get("scrub")
    if scrub is not None:
        gates.append(scrub_failures_gate(scrub, data.coverage))
    risk = data.stages.get("risk")
    if risk is None:
        gates.append(_missing("k-anonymity", "anonymise"))
    else:
        models, achieved = risk.get("models") or {}, risk.get("achieved") or {}
        k_req = _whole(models.get("k"), "risk", "models.k") or 0
        k_got = _whole(achieved.get("k"), "risk", "achieved.k", None)
        gates.append(
            Gate("k-anonymity", k_got, f">= {k_req}", k_got is not None and k_got >= k_req)
        )
        withheld = set((risk.get("achieved_diversity") or {}).get("withheld") or [])
        if models.get("l"):
            l_req = _whole(models["l"], "risk", "models.l") or 0
            l_got = _whole(achieved.get("l"), "risk", "achieved.l", None)
            if l_got is None and withheld and withheld >= set(models.get("sensitive") or []):
                gates.append(
                    Gate("l-diversity", "withheld", f">= {l_req}", True, "every sensitive column "
                         "is withheld: no sensitive value is released")
                )  # fmt: skip
            else:
                gates.append(
                    Gate("l-diversity", l_got, f">= {l_req}", l_got is not None and l_got >= l_req)
                )
        population = (risk.get("disclosure_risk") or {}).get("population")
        if population is not None:
            below = (
                _whole(population.get("records_below_k", 0), "risk", "population.records_below_k")
                or 0
            )
            gates.append(
                Gate(
                    "rows matching fewer than k staff of the provider's extract",
                    below,
                    "= 0",
                    below == 0,
                )
            )
        measures = risk.get("risk") or {}
        above = _whole(
            measures.get("records_above_threshold"), "risk", "risk.records_above_threshold"
        )
        threshold = measures.get("risk_threshold")
        gates.append(
            Gate(
                "records above the risk threshold",
                above,
                f"= 0 (threshold {threshold})",
                above == 0,
            )
        )
    outcome = data.stages.get("outcome")
    if outcome is None:
        gates.append(_missing("outcome cells pass output checks", "outcome"))
    else:
        unprotected = [
            c for c in outcome.get("checks", []) if not c.get("pass") and c.get("action") == "none"
        ]
        gates.append(
            Gate(
                "outcome cells pass output checks",
                len(unprotected),
                "= 0 failing cells left unsuppressed",
                not unprotected,
            )
        )
        quotes = outcome.get("quote_release")
        if quotes:
            unreasoned = int(quotes.get("withheld_flagged_without_reason", 0))
            gates.append(
                Gate(
                    "flagged quotes leave only with a signed reason",
                    {k: quotes.get(k, 0) for k in ("flagged", "approved", "released")},
                    "= 0 flagged quotes approved without a reason",
                    unreasoned == 0,
                    f"{unreasoned} flagged quote(s) approved without a reason were withheld; "
                    "add the reason to the approvals file and sign it again, or unapprove them"
                    if unreasoned
                    else "",
                )
            )
    gates.extend(_vendor_deletion_gate(data.deletions))
    quarantined = sum(len(r.get("quarantined", [])) for r in data.received)
    gates.append(
        Gate(
            "no quarantined batch",
            quarantined,
            "= 0 batches",
            quarantined == 0,
            "a quarantined batch was never decrypted; ask the sender to resend",
        )
    )
    return gates


def _vendor_deletion_gate(deletions: list[Any]) -> list[Gate]:
    """Vendors hold recordings and transcript copies only until their deadline.

    Overdue or incomplete fails: a vendor still holds personal data the notice says it
    deletes. A late confirmation passes with a note: the data is gone now and the breach of
    the clock is on record (it cannot be undone, so it cannot block certification forever).
    No deliveries yet (a study without interviews) means no gate.
    """
    statuses = [d for d in deletions if isinstance(d, dict)]
    if not statuses:
        return []
    counts: dict[str, int] = {}
    for status in statuses:
        counts[str(status.get("status"))] = counts.get(str(status.get("status")), 0) + 1
    open_problems = counts.get("overdue", 0) + counts.get("incomplete", 0)
    notes = []
    if open_problems:
        notes.append(
            f"{open_problems} deliver{'y' if open_problems == 1 else 'ies'} overdue or "
            "incomplete: chase the vendor for a signed confirmation covering every copy"
        )
    if counts.get("late"):
        notes.append(f"{counts['late']} confirmed after the deadline (recorded)")
    return [
        Gate(
            "vendors deleted recordings and transcript copies on time",
            dict(sorted(counts.items())),
            "= 0 deliveries overdue or incomplete",
            open_problems == 0,
            "; ".join(notes),
        )
    ]
