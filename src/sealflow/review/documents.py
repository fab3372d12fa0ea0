"""The scrubbed text a reviewer must read: transcripts, free-text answers, candidate quotes.

Read from the workspace only. Survey answers are named by column and row number, never by
a participant's ID, so the page does not link text back to a person by itself.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sealflow.errors import InputSchemaError

TRANSCRIPT_SUFFIXES = (".txt", ".vtt", ".srt", ".docx")


@dataclass(frozen=True)
class Document:
    doc_id: str  # stable id the decisions file refers to
    title: str
    kind: str  # "transcript" or "survey answer"
    text: str


@dataclass(frozen=True)
class Quote:
    quote_id: str
    document_id: str
    text: str
    flagged: bool
    reason: str
    approved: bool


def _read_text(path: Path) -> str:
    if path.suffix.lower() == ".docx":
        import docx  # python-docx: only Word transcripts need it

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputSchemaError(
            f"{path}: not UTF-8 (byte offset {exc.start}); rerun the scrub stage"
        ) from None


def transcripts(folder: Path) -> list[Document]:
    """Every scrubbed transcript in ``folder``, in name order."""
    if not folder.is_dir():
        return []
    return [
        Document(f"transcript:{p.name}", p.name, "transcript", _read_text(p))
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix.lower() in TRANSCRIPT_SUFFIXES
    ]


def survey_answers(parquet: Path, columns: tuple[str, ...]) -> list[Document]:
    """Every non-empty scrubbed free-text answer, by column and row number."""
    if not parquet.is_file():
        return []
    import polars as pl

    frame = pl.read_parquet(parquet, columns=[c for c in columns if c])
    documents = []
    for column in frame.columns:
        for row, value in enumerate(frame[column].to_list(), start=1):
            if isinstance(value, str) and value.strip():
                documents.append(
                    Document(
                        f"survey:{column}:{row}",
                        f"{column.removeprefix('ft_').replace('_', ' ')}, answer {row}",
                        "survey answer",
                        value,
                    )
                )
    return documents


def quote_candidates(candidates: Path, approvals: Path | None) -> list[Quote]:
    """Candidate quotes with their leakage flag, and whether they are already approved."""
    if not candidates.is_file():
        return []
    approved: set[str] = set()
    if approvals is not None and approvals.is_file():
        with open(approvals, encoding="utf-8", newline="") as fh:
            approved = {
                r["quote_id"] for r in csv.DictReader(fh) if (r.get("approved_by") or "").strip()
            }
    with open(candidates, encoding="utf-8", newline="") as fh:
        return [
            Quote(
                r["quote_id"],
                r.get("document_id", ""),
                r.get("quote", ""),
                (r.get("leakage_flag") or "no").strip().lower() not in ("", "no", "false"),
                r.get("leakage_reason") or "",
                r["quote_id"] in approved,
            )
            for r in csv.DictReader(fh)
        ]
