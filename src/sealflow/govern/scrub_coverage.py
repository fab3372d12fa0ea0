"""Whether every transcript received has been scrubbed, by file name, for the gate.

The residual scan reads only the scrubbed folder, so a transcript that reaches the received
folder after the scrub ran (a `sealflow import`, a file put there by hand) is in no scrub
figure at all: it would drop out of quotes, counts and review without a sign, and the gate
"every document scrubbed" would still pass. So the gate also compares the two folders as
they are when it is evaluated: each received transcript must have a scrubbed copy of the
same name written after it, unless the scrub leaves it out (its person is restricted,
objecting or withdrawn: govern/quotable.py), which is counted and never named.

Like the audit log's status, this reads the workspace (names and dates, never a file's
text), so the command and the rule that build the report, the status and certification
call it and pass the outcome in; the report itself reads only results/.
"""

from __future__ import annotations

from typing import Any

from sealflow.govern.quotable import SCRUB_STAGES, left_out_documents
from sealflow.govern.settings import GovernSettings
from sealflow.received_transcripts import received_transcripts
from sealflow.settings import StudySettings
from sealflow.workspace import StudyPaths


def scrub_coverage(study: StudySettings) -> dict[str, Any] | None:
    """{"received": n, "left_out": n, "not_scrubbed": [names]} for the received transcripts
    (names relative to ``inputs.transcripts``), or None when none has been received.

    A transcript is not scrubbed when the scrubbed folder has no file of its name, or only
    one older than it (a transcript replaced since, e.g. imported again corrected).
    """
    received = received_transcripts(StudyPaths.from_settings(study).inputs["transcripts"])
    if not received:
        return None
    scrubbed = received_transcripts(study.workspace / "scrub" / "transcripts")
    left_out = left_out_documents(GovernSettings.from_study(study), SCRUB_STAGES)
    skipped, not_scrubbed = 0, []
    for name, path in received.items():
        if path.stem in left_out:
            skipped += 1
            continue
        copy = scrubbed.get(path.name)
        if copy is None or copy.stat().st_mtime < path.stat().st_mtime:
            not_scrubbed.append(name)
    return {"received": len(received), "left_out": skipped, "not_scrubbed": not_scrubbed}
