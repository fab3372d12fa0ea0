"""Whether every transcript received has been scrubbed, by file name, for the gate.

The residual scan reads only the scrubbed folder, so a transcript that reaches the received
folder after the scrub ran (a `sealflow import`, a file put there by hand) is in no scrub
figure at all: it would drop out of quotes, counts and review without a sign, and the gate
"every document scrubbed" would still pass. Likewise a vendor's batch received but never
opened (kept sealed in the exchange's received folder) reaches no folder at all. So the gate
also compares, as they are when it is evaluated, the received folder and the kept batches'
members (by the name each opens under) with the scrubbed folder: each received transcript
must be opened from the latest batch holding it and have a scrubbed copy of the same name
written after it, unless the scrub leaves it out (its person is restricted, objecting or
withdrawn: govern/quotable.py), which is counted and never named.

Like the audit log's status, this reads the workspace (names and dates, never a file's
text), so the command and the rule that build the report, the status and certification
call it and pass the outcome in; the report itself reads only results/.
"""

from __future__ import annotations

import math
from pathlib import PurePosixPath
from typing import Any

from sealflow.exchange.vendors import kept_transcripts
from sealflow.govern.quotable import SCRUB_STAGES, left_out_documents
from sealflow.govern.settings import GovernSettings
from sealflow.received_transcripts import received_transcripts
from sealflow.settings import StudySettings
from sealflow.workspace import StudyPaths


def scrub_coverage(study: StudySettings) -> dict[str, Any] | None:
    """{"received": n, "left_out": n, "not_scrubbed": [names]} for the transcripts received
    (names relative to ``inputs.transcripts``), or None when none has been received.

    Received means in the transcripts folder (imported, or opened from a batch) or in a
    vendor's batch kept sealed in the exchange's received folder, by the name it opens
    under (``<vendor>/<file>``): a batch received but not opened yet is owed too. A
    transcript is not scrubbed when it was not opened from the latest batch holding it, or
    the scrubbed folder has no file of its name, or only one older than it (a transcript
    replaced since, e.g. imported again corrected).
    """
    folder = StudyPaths.from_settings(study).inputs["transcripts"]
    received = {name: path.stat().st_mtime for name, path in received_transcripts(folder).items()}
    roles = {name: entry.get("role") for name, entry in study.load_parties()["parties"].items()}
    vendors = [name for name, role in roles.items() if role == "vendor"]
    for name, at in kept_transcripts(study.exchange, vendors).items():
        if received.get(name, 0.0) < at:  # not opened since its latest batch came
            received[name] = math.inf
    if not received:
        return None
    scrubbed = received_transcripts(study.workspace / "scrub" / "transcripts")
    left_out = left_out_documents(GovernSettings.from_study(study), SCRUB_STAGES)
    skipped, not_scrubbed = 0, []
    for name, at in sorted(received.items()):
        path = PurePosixPath(name)
        if path.stem in left_out:
            skipped += 1
            continue
        copy = scrubbed.get(path.name)
        if copy is None or copy.stat().st_mtime < at:
            not_scrubbed.append(name)
    return {"received": len(received), "left_out": skipped, "not_scrubbed": not_scrubbed}
