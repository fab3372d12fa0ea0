"""The words of the report: labels for machine keys, the glossary, and how figures are shown.

A reviewer at an archive reads the report, not the code: every key a stage writes is shown
under a label in words, every measure is explained once in the glossary, and figures are
rounded to what a decision needs. Kept apart from the templates so that a test can check
that every term used has an entry, and that no raw key reaches the page.
"""

from __future__ import annotations

import math
from typing import Any

# Counts under this are shown as "< 10": a small count of people can single someone out.
SMALL_COUNT = 10

IDENTIFIER_TYPES = {
    "PERSON": "names of people",
    "ADDRESS": "street addresses",
    "POSTCODE": "postcodes",
    "PHONE": "telephone numbers",
    "EMAIL": "e-mail addresses",
    "DATE_OF_BIRTH": "dates of birth",
    "NHS_NUMBER": "NHS numbers",
    "NI_NUMBER": "National Insurance numbers",
    "SERVICE_NUMBER": "service numbers",
    "REFERENCE_NUMBER": "case and reference numbers",
    "UNIT": "military units",
    "BASE": "bases and stations",
    "AGE": "exact ages",
    "LOCATION": "places",
    "ORGANIZATION": "organisations",
    "REPLACED_VALUE": "a value replaced elsewhere in the study",
}

SOURCES = {
    "transcript.txt": "transcripts, plain text",
    "transcript.docx": "transcripts, Word documents",
    "transcript.vtt": "transcripts, WebVTT subtitles",
    "transcript.srt": "transcripts, SRT subtitles",
}

STATUS = {
    "raw": "released as collected",
    "coarsened": "coarsened",
    "withheld": "withheld",
}

OUTCOME_RULES = {
    "threshold": "too few people in the cell",
    "p_percent": "one person's value could be estimated too closely (p% rule)",
    "nk_dominance(n=2)": "two people dominate the cell's total (n,k dominance)",
    "all_values_same": "everyone in the cell gave the same answer",
    "interval_protection": "a hidden cell could be worked out from the totals",
    "differencing": "the people in the cell changed by too few since an earlier release "
    "(their answers could be worked out by comparing the releases)",
}

PARTIES = {
    "provider": "the provider (employer's records)",
    "survey": "the survey platform",
    "vendor": "the transcription vendor",
    "vendor2": "the second transcription vendor",
    "archive": "the archive",
    "evaluator": "the evaluation team (us)",
}

REVIEW = {
    "words_replace": "words to replace everywhere",
    "words_keep": "words confirmed as safe to keep",
    "quotes_approve": "quotes approved",
    "quotes_reject": "quotes rejected",
}

PURPOSES = {
    "links": "survey links, one per person",
    "tokens": "survey tokens",
    "recordings": "interview recordings, for transcription",
    "transcripts": "interview transcripts",
    "extract": "roster and administrative extract",
    "export": "survey export",
    "invitations": "interview invitations (pseudonymous IDs only)",
}

GLOSSARY: dict[str, str] = {
    "anonymised microdata": "One row per person, with names and IDs removed and key "
    "variables coarsened or withheld so that no row can be tied to a person.",
    "key variable": "A column someone else may already know about a person (age band, "
    "branch, base, role ...). Joined with what they hold, it could single the person out; "
    "also called a quasi-identifier.",
    "equivalence class": "The records that share the same values of every key variable. "
    "A person can hide only among the others in their class.",
    "k-anonymity": "Every equivalence class holds at least k records, so anyone matching "
    "a row on the key variables finds at least k candidates. The study asks for k = 10, a "
    "common choice for data released to an archive.",
    "l-diversity": "Within each equivalence class the sensitive column (here, whether the "
    "person left) takes at least l different values, so learning someone's class does not "
    "reveal their answer. l = 2 is the smallest value that protects anything.",
    "prosecutor risk": "The chance of picking out a known person who is in the data: one "
    "over the size of their equivalence class. Highest and average are reported; the study "
    "holds every record below its threshold.",
    "journalist risk": "The same chance when the intruder does not know whether the person "
    "is in the data and matches against the whole population they hold (e.g. the provider's "
    "staff file).",
    "population unique": "A released record matching exactly one person in the population "
    "the intruder holds.",
    "sample unique": "A released record alone in its equivalence class.",
    "information loss": "The share of the key variables' information given up by "
    "coarsening and blanking (non-uniform entropy): 0 means nothing lost, 1 everything.",
    "local suppression": "Blanking single values (shown as *) in a few records instead of "
    "coarsening a whole column.",
    "placeholder": "What replaces an identifier in scrubbed text, such as [PERSON-1]. The same "
    "person gets the same placeholder throughout a document.",
    "residual scan": "A second, independent search of the scrubbed text for anything that "
    "still looks like an identifier.",
    "recall": "The share of identifiers planted in a labelled test corpus that the scrubber "
    "found and replaced.",
    "precision": "The share of replacements that were really identifiers.",
    "primary suppression": "A table cell hidden because it breaks an output rule itself.",
    "secondary suppression": "A further cell hidden so that a primary one cannot be worked "
    "back out from the row and column totals.",
    "quarantine": "A received batch that failed its signature or checksum; it is never "
    "opened and the sender is asked to resend.",
    "receipt": "A signed note sent back to the sender saying which batch arrived intact.",
    "audit log": "The study's log of every action, chained by keyed hashes so that an edited, "
    "removed or reordered entry is detected.",
    "gate": "A check the study must pass before the deposit can be certified.",
}


def _number(value: Any) -> float | None:
    """A JSON number as float; anything else (None, text, lists, booleans) is None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return float(value)


def count(value: Any) -> str:
    """A count of people, with small counts hidden: 0 -> 'none', 1..9 -> '< 10'."""
    if _number(value) is None:
        return "not measured"
    number = int(value)
    if number == 0:
        return "none"
    if number < SMALL_COUNT:
        return f"< {SMALL_COUNT}"
    return f"{number:,}"


def plain_count(value: Any) -> str:
    """A count of things (cells, files, batches), shown exactly."""
    if _number(value) is None:
        return "not measured"
    return f"{int(value):,}"


def share(value: Any) -> str:
    """A share from 0 to 1 as a percentage, to one decimal place (none/under 0.1% in words)."""
    number = _number(value)
    if number is None:
        return "not measured"
    if number == 0:
        return "0%"
    if 0 < number < 0.001:
        return "under 0.1%"
    return f"{number * 100:.1f}%".replace(".0%", "%")


def risk(value: Any) -> str:
    """A probability as '1 in N' (rounded) and a percentage: 0.0909 -> '9.1% (1 in 11)'."""
    number = _number(value)
    if number is None:
        return "not measured"
    if number <= 0:
        return "0%"
    return f"{share(number)} (1 in {math.floor(1 / number + 0.5):,})"


def figure(value: Any) -> str:
    """Any figure: integers with separators, fractions to three significant figures."""
    if value is None:
        return "not measured"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}"
        return f"{value:.3g}"
    if isinstance(value, dict):
        return ", ".join(f"{label(str(k))} {figure(v)}" for k, v in value.items())
    if isinstance(value, float) and not math.isfinite(value):
        return "not measured"
    return str(value)


def label(key: Any) -> str:
    """A machine key in words: 'withdrawn_purged' -> 'withdrawn purged', types by name."""
    key = str(key)
    for table in (IDENTIFIER_TYPES, SOURCES, PARTIES, OUTCOME_RULES, STATUS, PURPOSES, REVIEW):
        if key in table:
            return table[key]
    if key.startswith("survey."):
        return f"survey answer '{key.removeprefix('survey.').removeprefix('ft_')}'"
    return key.replace("_", " ")


def column(name: Any) -> str:
    """A column name in words: 'sickness_absence_days' -> 'sickness absence days'."""
    return str(name).replace("_", " ")
