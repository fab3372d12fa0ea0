"""Restriction and objection: the person's data kept, but out of the stages they cover.

A restriction (Art. 18) covers every stage; an objection (Art. 21) covers the stages of
the purposes processed on legitimate interests (Art. 6(1)(f)). Art. 21 applies to public
task (6(1)(e)) too, so when no purpose of the study rests on legitimate interests the
objection is recorded, answered with that fact, and treated as a restriction from the
stages of the public-task purposes until it is decided (Art. 18(1)(d)).

Either way the person goes on the restricted list (ingest.restricted) that ingest applies
with the withdrawals, and their rows leave the tables made from the received data now
(ingest, scrub, link: rebuilt with them when the restriction is lifted and the workflow
reruns); the received files keep them. Records name the person by subject reference.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.govern.closed import refuse_if_purged
from sealflow.govern.holdings import HeldTable, held_tables, person, present, read_table, rows_about
from sealflow.govern.purposes import STAGES
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference
from sealflow.ingest.restricted import (
    FIELDS,
    PROCESSING_STAGES,
    read_restricted,
    restricted_path,
)
from sealflow.settings import StudySettings
from sealflow.workspace import StudyPaths, write_parquet

# Tables made from the received data by the stages a restriction stops (never the
# received files, the withdrawals or the interview map: those keep the person).
DERIVED_TABLES = ("roster", "admin", "survey", "survey_scrubbed", "linked")
LEGITIMATE_INTERESTS = "legitimate_interests"
PUBLIC_TASK = "public_task"


def objection_scope(study: StudySettings) -> tuple[tuple[str, ...], str]:
    """The stages an objection stops, and the answer the person is given."""
    listed = study.purposes
    interests = [p for p in listed if p.lawful_basis == LEGITIMATE_INTERESTS]
    if interests:
        stages = sorted({s for p in interests for s in p.stages}, key=STAGES.index)
        names = ", ".join(p.id for p in interests)
        whole_files = [s for s in stages if s not in PROCESSING_STAGES]
        answer = f"processing for {names} (legitimate interests) stopped for this person"
        if whole_files:
            answer += (
                f"; stages {', '.join(whole_files)} handle whole files and are not stopped per "
                "person: the controller must show compelling legitimate grounds (Art. 21(1)) "
                "or stop them"
            )
        return tuple(stages), answer
    public = [p for p in listed if p.lawful_basis == PUBLIC_TASK]
    stages = sorted({s for p in public for s in p.stages}, key=STAGES.index)
    return tuple(stages), (
        "no purpose of this study rests on legitimate interests: every processing is a "
        "public task (Art. 6(1)(e)); the objection is recorded and the person's data is "
        "restricted from the public-task stages while it is decided (Arts. 18(1)(d), 21(1))"
    )


def _list_path(settings: GovernSettings) -> Path:
    paths = StudyPaths.from_settings(settings.study)
    return restricted_path(paths.inputs["withdrawals"])


def _write_list(settings: GovernSettings, lines: list[dict[str, str]]) -> None:
    path = _list_path(settings)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(lines)
    fsutil.private_dir(path.parent)
    fsutil.write_text(path, buffer.getvalue())


def _remove_from(table: HeldTable, settings: GovernSettings, pseudonymous_id: str) -> int:
    frame = read_table(table, settings.ingest.delimiter)
    selector = rows_about(frame, table, person(settings, pseudonymous_id))
    if selector is None:
        return 0
    kept = frame.filter(~selector)
    if kept.height != frame.height:
        write_parquet(kept, table.path)
    return frame.height - kept.height


def restrict(
    settings: GovernSettings,
    pseudonymous_id: str,
    right: str = "restriction",
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Put the person on the restricted list and out of the derived tables now."""
    refuse_if_purged(settings, "request object" if right == "objection" else "request restrict")
    if right == "objection":
        stages, answer = objection_scope(settings.study)
    else:
        stages, answer = STAGES, "processing restricted: data kept, left out of every stage"
    today = today or dt.datetime.now(dt.UTC).date()
    lines = [
        line for line in read_restricted(_list_path(settings))
        if not (line["pseudonymous_id"] == pseudonymous_id and line["right"] == right)
    ]  # fmt: skip
    lines.append(
        {
            "pseudonymous_id": pseudonymous_id,
            "right": right,
            "since": today.isoformat(),
            "stages": " ".join(stages),
        }
    )
    _write_list(settings, lines)
    stops_processing = bool(PROCESSING_STAGES & set(stages))
    tables = [
        t for t in present(held_tables(settings)) if stops_processing and t.name in DERIVED_TABLES
    ]
    removed = {t.name: _remove_from(t, settings, pseudonymous_id) for t in tables}
    reference = subject_reference(settings.workspace / "keys" / "audit.key", pseudonymous_id)
    entry = settings.audit_log().append(
        "write",
        f"subject:{reference}",
        purpose="rights",
        right=right,
        change="restricted",
        stages=list(stages),
        rows_set_aside={name: n for name, n in removed.items() if n},
    )
    return {
        "subject_reference": reference,
        "right": right,
        "stages": list(stages),
        "answer": answer,
        "rows_set_aside": removed,
        "received_data": "kept as received; left out of ingest and everything after it",
        "audit_seq": entry["seq"],
    }


def lift(settings: GovernSettings, pseudonymous_id: str) -> dict[str, Any]:
    """Take the person off the restricted list: the next run processes them again."""
    refuse_if_purged(settings, "request lift")
    lines = read_restricted(_list_path(settings))
    kept = [line for line in lines if line["pseudonymous_id"] != pseudonymous_id]
    _write_list(settings, kept)
    reference = subject_reference(settings.workspace / "keys" / "audit.key", pseudonymous_id)
    entry = settings.audit_log().append(
        "write",
        f"subject:{reference}",
        purpose="rights",
        change="restriction lifted",
        lines=len(lines) - len(kept),
    )
    return {
        "subject_reference": reference,
        "lifted": len(lines) - len(kept),
        "next": "rerun the workflow: ingest brings their rows back",
        "audit_seq": entry["seq"],
    }
