"""Read a demo study's truth files and the texts their locations point into."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import polars as pl
import srt
import webvtt


def records(study: Path, name: str) -> list[dict]:
    lines = (study / "truth" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def texts_by_location(study: Path, file: str) -> dict[tuple, str]:
    """Map each record's location key (without the span) to the text it indexes."""
    path = study / file
    suffix = path.suffix
    if suffix == ".csv":
        frame = pl.read_csv(path, infer_schema=False)
        out = {}
        for row, record in enumerate(frame.iter_rows(named=True)):
            for column in ("ft_experience", "ft_barriers", "ft_suggestions"):
                out[(record["survey_token"], row, column)] = record[column] or ""
        return out
    if suffix == ".txt":
        return {(): path.read_text(encoding="utf-8")}
    if suffix == ".vtt":
        return {(i,): cue.raw_text for i, cue in enumerate(webvtt.read(str(path)))}
    if suffix == ".srt":
        cues = srt.parse(path.read_text(encoding="utf-8"))
        return {(i,): cue.content for i, cue in enumerate(cues)}
    if suffix == ".docx":
        return {(i,): p.text for i, p in enumerate(docx.Document(str(path)).paragraphs)}
    raise AssertionError(f"unexpected file type {file}")


def location_key(location: dict) -> tuple:
    if "column" in location:
        return (location["survey_token"], location["row"], location["column"])
    if "cue" in location:
        return (location["cue"],)
    if "paragraph" in location:
        return (location["paragraph"],)
    return ()


def misplaced(study: Path, truth_file: str) -> list[dict]:
    """Records whose value is not verbatim at their recorded location."""
    texts: dict[str, dict[tuple, str]] = {}
    wrong = []
    for record in records(study, truth_file):
        if record["file"] not in texts:
            texts[record["file"]] = texts_by_location(study, record["file"])
        location = record["location"]
        text = texts[record["file"]].get(location_key(location), "")
        if text[location["start"] : location["end"]] != record["value"]:
            wrong.append(record)
    return wrong
