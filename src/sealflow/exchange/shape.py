"""The study's shape: which stages its parties and inputs call for, and why others are off.

A study declares its parties (parties.yaml roles) and inputs (config.yaml); the workflow
builds only the stages these call for, so a survey-only study, one whose interviews are
not done yet, or one with no survey at all (interviews and the provider's extract, or the
extract alone) needs no empty folders and no edits. The workflow prints ``off_lines`` on
stderr when it starts, and `sealflow status` and the report list them, so nobody wonders
why a stage did not run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sealflow.errors import ConfigError
from sealflow.settings import StudySettings

# The stages built on the survey's answers (or on the survey tokens), off in a study
# without a survey; in stage order, each with why it needs the survey.
SURVEY_STAGES = (
    ("links", "the survey links and token list are made only for a survey"),
    ("ingest_survey", "there are no survey answers to read"),
    ("scrub_survey", "there is no survey free text"),
    ("link", "it joins the survey's answers with the administrative extract"),
    ("anonymise", "it anonymises the linked survey and administrative table"),
    ("outcome", "its tables and quotations are built on the linked survey answers"),
    ("certify", "it certifies the anonymised linked table"),
    ("deposit", "it deposits the anonymised linked table"),
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
    # A survey platform is declared, or its export was brought in (`sealflow import`).
    survey: bool = True

    def off_lines(self) -> list[str]:
        return [f"sealflow: stage {stage} is off: {reason}" for stage, reason in self.off]

    def require(self, stage: str, command: str) -> None:
        """Refuse a by-hand run of a stage this study's shape leaves out, as the workflow
        does, saying why: its outputs would stand for a survey or interviews that do not exist.
        """
        reason = dict(self.off).get(stage)
        if reason is not None:
            raise ConfigError(
                f"`sealflow {command}` refused: stage {stage} is off in this study, as in the "
                f"workflow: {reason}"
            )


def study_shape(study: StudySettings, parties: dict[str, Any]) -> StudyShape:
    """A survey is on when a survey platform is declared (role survey) or its export is in
    place (`sealflow import`); without one, the stages built on its answers are off and the
    study runs on the provider's extract and the interviews alone.

    Interviews are on when transcripts are in place (opened from a vendor's batch or
    brought in with `sealflow import`) or are on their way: a vendor is declared and there
    are recordings for it, recordings were sent (their send record exists), or a vendor's
    batch was received. A vendor declared before any interview is done leaves them off, so
    nothing waits on it; every other stage follows from the party roles."""
    roles = {name: entry.get("role") for name, entry in parties["parties"].items()}
    by_role = {r: [n for n, role in roles.items() if role == r] for r in set(roles.values())}
    providers = by_role.get("provider", [])
    surveys = by_role.get("survey", [])
    vendors = by_role.get("vendor", [])
    inputs, exchange = study.inputs, study.exchange
    # Named in the reasons as config.yaml names them (relative to the study root).
    transcripts, recordings = study.relative(inputs.transcripts), study.relative(inputs.recordings)
    recorded = inputs.recordings
    # directly in the folder (for the transcriber) or in a vendor's folder within it
    has_recordings = recorded.is_dir() and any(
        p.is_file() or (p.is_dir() and any(f.is_file() for f in p.iterdir()))
        for p in recorded.iterdir()
    )
    recordings_sent = (exchange.records / "sent" / "recordings.json").is_file()
    # A vendor's batch already received (recordings that reached it another way): the next
    # run opens its transcripts.
    received = exchange.received
    vendor_batch = any(
        (received / vendor).is_dir() and any(p.is_dir() for p in (received / vendor).iterdir())
        for vendor in vendors
    )
    interviews = (
        inputs.transcripts.is_dir()
        or (bool(vendors) and has_recordings)
        or recordings_sent
        or vendor_batch
    )
    survey_export = study.relative(inputs.survey_export)
    survey = bool(surveys) or inputs.survey_export.is_file()
    no_survey = (
        "no survey (no party in parties.yaml has the role survey, no export at "
        f"{survey_export}, inputs.survey_export)"
    )
    off: list[tuple[str, str]] = []
    if not providers:
        off.append(("send_links", "no party in parties.yaml has the role provider"))
    elif not survey:
        off.append(("send_links", f"{no_survey}: there are no survey links to send"))
    if not surveys:
        off.append(
            (
                "send_tokens",
                "no party in parties.yaml has the role survey: no token list is sent and "
                "nothing waits on a survey platform",
            )
        )
    if not survey:
        off += [(stage, f"{no_survey}: {why}") for stage, why in SURVEY_STAGES]
        if study.interviews is not None:
            off.append(
                ("interview_selection", f"{no_survey}: interviewees are drawn from respondents")
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
    if not survey and not interviews:
        off.append(("scrub", "nothing to scrub: no survey free text and no interview transcripts"))
    if study.outcome is not None and study.outcome.quotes.candidates is not None:
        if not interviews:
            off.append(("quote_candidates", "no interview transcripts to quote from"))
        elif not survey:
            off.append(("quote_candidates", f"{no_survey}: the outcome pack is off"))
    return StudyShape(
        providers,
        surveys,
        vendors,
        interviews,
        bool(vendors) and has_recordings,
        off,
        survey,
    )
