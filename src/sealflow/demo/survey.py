"""The survey platform's export: one row per submission, keyed by survey token.

About 45% of the roster responds; a few decline consent (their answers stay empty); two
tokens belong to nobody on the roster (a forwarded or test link) and two people submit
twice, so ingest and linkage have every case to count. Likert items follow a latent
wellbeing score that also drives sickness absence, so the linked data shows an effect.
Long free text with planted identifiers is written for at most ``long_text_budget``
respondents; the rest get short stock answers, so large studies stay fast. About 40% of
those who consent agree to be contacted for an interview (``interview_contact``).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import numpy as np
import polars as pl

from sealflow.demo.admin import Staff, pseudonymous_ids
from sealflow.demo.planted import TruthLog
from sealflow.demo.text import REGISTERS, DocumentContext, Segment, compose, join
from sealflow.demo.vocab import Vocabulary
from sealflow.ingest.tokens import survey_tokens

LIKERT_COLUMNS = tuple(f"wb_{i}" for i in range(1, 8))
FREE_TEXT_COLUMNS = ("ft_experience", "ft_barriers", "ft_suggestions")
# "May we contact you about an interview?", asked of those who consent (the privacy notice:
# the provider may contact some participants for an interview; govern/interviews.py draws
# only from those who said yes).
CONTACT_COLUMN = "interview_contact"
COLUMNS = (
    "survey_token", "submitted_at", "consent", *LIKERT_COLUMNS, *FREE_TEXT_COLUMNS,
    CONTACT_COLUMN,
)  # fmt: skip
SURVEY_FILE = "work/received/survey/survey_export.csv"

RESPONSE_RATE = 0.45
CONSENT_RATE = 0.93
CONTACT_RATE = 0.4
UNKNOWN_TOKENS = 2
DUPLICATE_SUBMISSIONS = 2
_REGISTER_WEIGHTS = (0.35, 0.25, 0.15, 0.15, 0.10)
_WINDOW_START = dt.datetime(2026, 3, 2, 8, 0, 0)
_WINDOW_SECONDS = 28 * 86_400


@dataclass(frozen=True)
class SurveyCounts:
    rows: int
    respondents: int
    declined: int
    unknown_tokens: int
    duplicate_submissions: int
    long_text_rows: int
    agreed_to_contact: int


def _likert(rng: np.random.Generator, latent: np.ndarray) -> np.ndarray:
    noise = rng.normal(0.0, 0.8, (len(latent), len(LIKERT_COLUMNS)))
    return np.clip(np.rint(3.0 + 0.8 * latent[:, None] + noise), 1, 5).astype(np.int64)


def _timestamps(rng: np.random.Generator, count: int) -> np.ndarray:
    return rng.integers(0, _WINDOW_SECONDS, count)


def _iso(seconds: int) -> str:
    return (_WINDOW_START + dt.timedelta(seconds=int(seconds))).strftime("%Y-%m-%dT%H:%M:%SZ")


def generate_survey(
    rng: np.random.Generator,
    text_rng: random.Random,
    vocab: Vocabulary,
    staff: Staff,
    token_key: bytes,
    must_respond: np.ndarray,
    long_text_budget: int,
    truth: TruthLog,
) -> tuple[pl.DataFrame, SurveyCounts, list[str]]:
    """Draw the survey export; planted identifiers are recorded in ``truth``.

    Also returns the pseudonymous IDs of roster members who consented, so withdrawals can
    include some of them.
    """
    ids = staff.admin["pseudonymous_id"].to_list()
    branches = staff.admin["service_branch"].to_list()
    n = len(ids)
    responds = rng.random(n) < RESPONSE_RATE
    responds[must_respond] = True
    respondent = np.flatnonzero(responds)

    # Rows: respondents, then strangers' tokens, then second submissions.
    roster = set(ids)
    strangers = [p for p in pseudonymous_ids(rng, UNKNOWN_TOKENS + 4) if p not in roster]
    strangers = strangers[:UNKNOWN_TOKENS]
    row_ids = [ids[i] for i in respondent] + strangers
    row_branch = [branches[i] for i in respondent] + ["Army"] * len(strangers)
    latent = np.concatenate([staff.wellbeing[respondent], rng.normal(0.0, 1.0, len(strangers))])
    consent = np.concatenate(
        [rng.random(len(respondent)) < CONSENT_RATE, np.ones(len(strangers), bool)]
    )
    seconds = _timestamps(rng, len(row_ids))
    consenting_ids = [
        ids[i] for i, agreed in zip(respondent, consent[: len(respondent)], strict=True) if agreed
    ]

    consenting = np.flatnonzero(consent[: len(respondent)])
    repeat_count = min(DUPLICATE_SUBMISSIONS, len(consenting))
    repeats = rng.choice(consenting, size=repeat_count, replace=False)
    for row in repeats.tolist():
        row_ids.append(row_ids[row])
        row_branch.append(row_branch[row])
        latent = np.append(latent, latent[row])
        consent = np.append(consent, True)
        seconds = np.append(
            seconds, min(seconds[row] + int(rng.integers(3_600, 172_800)), _WINDOW_SECONDS)
        )

    order = rng.permutation(len(row_ids))
    row_ids = [row_ids[i] for i in order]
    row_branch = [row_branch[i] for i in order]
    latent, consent, seconds = latent[order], consent[order], seconds[order]
    likert = _likert(rng, latent)

    tokens = survey_tokens(token_key, row_ids)
    free_text = _free_text(
        rng, text_rng, vocab, tokens, row_branch, consent, long_text_budget, truth
    )

    columns: dict[str, list] = {
        "survey_token": tokens,
        "submitted_at": [_iso(s) for s in seconds],
        "consent": ["yes" if c else "no" for c in consent],
    }
    for j, name in enumerate(LIKERT_COLUMNS):
        columns[name] = [int(v) if c else None for v, c in zip(likert[:, j], consent, strict=True)]
    columns.update(free_text)
    # Drawn last, so the rest of the export is what it was before this column existed.
    agreed = rng.random(len(row_ids)) < CONTACT_RATE
    columns[CONTACT_COLUMN] = [
        ("yes" if a else "no") if c else None for a, c in zip(agreed, consent, strict=True)
    ]
    survey = pl.DataFrame(
        columns, schema={c: pl.Int64 if c.startswith("wb_") else pl.String for c in COLUMNS}
    )
    counts = SurveyCounts(
        rows=survey.height,
        respondents=len(respondent),
        declined=int((~consent).sum()),
        unknown_tokens=len(strangers),
        duplicate_submissions=repeat_count,
        long_text_rows=min(long_text_budget, int(consent.sum())),
        agreed_to_contact=columns[CONTACT_COLUMN].count("yes"),
    )
    return survey, counts, consenting_ids


def _free_text(
    rng: np.random.Generator,
    text_rng: random.Random,
    vocab: Vocabulary,
    tokens: list[str],
    row_branch: list[str],
    consent: np.ndarray,
    long_text_budget: int,
    truth: TruthLog,
) -> dict[str, list[str | None]]:
    """Free-text columns: long answers with identifiers for a bounded set, stock ones after."""
    rows = len(tokens)
    consenting = np.flatnonzero(consent)
    long_rows = np.sort(
        rng.choice(consenting, size=min(long_text_budget, len(consenting)), replace=False)
    )
    stock = np.array(vocab.templates["stock_answers"], dtype=object)
    result: dict[str, list[str | None]] = {}
    for column in FREE_TEXT_COLUMNS:
        draw = rng.random(rows)
        picks = stock[rng.integers(0, len(stock), rows)]
        result[column] = [
            str(picks[i]) if consent[i] and draw[i] < 0.6 else None for i in range(rows)
        ]
    for row in long_rows:
        context = DocumentContext.new(text_rng, vocab, row_branch[row])
        register = text_rng.choices(REGISTERS, weights=_REGISTER_WEIGHTS)[0]
        for column in FREE_TEXT_COLUMNS:
            if text_rng.random() < 0.12:
                result[column][row] = None
                continue
            segments = _compose_answer(vocab, context, column, register)
            text, spans = join(segments)
            result[column][row] = text
            truth.add(
                SURVEY_FILE,
                "survey_export",
                {"survey_token": tokens[row], "row": int(row), "column": column},
                spans,
            )
    return result


def _compose_answer(
    vocab: Vocabulary, context: DocumentContext, column: str, register: str
) -> list[Segment]:
    sentences = context.rng.choices((1, 2, 3), weights=(5, 4, 1))[0]
    return compose(vocab.templates[column], context, register, sentences, newline_rate=0.15)
