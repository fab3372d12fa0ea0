"""What each gate means and why it matters, in a sentence each, and where its detail is.

Kept apart from gates.py so that the gates certification evaluates (and their names, which
the signed statement records) stay exactly as they are; a gate without an entry here is
shown with its name alone and the test suite flags it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GateText:
    section: str  # the id of the report section holding the detail
    meaning: str
    why: str


GATE_TEXT: dict[str, GateText] = {
    "residual scan finds nothing": GateText(
        "scrubbing",
        "A second, independent search of every scrubbed text found nothing that still looks "
        "like an identifier.",
        "A hit is a name, number or place the scrubber may have missed; it must be checked "
        "and fixed before any text leaves.",
    ),
    "every document scrubbed": GateText(
        "scrubbing",
        "Every transcript and answer could be read by the residual scan, and every "
        "transcript received has a scrubbed copy written after it.",
        "A document the scan cannot read has not been checked at all; a transcript received "
        "after the scrub ran is in no figure of this report.",
    ),
    "no scrub failures": GateText(
        "scrubbing",
        "The scrubber processed every document without an error.",
        "A document that failed to scrub would otherwise leave with its identifiers.",
    ),
    "k-anonymity": GateText(
        "disclosure",
        "Every combination of key variables in the released table is shared by at least "
        "the required number of records.",
        "Someone who knows a person's key variables then finds at least that many "
        "candidates, not one.",
    ),
    "l-diversity": GateText(
        "disclosure",
        "Within every such group the sensitive answer (whether the person left) takes at "
        "least the required number of values.",
        "Otherwise knowing someone's group would reveal their answer without finding their row.",
    ),
    "records above the risk threshold": GateText(
        "disclosure",
        "No released record has a re-identification chance above the study's threshold.",
        "The threshold is the most risk the study accepts for any one person.",
    ),
    "vendors deleted recordings and transcript copies on time": GateText(
        "exchange",
        "Every transcription vendor confirmed, signed, that it deleted the recordings and every "
        "copy of the transcripts within its deadline after each delivery.",
        "The privacy notice promises deletion within 7 days of delivery; an overdue vendor "
        "still holds interviewees' voices and words.",
    ),
    "outcome cells pass output checks": GateText(
        "outcome",
        "Every cell of the outcome tables that breaks an output rule is hidden.",
        "A small or dominated cell can reveal one person's answer or value.",
    ),
    "flagged quotes leave only with a signed reason": GateText(
        "outcome",
        "Every quotation flagged as possibly identifying was approved with a reason, signed "
        "by the evaluator.",
        "A quote can identify its speaker through what they describe, not just names.",
    ),
    "no quarantined batch": GateText(
        "exchange",
        "Every batch received from a party passed its signature and checksum checks.",
        "A quarantined batch was never opened: data the study expects may be missing or "
        "tampered with.",
    ),
}
