"""The study's shape: which stages its parties and inputs call for, and why others are off.

A study declares its parties (parties.yaml roles) and inputs (config.yaml); the workflow
builds only the stages these call for, so a survey-only study, or one whose interviews are
not done yet, needs no empty folders and no edits. The workflow prints ``off_lines`` on
stderr when it starts and `sealflow status` shows them, so nobody wonders why a stage did
not run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sealflow.config import resolve, section_defaults

# What to do when a study has no survey (the workflow's one line and `sealflow status` say it).
NO_SURVEY_FIX = (
    "declare the survey platform in parties.yaml (role survey), whose export comes as a "
    "sealed batch or with `sealflow import --from PARTY FILE`"
)


@dataclass(frozen=True)
class StudyShape:
    """What the study has: parties by role, whether it has interviews (transcripts to scrub)
    and recordings to send a vendor, and the stages that are off."""

    providers: list[str]
    surveys: list[str]
    vendors: list[str]
    interviews: bool
    recordings: bool
    off: list[tuple[str, str]] = field(default_factory=list)
    # Why the workflow cannot run this study at all (one line), or None.
    missing: str | None = None

    def off_lines(self) -> list[str]:
        return [f"sealflow: stage {stage} is off: {reason}" for stage, reason in self.off]


def study_shape(config: dict[str, Any], parties: dict[str, Any], root: str | Path) -> StudyShape:
    """Interviews are on when transcripts are in place (opened from a vendor's batch or
    brought in with `sealflow import`) or are on their way: a vendor is declared and there
    are recordings for it, recordings were sent (their send record exists), or a vendor's
    batch was received. A vendor
    declared before any interview is done leaves them off, so nothing waits on it; every
    other stage follows from the party roles."""
    roles = {name: entry.get("role") for name, entry in parties["parties"].items()}
    by_role = {r: [n for n, role in roles.items() if role == r] for r in set(roles.values())}
    providers = by_role.get("provider", [])
    surveys = by_role.get("survey", [])
    vendors = by_role.get("vendor", [])
    inputs = {**section_defaults("inputs"), **(config.get("inputs") or {})}
    transcripts, recordings = inputs["transcripts"], inputs["recordings"]
    recorded = resolve(root, recordings)
    has_recordings = recorded.is_dir() and any(p.is_file() for p in recorded.iterdir())
    exchange = {**section_defaults("exchange"), **(config.get("exchange") or {})}
    recordings_sent = (resolve(root, exchange["records"]) / "sent" / "recordings.json").is_file()
    # A vendor's batch already received (recordings that reached it another way): the next
    # run opens its transcripts.
    received = resolve(root, exchange["received"])
    vendor_batch = any(
        (received / vendor).is_dir() and any(p.is_dir() for p in (received / vendor).iterdir())
        for vendor in vendors
    )
    interviews = (
        resolve(root, transcripts).is_dir()
        or (bool(vendors) and has_recordings)
        or recordings_sent
        or vendor_batch
    )
    off: list[tuple[str, str]] = []
    if not providers:
        off.append(("send_links", "no party in parties.yaml has the role provider"))
    if not surveys:
        off.append(
            (
                "send_tokens",
                "no party in parties.yaml has the role survey: no token list is sent and "
                "nothing waits on a survey platform",
            )
        )
    if not vendors:
        off.append(("transcription", "no party in parties.yaml has the role vendor"))
    elif not has_recordings:
        off.append(("transcription", f"no recordings in {recordings} yet (inputs.recordings)"))
    if not interviews:
        reason = (
            f"no transcripts in {transcripts} (inputs.transcripts), and no recordings "
            f"in {recordings} for a vendor to transcribe"
            if vendors
            else f"no vendor, and no transcripts in {transcripts} (inputs.transcripts)"
        )
        off.append(("scrub_transcripts", reason))
        if (config.get("outcome") or {}).get("quotes", {}).get("candidates"):
            off.append(("quote_candidates", "no interview transcripts to quote from"))
    missing = None
    survey_export = inputs["survey_export"]
    if not surveys and not resolve(root, survey_export).is_file():
        missing = (
            "no party in parties.yaml has the role survey and no survey export is at "
            f"{survey_export} (inputs.survey_export): link, anonymise, outcome and the report "
            f"are built on the survey's answers, and a study without a survey is not supported "
            f"yet; {NO_SURVEY_FIX}"
        )
    return StudyShape(
        providers, surveys, vendors, interviews, bool(vendors) and has_recordings, off, missing
    )
