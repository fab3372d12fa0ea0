"""The reviewer's decisions file: checked, signed, then applied to the scrubber and quotes.

The page writes the file; `sealflow review apply FILE` checks every field (one clear error
naming the field), keeps a copy in work/review/ signed with the evaluator's minisign key
(verified straight away against the public key beside it), then applies it:

- words to replace everywhere go into the study's deny list (by type), words to keep into
  its allow list; the scrubber reads both on its next run;
- approved quotes are marked approved (with the reason) in the quotes approvals file, which
  is signed again; rejected quotes lose any earlier approval.

Only counts of decisions go to results/review/decisions.json, for the report: the words
themselves may be identifiers and never leave the workspace.
"""

from __future__ import annotations

import csv
import inspect
import io
import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from sealflow import fsutil
from sealflow.errors import InputSchemaError

FORMAT = "sealflow-review-decisions/1"
MAX_BYTES = 4 * 1024 * 1024
ACTIONS = ("replace", "keep")
QUOTE_DECISIONS = ("approve", "reject")


@dataclass(frozen=True)
class WordDecision:
    word: str
    action: str  # "replace" or "keep"
    entity_type: str  # for "replace": the placeholder type the scrubber should use


@dataclass(frozen=True)
class QuoteDecision:
    quote_id: str
    decision: str  # "approve" or "reject"
    reason: str


@dataclass(frozen=True)
class Decisions:
    words: tuple[WordDecision, ...]
    quotes: tuple[QuoteDecision, ...]
    study: str = ""  # the study id the page was made for ("" when not given)

    def counts(self) -> dict[str, int]:
        counted = Counter(f"words_{w.action}" for w in self.words)
        counted.update(f"quotes_{q.decision}" for q in self.quotes)
        return {key: counted.get(key, 0) for key in (
            "words_replace", "words_keep", "quotes_approve", "quotes_reject",
        )}  # fmt: skip


def _text(value: Any, where: str, *, required: bool = True) -> str:
    if not isinstance(value, str) or (required and not value.strip()):
        raise InputSchemaError(f"{where}: expected {'a non-empty ' if required else ''}text")
    return value.strip()


def parse(path: Path) -> Decisions:
    """Read and check a decisions file; InputSchemaError names the file and the field."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputSchemaError(f"{path}: no such decisions file") from None
    if len(raw) > MAX_BYTES:
        raise InputSchemaError(f"{path}: larger than {MAX_BYTES} bytes; not a decisions file")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputSchemaError(
            f"{path}: not valid JSON ({exc}); save it again from the review page"
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputSchemaError(
            f"{path}: field format must be {FORMAT!r}; is this a decisions file?"
        )
    words, quotes = doc.get("words", []), doc.get("quotes", [])
    if not isinstance(words, list) or not isinstance(quotes, list):
        raise InputSchemaError(f"{path}: fields words and quotes must be lists")
    parsed_words = []
    for i, w in enumerate(words):
        where = f"{path}: words[{i}]"
        if not isinstance(w, dict):
            raise InputSchemaError(f"{where}: expected an object with word and action")
        action = w.get("action")
        if action not in ACTIONS:
            raise InputSchemaError(f"{where}.action: expected one of {', '.join(ACTIONS)}")
        entity = _text(w.get("type", ""), f"{where}.type", required=action == "replace")
        if action == "replace" and not entity.replace("_", "").isalpha():
            raise InputSchemaError(f"{where}.type: expected a type such as PERSON or BASE")
        parsed_words.append(WordDecision(_text(w.get("word"), f"{where}.word"), action, entity))
    parsed_quotes = []
    for i, q in enumerate(quotes):
        where = f"{path}: quotes[{i}]"
        if not isinstance(q, dict):
            raise InputSchemaError(f"{where}: expected an object with quote_id and decision")
        decision = q.get("decision")
        if decision not in QUOTE_DECISIONS:
            raise InputSchemaError(f"{where}.decision: expected approve or reject")
        reason = _text(q.get("reason", ""), f"{where}.reason", required=decision == "reject")
        parsed_quotes.append(
            QuoteDecision(_text(q.get("quote_id"), f"{where}.quote_id"), decision, reason)
        )
    study = doc.get("study", "")
    if not isinstance(study, str):
        raise InputSchemaError(f"{path}: field study must be the study id as text")
    return Decisions(tuple(parsed_words), tuple(parsed_quotes), study)


# ------------------------------------------------------------------------ scrubber lists


def _load_yaml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise InputSchemaError(f"{path}: expected a mapping; fix or remove the file")
    return data


def apply_words(
    decisions: Decisions, deny_path: Path, allow_path: Path, deny_base: Path, allow_base: Path
) -> None:
    """Add replace-words to the deny list and keep-words to the allow list (each file whole).

    A list that does not exist yet starts from ``*_base`` (the list the study uses now), so
    applying decisions never drops what the scrubber already knew.
    """
    deny = _load_yaml(deny_path if deny_path.is_file() else deny_base)
    allow = _load_yaml(allow_path if allow_path.is_file() else allow_base)
    deny_terms: dict[str, list[str]] = {
        str(k): [str(t) for t in (v or [])] for k, v in (deny.get("deny") or {}).items()
    }
    allow_terms = [str(t) for t in (allow.get("allow") or [])]
    for w in decisions.words:
        if w.action == "replace":
            bucket = deny_terms.setdefault(w.entity_type, [])
            if w.word not in bucket:
                bucket.append(w.word)
            allow_terms = [t for t in allow_terms if t != w.word]
        else:
            if w.word not in allow_terms:
                allow_terms.append(w.word)
            deny_terms = {k: [t for t in v if t != w.word] for k, v in deny_terms.items()}
    header = "# Written by `sealflow review apply` (workspace only: these are identifiers).\n"
    fsutil.write_text(
        deny_path, header + yaml.safe_dump({**deny, "deny": deny_terms}, sort_keys=False)
    )
    fsutil.write_text(
        allow_path, header + yaml.safe_dump({**allow, "allow": allow_terms}, sort_keys=False)
    )


# -------------------------------------------------------------------------------- quotes


def apply_quotes(decisions: Decisions, candidates: Path, approvals: Path, by: str) -> None:
    """Approve (with reason) and un-approve quotes in the approvals file."""
    from sealflow.sdc.quotes import record_approvals

    approve = [q for q in decisions.quotes if q.decision == "approve"]
    reject = {q.quote_id for q in decisions.quotes if q.decision == "reject"}
    takes_reason = "reason" in inspect.signature(record_approvals).parameters
    if approve or not approvals.is_file():
        by_reason: dict[str, list[str]] = {}
        for q in approve:
            by_reason.setdefault(q.reason if takes_reason else "", []).append(q.quote_id)
        for reason, ids in (by_reason or {"": []}).items():
            extra: dict[str, str] = {"reason": reason} if takes_reason and reason else {}
            record_approvals(candidates, approvals, ids, by, **extra)
    if reject and approvals.is_file():
        with open(approvals, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            fields, rows = list(reader.fieldnames or []), list(reader)
        for row in rows:
            if row.get("quote_id") in reject:
                for column in ("approved_by", "approved_at", "approval_reason"):
                    if column in row:
                        row[column] = ""
        out = io.StringIO()
        writer = csv.DictWriter(out, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        fsutil.write_text(approvals, out.getvalue())


def add_counts(path: Path, decisions: Decisions, key_id: str) -> dict[str, Any]:
    """Add this file's counts to results/review/decisions.json: counts only, never a word.

    The report reads it to say how many decisions a reviewer made; each apply adds to it.
    """
    earlier: dict[str, Any] = {}
    if path.is_file():
        try:
            earlier = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise InputSchemaError(
                f"{path}: not valid JSON; remove it (it only holds counts) and apply again"
            ) from None
    before: dict[str, Any] = earlier.get("counts") or {}
    if not isinstance(before, dict):
        before = {}
    counts = {k: int(before.get(k, 0)) + v for k, v in decisions.counts().items()}
    record = {
        "applied_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "applies": int(earlier.get("applies", 0)) + 1,
        "counts": counts,
        "signed_by_key_id": key_id,
    }
    fsutil.write_json(path, record, mode=0o644)
    return record
