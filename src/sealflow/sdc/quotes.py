"""Quotations: candidates from scrubbed transcripts, reviewer approval, and what may leave.

1. ``write_candidates`` takes every participant turn of suitable length from the scrubbed
   transcripts into a quotes file in the workspace: document id, quote id, the quote's
   SHA-256, the quote, a leakage flag with its reason, and empty approved_by/approved_at/
   approval_reason. Each quote is checked alone and with all the other quotes of its
   interviewee, against the population extract when there is one (quote_leakage).
2. The reviewer fills approved_by and approved_at on the rows they approve (and, for a
   flagged quote, approval_reason: why it may leave all the same), saves the file as the
   approvals file and signs it with minisign (`sealflow quotes sign` or `minisign -S`).
3. ``select_quotes`` verifies that signature with the reviewer's public key and lets out
   only approved rows whose quote is, byte for byte, a current candidate (the hash binds
   the approval to the exact words the reviewer read); a flagged quote leaves only with a
   signed reason. Released quotes carry no document id (a reader could put one person's
   quotes together) and leave in an order that does not follow the transcripts; a random
   group id per interviewee, new at every release, is added only when configured.

Every quote carries its interview ID (``document_id``, the transcript's name), which the
interview map ties to the interviewee. The caller (govern/quotable.py, through the rule
adapters and the CLI) passes the interviews that may not be quoted (``left_out``: the
person withdrew, was erased, is restricted or objected) and, when the study keeps a map,
the interviews it holds (``mapped``): no candidate is taken from a left-out or unmapped
interview, and an approved quote of a left-out one is withheld and counted, not released.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import secrets
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from sealflow import fsutil
from sealflow.errors import InputSchemaError
from sealflow.sdc.provenance import key_variables, provenance_of_population
from sealflow.sdc.quote_leakage import QuoteLeakageChecker
from sealflow.seal.minisign import verify_file
from sealflow.settings import SdcSection
from sealflow.workspace import StudyAudit, audit_record

CANDIDATE_COLUMNS = [
    "document_id",
    "quote_id",
    "quote_sha256",
    "quote",
    "leakage_flag",
    "leakage_reason",
    "approved_by",
    "approved_at",
    "approval_reason",
]
# What each column holds, for a copy of the quotes file given to the interviewee
# (govern/requester_columns.py): a column missing from all three is withheld there.
# The quote: words from the scrubbed transcript.
SCRUBBED_COLUMNS = ("quote",)
# Reasons written by the leakage check (it quotes the words beside a placeholder, which may
# be a name the scrubber missed) and by the reviewer: prose that may name other people.
PROSE_COLUMNS = ("leakage_reason", "approval_reason")
# IDs, a hash, a yes/no, the reviewer's name (released with every quote) and a time.
STRUCTURED_COLUMNS = (
    "document_id",
    "quote_id",
    "quote_sha256",
    "leakage_flag",
    "approved_by",
    "approved_at",
)
RELEASED_COLUMNS = ["quote", "approved_by", "approved_at"]
GROUPED_COLUMNS = ["group_id", *RELEASED_COLUMNS]
INTERVIEWER_LABELS = frozenset({"interviewer", "int", "facilitator", "researcher", "moderator"})
_TURN = re.compile(r"^\s*(?:<v\s+([^>]+)>|([^:<>]{1,40}):)\s*(.+?)\s*(?:</v>)?\s*$")
_TIMING = re.compile(r"-->|^\d+$|^WEBVTT")


@dataclass(frozen=True)
class Candidate:
    document_id: str
    quote_id: str
    quote: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.quote.encode("utf-8")).hexdigest()


def _lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".docx":
        import docx  # python-docx; imported here: only docx transcripts need it

        for paragraph in docx.Document(str(path)).paragraphs:
            yield paragraph.text
        return
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputSchemaError(f"{path}: not UTF-8 (byte offset {exc.start})") from None
    yield from text.splitlines()


def participant_turns(path: Path) -> Iterator[str]:
    """The text of each turn not spoken by the interviewer, in order."""
    for line in _lines(path):
        if not line.strip() or _TIMING.search(line.strip()):
            continue
        match = _TURN.match(line)
        if not match:
            continue
        speaker = (match.group(1) or match.group(2) or "").strip().lower()
        if speaker in INTERVIEWER_LABELS:
            continue
        yield match.group(3)


def quotable(stem: str, left_out: Collection[str], mapped: Collection[str] | None) -> str | None:
    """Why the interview ``stem`` may not be quoted (``left_out``/``unmapped``), or None."""
    if stem in left_out:
        return "left_out"
    if mapped is not None and stem not in mapped:
        return "unmapped"
    return None


def extract_candidates(
    transcripts_dir: str | os.PathLike[str],
    min_words: int,
    max_words: int,
    left_out: Collection[str] = (),
    mapped: Collection[str] | None = None,
    skipped: dict[str, int] | None = None,
) -> list[Candidate]:
    """Participant turns of ``min_words``..``max_words`` words from every scrubbed transcript
    that may be quoted (see ``quotable``); ``skipped`` counts the others by reason."""
    folder = Path(transcripts_dir)
    if not folder.is_dir():
        raise InputSchemaError(f"{folder}: folder of scrubbed transcripts not found")
    candidates = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in {".txt", ".vtt", ".srt", ".docx"}:
            continue
        reason = quotable(path.stem, left_out, mapped)
        if reason is not None:
            if skipped is not None:
                skipped[reason] = skipped.get(reason, 0) + 1
            continue
        for number, turn in enumerate(participant_turns(path), start=1):
            if min_words <= len(turn.split()) <= max_words:
                candidates.append(Candidate(path.stem, f"{path.stem}-{number:04d}", turn))
    return candidates


def candidates_csv(candidates: list[Candidate], checker: QuoteLeakageChecker) -> str:
    """The candidates file; a quote is flagged alone or with its interviewee's other quotes."""
    by_document: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        by_document.setdefault(candidate.document_id, []).append(candidate)
    together = {
        document: checker.check_together([c.quote for c in group])
        for document, group in by_document.items()
        if len(group) > 1
    }
    out = io.StringIO()
    writer = csv.DictWriter(out, CANDIDATE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for candidate in candidates:
        finding = checker.check(candidate.quote)
        flagged, reason = finding.flagged, finding.reason
        joint = together.get(candidate.document_id)
        if joint is not None and joint.flagged and finding.mentions and not flagged:
            flagged = True
            reason = f"with this interviewee's other quotes: {joint.reason}"
        writer.writerow(
            {
                "document_id": candidate.document_id,
                "quote_id": candidate.quote_id,
                "quote_sha256": candidate.sha256,
                "quote": candidate.quote,
                "leakage_flag": "yes" if flagged else "no",
                "leakage_reason": reason,
                "approved_by": "",
                "approved_at": "",
                "approval_reason": "",
            }
        )
    return out.getvalue()


def write_candidates(
    transcripts_dir: str | os.PathLike[str],
    microdata_path: str | os.PathLike[str],
    candidates_path: str | os.PathLike[str],
    k: int,
    min_words: int,
    max_words: int,
    audit: StudyAudit | None = None,
    population_path: str | os.PathLike[str] | None = None,
    sdc: SdcSection | None = None,
    left_out: Collection[str] = (),
    mapped: Collection[str] | None = None,
) -> int:
    """Write the quotes file for the reviewer (0600, in the workspace); returns its rows.

    ``left_out`` and ``mapped``: see the module's docstring; the interviews skipped are
    counted in the audit record.

    ``population_path``: the provider's whole staff file (work/ingest/admin.parquet); the
    mentions are counted against it when given, else against the linked microdata. The
    quotes go to the provider in the outcome pack, so with ``sdc`` (the `sdc` config
    section) every column the provider holds is a key variable looked for in them
    (provenance.key_variables for the provider), not only the configured ones.
    """
    microdata = pl.read_parquet(Path(microdata_path))
    skipped: dict[str, int] = {}
    candidates = extract_candidates(
        transcripts_dir, min_words, max_words, left_out, mapped, skipped
    )
    if population_path is not None and Path(population_path).is_file():
        population = pl.read_parquet(Path(population_path))
        checker = QuoteLeakageChecker(
            population, k, "population extract", provider_key_variables(population, sdc)
        )
        audit_record(audit, "read", population_path)
    else:
        checker = QuoteLeakageChecker(microdata, k)
    text = candidates_csv(candidates, checker)
    fsutil.private_dir(Path(candidates_path).parent)
    fsutil.write_text(candidates_path, text)
    audit_record(audit, "read", microdata_path, rows=microdata.height)
    audit_record(
        audit, "write", candidates_path, rows=len(candidates),
        interviews_left_out=skipped.get("left_out", 0),
        interviews_not_in_map=skipped.get("unmapped", 0),
    )  # fmt: skip
    return len(candidates)


def provider_key_variables(population: pl.DataFrame, sdc: SdcSection | None) -> list[str] | None:
    """The key variables of the outcome pack (recipient: the provider), from provenance:
    every column of its extract (less those declared public) plus the configured ones."""
    if sdc is None:
        return None
    columns = [c for c in population.columns if c != "pseudonymous_id"]
    keys = key_variables(
        columns, provenance_of_population(population), sdc, "provider", refuse_unhandled=False
    )
    return list(dict.fromkeys([*keys.held, *(c for c in keys.configured if c in columns)]))


def _read_csv_rows(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in CANDIDATE_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise InputSchemaError(f"{path}: missing column(s) {', '.join(missing)}")
            return list(reader)
    except UnicodeDecodeError as exc:
        raise InputSchemaError(f"{path}: not UTF-8 (byte offset {exc.start})") from None


def record_approvals(
    candidates_path: str | os.PathLike[str],
    approvals_path: str | os.PathLike[str],
    quote_ids: list[str],
    approved_by: str,
    reason: str = "",
) -> int:
    """Write the approvals file: the candidates with ``quote_ids`` marked approved now.

    Approvals already in an existing approvals file are kept. A flagged quote needs
    ``reason`` (why it may leave all the same). The file still needs the reviewer's
    signature (`sealflow quotes sign`) before any quote leaves.
    """
    if not approved_by.strip():
        raise InputSchemaError("approved_by: give the reviewer's name")
    rows = _read_csv_rows(Path(candidates_path))
    flagged = sorted(
        row["quote_id"]
        for row in rows
        if row["quote_id"] in quote_ids and row["leakage_flag"] == "yes"
    )
    if flagged and not reason.strip():
        raise InputSchemaError(
            f"quote(s) {', '.join(flagged)} are flagged for leakage: give the reason they may "
            "leave all the same (--reason), or leave them out"
        )
    known = {row["quote_id"] for row in rows}
    unknown = sorted(set(quote_ids) - known)
    if unknown:
        raise InputSchemaError(
            f"{candidates_path}: no candidate quote with id(s) {', '.join(unknown)}"
        )
    earlier = {}
    if Path(approvals_path).is_file():
        earlier = {
            row["quote_id"]: row
            for row in _read_csv_rows(Path(approvals_path))
            if row["approved_by"].strip() and row["approved_at"].strip()
        }
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    for row in rows:
        previous = earlier.get(row["quote_id"])
        if previous is not None and previous["quote"] == row["quote"]:
            row["approved_by"], row["approved_at"], row["approval_reason"] = (
                previous["approved_by"],
                previous["approved_at"],
                previous.get("approval_reason", ""),
            )
        if row["quote_id"] in quote_ids:
            row["approved_by"], row["approved_at"] = approved_by.strip(), stamp
            if row["leakage_flag"] == "yes":
                row["approval_reason"] = reason.strip()
    out = io.StringIO()
    writer = csv.DictWriter(out, CANDIDATE_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    fsutil.private_dir(Path(approvals_path).parent)
    fsutil.write_text(approvals_path, out.getvalue())
    return sum(1 for row in rows if row["approved_by"])


@dataclass
class QuoteSelection:
    """The quotes that leave and the counts the report's gate shows."""

    released: list[dict[str, str]] = field(default_factory=list)
    candidates: int = 0
    flagged: int = 0
    approved: int = 0
    approved_flagged: int = 0  # flagged, approved, with a signed reason: released
    withheld_flagged_without_reason: int = 0
    # approved, but the interviewee withdrew, was erased, is restricted or objected
    withheld_left_out: int = 0
    # approved words that are no longer a current candidate's: approve them again
    withheld_changed: int = 0

    def counts(self) -> dict[str, int]:
        return {
            "candidates": self.candidates,
            "flagged": self.flagged,
            "approved": self.approved,
            "approved_flagged_with_reason": self.approved_flagged,
            "withheld_flagged_without_reason": self.withheld_flagged_without_reason,
            "withheld_interviewee_left_out": self.withheld_left_out,
            "withheld_changed_since_approval": self.withheld_changed,
            "released": len(self.released),
        }


def unreleased(candidates_path: str | os.PathLike[str] | None) -> QuoteSelection:
    """Nothing leaves (no approvals yet); the candidates and flags are still counted."""
    if candidates_path is None or not Path(candidates_path).is_file():
        return QuoteSelection()
    rows = _read_csv_rows(Path(candidates_path))
    return QuoteSelection(
        candidates=len(rows), flagged=sum(1 for row in rows if row["leakage_flag"] == "yes")
    )


def select_quotes(
    candidates_path: str | os.PathLike[str],
    approvals_path: str | os.PathLike[str],
    reviewer_public_key: str | os.PathLike[str],
    group_ids: bool = False,
    left_out: Collection[str] = (),
) -> QuoteSelection:
    """The approved quotes that may leave; raises SignatureError if the approvals are unsigned.

    An approval counts only if the approvals file verifies under the reviewer's key, both
    approved_by and approved_at are filled, and its quote id, text and hash match a
    current candidate (else it is withheld and counted: the reviewer approves again). A
    quote the current candidates file flags leaves only with a signed approval_reason.
    ``group_ids`` adds a random id per interviewee. An approved quote of an interview in
    ``left_out`` is withheld and counted, whether or not its words are still a candidate's.
    """
    approvals = Path(approvals_path)
    verify_file(approvals, reviewer_public_key)
    current = {row["quote_id"]: row for row in _read_csv_rows(Path(candidates_path))}
    selection = QuoteSelection(
        candidates=len(current),
        flagged=sum(1 for row in current.values() if row["leakage_flag"] == "yes"),
    )
    groups: dict[str, str] = {}
    for row in _read_csv_rows(approvals):
        if not row["approved_by"].strip() or not row["approved_at"].strip():
            continue
        if row["document_id"] in left_out:
            selection.withheld_left_out += 1
            continue
        candidate = current.get(row["quote_id"])
        digest = hashlib.sha256(row["quote"].encode("utf-8")).hexdigest()
        if candidate is None or candidate["quote"] != row["quote"] or digest != row["quote_sha256"]:
            # Not the words the reviewer read (the candidates were made again since, e.g.
            # after a rerun of the scrub, or the row was edited): withheld until approved.
            selection.withheld_changed += 1
            continue
        selection.approved += 1
        if candidate["leakage_flag"] == "yes":
            if not row["approval_reason"].strip():
                selection.withheld_flagged_without_reason += 1
                continue
            selection.approved_flagged += 1
        released = {c: row[c].strip() if c != "quote" else row[c] for c in RELEASED_COLUMNS}
        if group_ids:
            document = candidate["document_id"]
            released["group_id"] = groups.setdefault(document, f"G-{secrets.token_hex(4)}")
        selection.released.append(released)
    # An order that does not follow the transcripts (adjacent quotes would group them).
    selection.released.sort(key=lambda q: hashlib.sha256(q["quote"].encode("utf-8")).digest())
    return selection


def approved_quotes(
    candidates_path: str | os.PathLike[str],
    approvals_path: str | os.PathLike[str],
    reviewer_public_key: str | os.PathLike[str],
) -> list[dict[str, str]]:
    """The quotes that may leave (select_quotes without the counts)."""
    return select_quotes(candidates_path, approvals_path, reviewer_public_key).released


def write_released_quotes(
    quotes: list[dict[str, str]], path: str | os.PathLike[str], mode: int = 0o644
) -> None:
    """The quotes of the outcome pack (approved only); an empty file when none."""
    columns = GROUPED_COLUMNS if any("group_id" in q for q in quotes) else RELEASED_COLUMNS
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(quotes)
    fsutil.write_text(path, out.getvalue(), mode=mode)
