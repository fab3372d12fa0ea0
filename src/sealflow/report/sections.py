"""Each section of the report as plain data in words, built from the stages' JSON.

Every stage's JSON is read defensively: stages evolve while studies run, and a key that is
missing makes its part of the section say "not measured" rather than fail the report. The
builders return labels and already formatted figures, so templates only lay them out, and
no machine key or unrounded number reaches the reader. Counts of people under 10 are shown
as "< 10"; suppressed table figures and identifier values are never read into a section.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sealflow.report import words
from sealflow.report.collect import ReportData
from sealflow.report.gate_text import GATE_TEXT
from sealflow.report.gates import Gate

NOT_MEASURED = "not measured"
SCRUB_PARTS = {"survey": "survey free text", "transcripts": "interview transcripts"}


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _total(values: Any) -> int:
    """The sum of the whole numbers among ``values`` (anything else is not counted)."""
    return sum(int(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool))


def _n(obj: dict[str, Any], key: str) -> str:
    return words.plain_count(obj.get(key))


# ---------------------------------------------------------------------------------- gates


def gates(gate_list: list[Gate]) -> list[dict[str, Any]]:
    """Each gate with its figure and limit in words, what it means, why, and its section."""
    rows = []
    for gate in gate_list:
        text = GATE_TEXT.get(gate.name)
        rows.append(
            {
                "name": gate.name,
                "figure": words.figure(gate.figure) if gate.figure is not None else "—",
                "limit": gate.limit,
                "passed": gate.passed,
                "note": gate.note,
                "meaning": text.meaning if text else "",
                "why": text.why if text else "",
                "section": text.section if text else "",
            }
        )
    return rows


# ----------------------------------------------------------------------------------- flow


def flow(data: ReportData) -> list[dict[str, str]]:
    """People from roster to release, as counts (small ones hidden), each with its source."""
    links = _dict(data.stages.get("links"))
    tables = _dict(_get(data.stages.get("ingest"), "tables"))
    roster, survey = _dict(tables.get("roster")), _dict(tables.get("survey_export"))
    link = _dict(data.stages.get("link"))
    risk = _dict(data.stages.get("risk"))
    steps = [
        ("On the provider's roster", roster.get("rows_read"), "everyone invited"),
        ("Withdrew", roster.get("withdrawn_purged"), "removed from every table"),
        ("Survey links made", links.get("links_made"), "one private link each"),
        ("Responded to the survey", survey.get("rows_read"), "submissions received"),
        ("Consented", survey.get("rows_written"), "valid, consenting, one per person"),
        ("Matched to the provider's records", link.get("matched"), "survey joined to admin"),
        ("Released to the archive", risk.get("released_records"), "rows of the deposit"),
    ]
    return [{"label": label, "count": words.count(n), "note": note} for label, n, note in steps]


def flow_exclusions(data: ReportData) -> list[dict[str, str]]:
    """Why survey submissions dropped out between response and release."""
    survey = _dict(_get(data.stages.get("ingest"), "tables", "survey_export"))
    link = _dict(data.stages.get("link"))
    info = _dict(_get(data.stages.get("risk"), "information_loss"))
    rows = [
        ("did not consent", survey.get("non_consenting_excluded")),
        ("duplicate submissions (the latest kept)", survey.get("duplicate_submissions_dropped")),
        ("unknown survey tokens, set aside", survey.get("unknown_tokens_quarantined")),
        ("answered but not in the provider's records", link.get("survey_only")),
        ("removed by disclosure control", info.get("suppressed_records")),
    ]
    return [{"label": label, "count": words.count(n)} for label, n in rows if n is not None]


# ----------------------------------------------------------------------------- disclosure


def _utility_from_generalisation(risk: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Older risk JSON: per key variable the hierarchy level only; withheld = 'suppressed'."""
    columns = {}
    for name, g in _dict(_get(risk, "information_loss", "generalisation")).items():
        g = _dict(g)
        level_name = str(g.get("name", ""))
        if level_name == "suppressed":
            status = "withheld"
        elif g.get("level") == 0:
            status = "raw"
        else:
            status = "coarsened"
        level, height = g.get("level"), g.get("height")
        lost = (
            level / height
            if isinstance(level, int) and isinstance(height, int) and height > 0
            else None
        )
        columns[name] = {"status": status, "level": level_name or None, "information_lost": lost}
    return columns


def disclosure(data: ReportData) -> dict[str, Any] | None:
    """Key variables and who holds them, risk before and after, utility per column."""
    risk = data.stages.get("risk")
    if not isinstance(risk, dict):
        return None
    keys = _dict(risk.get("key_variables"))
    held = {str(h) for h in _list(keys.get("held_by_recipient_or_colluders"))}
    qis = _list(keys.get("configured_quasi_identifiers")) or _list(risk.get("quasi_identifiers"))
    parties = [words.label(p) for p in _list(keys.get("colluding_parties"))]
    # Which party holds each column (older risk JSONs only say "one of the colluders").
    holders = {
        str(c): ", ".join(words.label(p) for p in _list(h))
        for c, h in _dict(keys.get("held_by")).items()
    }
    key_rows = [
        {
            "column": words.column(q),
            "held_by": holders.get(str(q))
            or (", ".join(parties) or "a party that received the data")
            if str(q) in held
            else ("not recorded" if not keys else "no party we send data to"),
        }
        for q in qis
    ]
    models, achieved = _dict(risk.get("models")), _dict(risk.get("achieved"))
    after = _dict(risk.get("risk"))
    population = _get(risk, "disclosure_risk", "population")
    before = _dict(risk.get("risk_before") or _get(risk, "disclosure_risk", "before"))
    utility = _dict(_get(risk, "utility", "columns")) or _utility_from_generalisation(risk)
    columns = []
    for name, u in utility.items():
        u = _dict(u)
        status = str(u.get("status", ""))
        columns.append(
            {
                "column": words.column(name),
                "status": words.STATUS.get(status, status or NOT_MEASURED),
                "withheld": status == "withheld",
                "level": str(u.get("level") or "—").replace("_", " "),
                "blanked": words.share(u.get("share_blanked")),
                "lost": words.share(u.get("information_lost")),
                "lost_value": u.get("information_lost"),
                "analyses": str(u.get("analyses") or _analyses(status)),
            }
        )
    withheld = [c["column"] for c in columns if c["withheld"]]
    usable = [c["column"] for c in columns if not c["withheld"]]
    info = _dict(risk.get("information_loss"))
    return {
        "recipient": words.label(str(keys.get("recipient") or "archive")),
        "key_variables": key_rows,
        "k_required": models.get("k"),
        "k_achieved": achieved.get("k"),
        "l_required": models.get("l"),
        "l_achieved": achieved.get("l"),
        "sensitive": ", ".join(words.column(s) for s in _list(models.get("sensitive")))
        or NOT_MEASURED,
        "input_records": words.count(risk.get("input_records")),
        "released_records": words.count(risk.get("released_records")),
        "risk_after": [
            ("highest prosecutor risk", words.risk(after.get("prosecutor_risk_highest"))),
            ("average prosecutor risk", words.risk(after.get("prosecutor_risk_average"))),
            ("study's risk threshold", words.risk(after.get("risk_threshold"))),
            (
                "records above the threshold",
                words.plain_count(after.get("records_above_threshold")),
            ),
            ("sample uniques", words.plain_count(after.get("sample_uniques"))),
            ("equivalence classes", words.plain_count(after.get("equivalence_classes"))),
        ],
        "risk_before": [
            ("highest prosecutor risk", words.risk(before.get("prosecutor_risk_highest"))),
            ("sample uniques", words.plain_count(before.get("sample_uniques"))),
        ]
        if before
        else None,
        "risk_compare": _risk_compare(before, after, risk) if before else None,
        "class_sizes_compare": _class_sizes_compare(before, after) if before else None,
        "population": [
            ("population uniques", words.plain_count(population.get("population_uniques"))),
            (
                "records below k in the population",
                words.plain_count(population.get("records_below_k")),
            ),
            ("highest journalist risk", words.risk(population.get("journalist_risk_highest"))),
            ("average journalist risk", words.risk(population.get("journalist_risk_average"))),
        ]
        if isinstance(population, dict)
        else None,
        "class_sizes": [
            {
                "size": str(r.get("size")),
                "classes": words.plain_count(r.get("classes")),
                "records": words.count(r.get("records")),
            }
            for r in _list(after.get("class_size_distribution"))
            if isinstance(r, dict)
        ],
        "columns": columns,
        "withheld": withheld,
        "usable": usable,
        "information_lost": words.share(
            info.get("non_uniform_entropy", info.get("precision_loss"))
        ),
        "records_removed": words.count(info.get("suppressed_records")),
        "dropped_columns": [words.column(c) for c in _list(risk.get("dropped_columns"))],
        "free_text": str(risk.get("free_text") or ""),
    }


RISK_MEASURES = (
    "equivalence_classes",
    "sample_uniques",
    "prosecutor_risk_highest",
    "prosecutor_risk_average",
    "records_above_threshold",
)
POPULATION_MEASURES = (
    "population_uniques",
    "smallest_population_class",
    "records_below_k",
    "journalist_risk_highest",
    "journalist_risk_average",
)


def risk_before_after(data: ReportData) -> dict[str, Any] | None:
    """For the report JSON: the same measures before and after treatment (counts, risks)."""
    risk = data.stages.get("risk")
    if not isinstance(risk, dict) or not isinstance(risk.get("risk_before"), dict):
        return None
    before, after = risk["risk_before"], _dict(risk.get("risk"))
    disclosure = _dict(risk.get("disclosure_risk"))

    def side(measures: dict[str, Any], population: Any, smallest: Any) -> dict[str, Any]:
        out = {m: measures.get(m) for m in RISK_MEASURES}
        out["smallest_sample_class"] = smallest
        out["class_size_distribution"] = measures.get("class_size_distribution")
        pop = _dict(population)
        out["population"] = {m: pop.get(m) for m in POPULATION_MEASURES} if pop else None
        return out

    return {
        "before": side(before, before.get("population"), before.get("smallest_sample_class")),
        "after": side(after, disclosure.get("population"), disclosure.get("smallest_sample_class")),
    }


def _risk_compare(
    before: dict[str, Any], after: dict[str, Any], risk: dict[str, Any]
) -> list[tuple[str, str, str]]:
    """(measure, before, after) rows: the table as it came in beside the released one."""
    disclosure = _dict(risk.get("disclosure_risk"))
    pop_before, pop_after = _dict(before.get("population")), _dict(disclosure.get("population"))
    rows = [
        ("groups of records sharing their key variables", "equivalence_classes", "count"),
        ("records alone in their group (sample uniques)", "sample_uniques", "count"),
        ("highest prosecutor risk", "prosecutor_risk_highest", "risk"),
        ("average prosecutor risk", "prosecutor_risk_average", "risk"),
        ("records above the risk threshold", "records_above_threshold", "count"),
    ]
    out = [
        (
            label,
            _figure(before.get(key), kind),
            _figure(after.get(key), kind),
        )
        for label, key, kind in rows
    ]
    out.append(
        (
            "smallest group in the sample",
            _figure(before.get("smallest_sample_class"), "count"),
            _figure(disclosure.get("smallest_sample_class"), "count"),
        )
    )
    if pop_before or pop_after:
        for label, key, kind in (
            (
                "staff alone in the provider's file (population uniques)",
                "population_uniques",
                "count",
            ),
            ("smallest group in the provider's file", "smallest_population_class", "count"),
            ("records matching fewer than k staff of it", "records_below_k", "count"),
            ("highest journalist risk", "journalist_risk_highest", "risk"),
            ("average journalist risk", "journalist_risk_average", "risk"),
        ):
            out.append(
                (label, _figure(pop_before.get(key), kind), _figure(pop_after.get(key), kind))
            )
    sens_before = _dict(before.get("sensitive"))
    sens_after = _dict(disclosure.get("sensitive"))
    for name in sorted(set(sens_before) | set(sens_after)):
        b, a = _dict(sens_before.get(name)), _dict(sens_after.get(name))
        out.append(
            (
                f"fewest distinct {words.column(name)} values in a group (l)",
                _figure(b.get("distinct_l"), "count"),
                _figure(a.get("distinct_l"), "count"),
            )
        )
    return out


def _figure(value: Any, kind: str) -> str:
    if value is None:
        return NOT_MEASURED
    return words.risk(value) if kind == "risk" else words.plain_count(value)


def _class_sizes_compare(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, str]]:
    """Records per group-size bucket before and after (the same buckets both sides)."""
    by_size_after = {
        str(r.get("size")): r
        for r in _list(after.get("class_size_distribution"))
        if isinstance(r, dict)
    }
    rows = []
    for r in _list(before.get("class_size_distribution")):
        if not isinstance(r, dict):
            continue
        a = _dict(by_size_after.get(str(r.get("size"))))
        rows.append(
            {
                "size": str(r.get("size")),
                "before": words.count(r.get("records")),
                "after": words.count(a.get("records")) if a else NOT_MEASURED,
            }
        )
    return rows


def _analyses(status: str) -> str:
    if status == "withheld":
        return "none by this column: it is withheld for every record"
    if status == "coarsened":
        return "tabulations and models by its coarser categories"
    if status == "raw":
        return "tabulations and models at full detail"
    return NOT_MEASURED


# ------------------------------------------------------------------------------ scrubbing


def scrubbing(data: ReportData) -> dict[str, Any] | None:
    """Identifiers replaced by type and source, residual hits by type and place, accuracy."""
    scrub, residual = data.stages.get("scrub"), data.stages.get("residual")
    if not isinstance(scrub, dict) and not isinstance(residual, dict):
        return None
    scrub = _dict(scrub)
    by_source = _dict(scrub.get("by_source_and_type"))
    by_type = _dict(scrub.get("by_type"))
    parts = {
        name: _dict(_dict(part).get("by_type"))
        for name, part in _dict(scrub.get("sources")).items()
    }
    types = sorted(set(by_type) | {t for counts in parts.values() for t in counts})
    matrix = [
        {
            "type": words.label(t),
            "cells": [words.plain_count(parts[p].get(t, 0)) for p in sorted(parts)],
            "total": words.plain_count(by_type.get(t, _total(c.get(t) for c in parts.values()))),
        }
        for t in types
    ]
    source_rows = [
        {
            "source": words.label(s),
            "total": words.plain_count(_total(_dict(counts).values())),
            "types": words.plain_count(len(_dict(counts))),
        }
        for s, counts in sorted(by_source.items())
    ]
    residual = _dict(residual)
    hits = [
        {
            "type": words.label(str(h.get("entity_type"))),
            "document": str(h.get("document", "")),
            "place": f"character {h['start']}" if isinstance(h.get("start"), int) else "",
        }
        for h in _list(residual.get("hits"))
        if isinstance(h, dict)
    ]
    consistency = scrub.get("placeholder_consistency") or scrub.get("consistency")
    return {
        "parts": [SCRUB_PARTS.get(p, words.label(p)) for p in sorted(parts)],
        "matrix": matrix,
        "by_source": source_rows,
        "total": words.plain_count(scrub.get("total")) if scrub else NOT_MEASURED,
        "failed": len(_list(scrub.get("failed"))),
        "scanned": words.plain_count(residual.get("documents_scanned"))
        if residual
        else NOT_MEASURED,
        "threshold": words.figure(residual.get("threshold")) if residual else NOT_MEASURED,
        "hits_total": residual.get("hits_total") if residual else None,
        "hits_by_type": [
            (words.label(t), words.plain_count(n))
            for t, n in sorted(_dict(residual.get("hits_by_type")).items())
        ],
        "hits": hits,
        "unreadable": len(_list(residual.get("unreadable"))),
        "consistency": [
            (words.label(str(k)), words.figure(v)) for k, v in _dict(consistency).items()
        ]
        if consistency
        else None,
        "accuracy": _accuracy(data.accuracy),
        "consistency_bench": _consistency(data.consistency),
    }


def _consistency(bench: dict[str, Any] | None) -> dict[str, str] | None:
    """One placeholder per person on labelled text (bench/scrub_consistency.py)."""
    if not bench:
        return None
    return {
        "measured_on": _measured_on(bench),
        "documents": words.plain_count(bench.get("documents")),
        "people": words.plain_count(bench.get("people")),
        "consistent": words.share(bench.get("people_consistent")),
        "merged": words.share(bench.get("documents_with_people_merged")),
    }


def _measured_on(bench: dict[str, Any]) -> str:
    """'on DATE' when the benchmark records it, else the date of its file, said as such."""
    date = str(bench.get("measured_on", "")) or "an unknown date"
    return f"by its benchmark file's date, {date}," if bench.get("date_from_file") else f"on {date}"


def _accuracy(bench: dict[str, Any] | None) -> dict[str, Any] | None:
    if not bench:
        return None
    recall, precision = _dict(bench.get("recall")), _dict(bench.get("precision"))
    return {
        "measured_on": _measured_on(bench),
        "documents": words.plain_count(bench.get("documents")),
        "recall_overall": words.share(bench.get("recall_overall")),
        "ordinary_words_destroyed": words.share(bench.get("ordinary_words_destroyed")),
        "rows": [
            {
                "type": words.label(t),
                "recall": words.share(recall.get(t)),
                "precision": words.share(precision.get(t)),
            }
            for t in sorted(set(recall) | set(precision))
        ],
    }


# -------------------------------------------------------------------------------- outcome


def outcome(data: ReportData) -> dict[str, Any] | None:
    """Cells hidden per table and by rule (counts of cells only), release history, quotes."""
    checks = data.stages.get("outcome")
    if not isinstance(checks, dict):
        return None
    tables = [
        {
            "table": words.column(name),
            "cells": words.plain_count(_dict(s).get("cells")),
            "primary": words.plain_count(_dict(s).get("suppressed_primary")),
            "secondary": words.plain_count(_dict(s).get("suppressed_secondary")),
        }
        for name, s in sorted(_dict(checks.get("summary")).items())
    ]
    failing = Counter(
        str(c.get("rule"))
        for c in _list(checks.get("checks"))
        if isinstance(c, dict) and not c.get("pass")
    )
    by_rule = [
        {"rule": words.OUTCOME_RULES.get(rule, words.label(rule)), "cells": words.plain_count(n)}
        for rule, n in sorted(failing.items())
    ]
    quotes = checks.get("quote_release")
    if not isinstance(quotes, dict) and data.quotes_released is not None:
        quotes = {"released": data.quotes_released}
    return {
        "tables": tables,
        "by_rule": by_rule,
        "releases_before": checks.get("releases_before"),
        "quotes": [(words.label(str(k)), words.plain_count(v)) for k, v in quotes.items()]
        if isinstance(quotes, dict)
        else None,
    }


# ------------------------------------------------------------------------------- exchange


def exchange(data: ReportData) -> dict[str, Any]:
    """Batches per party with receipts, vendor deletions and deadlines, quarantine, audit."""
    received = [
        {
            "party": words.label(str(r.get("party", "?"))),
            "batches": words.plain_count(len(_list(r.get("received")))),
            "files": words.plain_count(
                sum(len(_list(_dict(b).get("files"))) for b in _list(r.get("received")))
            ),
            "quarantined": words.plain_count(len(_list(r.get("quarantined")))),
        }
        for r in data.received
    ]
    sent = [
        {
            "purpose": words.label(str(s.get("purpose") or s.get("batch_id", "?"))),
            "to": words.label(str(s.get("to") or s.get("party") or "")) or "—",
            "sent": str(s.get("sent_at") or "")[:10] or "—",
            "files": words.plain_count(len(_list(s.get("files")))),
        }
        for s in data.sent
    ]
    deletions = [
        {
            "party": words.label(str(d.get("party", "?"))),
            "status": str(d.get("status", NOT_MEASURED)),
            "deadline": str(d.get("deadline", ""))[:10],
            "deleted": str(d.get("deleted_at") or "")[:10] or "—",
        }
        for d in data.deletions
        if isinstance(d, dict)
    ]
    return {
        "received": received,
        "sent": sent,
        "receipts": words.plain_count(data.receipts),
        "deletions": deletions,
        "audit": data.audit,
    }


# ------------------------------------------------------------ record of processing (ROPA)
ROPA_FILE = "governance/ropa.md"  # relative to results/, beside ropa.json


def _retention_date(value: Any) -> str:
    """The final deletion date as configured: a date, or a period after a recorded event."""
    if isinstance(value, dict):
        event = words.label(str(value.get("after_event", "an event")))
        return f"{value.get('months', '?')} months after {event}"
    return str(value) if value else "not set yet"


def ropa(data: ReportData) -> dict[str, Any] | None:
    """The record of processing activities in brief: purposes and bases, categories,
    recipients, transfers with their basis, retention; the full record is its own file."""
    record = data.stages.get("ropa")
    if not isinstance(record, dict):
        return None
    purposes = [
        {
            "purpose": str(p.get("description") or p.get("id", "")),
            "basis": str(p.get("lawful_basis_text") or words.label(p.get("lawful_basis", ""))),
            "condition": str(p.get("special_category_condition") or "none needed"),
            "stages": ", ".join(words.label(s) for s in _list(p.get("stages"))),
        }
        for p in map(_dict, _list(record.get("purposes")))
    ]
    categories = [
        {
            "source": str(c.get("source", "")),
            "columns": ", ".join(words.column(n) for n in _list(c.get("columns")))
            or "documents (recordings, transcripts)",
        }
        for c in map(_dict, _list(record.get("categories_of_personal_data")))
    ]

    def route(r: dict[str, Any]) -> dict[str, str]:
        transfer = _dict(r.get("transfer"))
        basis = transfer.get("basis") or "no valid transfer basis"
        reference = transfer.get("reference")
        return {
            "party": words.label(str(r.get("party", "?"))),
            "role": str(r.get("role", "")),
            "country": str(transfer.get("country") or "not declared"),
            "basis": f"{basis} ({reference})" if reference else str(basis),
        }

    recipients = [route(r) for r in map(_dict, _list(record.get("recipients")))]
    retention = _dict(record.get("retention"))
    vendors = _dict(retention.get("vendor_deletion_days"))
    return {
        "purposes": purposes,
        "categories": categories,
        "recipients": recipients,
        "transfers": [route(r) for r in map(_dict, _list(record.get("transfers_outside_uk")))],
        "without_route": [
            words.label(str(p)) for p in _list(record.get("recipients_without_a_valid_route"))
        ],
        "retention": [
            ("personal data deleted", _retention_date(retention.get("personal_data_delete_on"))),
            *(
                (
                    f"{words.label(v)}: recordings and transcript copies deleted",
                    f"within {d} days of each transcript's delivery",
                )
                for v, d in sorted(vendors.items())
            ),
            ("anonymised deposit", str(retention.get("archive") or NOT_MEASURED)),
        ],
        "file": f"results/{ROPA_FILE}",
    }


# --------------------------------------------------------------------------------- review


def review(data: ReportData) -> list[tuple[str, str]] | None:
    """The reviewer's decisions on the scrubbed text, as counts by kind."""
    decisions = data.stages.get("review")
    if not isinstance(decisions, dict):
        return None
    counts = _dict(decisions.get("counts"))
    return [(words.label(str(k)), words.plain_count(v)) for k, v in sorted(counts.items())]


# -------------------------------------------------------------------------------- summary


def summary(
    data: ReportData, gate_rows: list[dict[str, Any]], dc: dict[str, Any] | None
) -> dict[str, Any]:
    """Verdict, what is released to whom, and what a reviewer must still decide."""
    failed = [g for g in gate_rows if not g["passed"]]
    released = []
    if dc:
        released.append(
            {
                "what": f"anonymised microdata: {dc['released_records']} records, with free "
                f"text scrubbed; highest re-identification risk {dc['risk_after'][0][1]}; "
                f"{dc['information_lost']} of the key variables' information given up",
                "to": dc["recipient"],
            }
        )
    out = outcome(data)
    if out:
        released.append(
            {
                "what": f"{len(out['tables'])} outcome tables, hidden cells shown as *",
                "to": "the study team, for publication",
            }
        )
        quotes = dict(out["quotes"] or [])
        if quotes:
            released.append(
                {
                    "what": f"quotations: {quotes.get('released', NOT_MEASURED)} released",
                    "to": "the study team, for publication",
                }
            )
    decide = [f"The gate '{g['name']}' fails: {g['note'] or g['why']}" for g in failed]
    if dc and dc["withheld"]:
        decide.append(
            f"{len(dc['withheld'])} of {len(dc['columns'])} key variables are withheld from "
            f"every record ({', '.join(dc['withheld'])}): decide whether the deposit still "
            "answers the study's questions."
        )
    if data.stages.get("review") is None:
        decide.append(
            "No reviewer decisions on the scrubbed text are recorded: read every transcript "
            "and answer with 'sealflow review' before quotes or transcripts leave."
        )
    pending = [d for d in data.deletions if isinstance(d, dict) and d.get("status") == "pending"]
    if pending:
        decide.append(
            f"{len(pending)} vendor deletion(s) are not yet confirmed; the earliest deadline is "
            f"{min(str(d.get('deadline', ''))[:10] for d in pending)}."
        )
    if data.accuracy is None:
        decide.append("The scrubber's accuracy on labelled text was not measured for this run.")
    return {
        "certifiable": not failed,
        "failed": len(failed),
        "released": released,
        "decide": decide,
    }
