"""The held-out corpus reader and the placeholder-consistency measure, on hand-made cases."""

from __future__ import annotations

import json

import pytest

from sealflow.errors import InputSchemaError
from sealflow.scrub.evaluation.frozen import (
    FrozenText,
    decoys_destroyed_by_kind,
    linkable_in_the_text,
    load_frozen,
    placeholder_consistency,
    recall_by_form,
    recall_by_format,
)
from sealflow.scrub.evaluation.runners import sealflow_scrub_as_files

TEXT = "Dave rang. David Jones said Jones and Ann Lee would come; Ann too."


def _doc() -> FrozenText:
    spans = [("PERSON", 0, 4), ("PERSON", 11, 22), ("PERSON", 28, 33), ("PERSON", 38, 45),
             ("PERSON", 58, 61)]  # fmt: skip
    return FrozenText(
        text=TEXT,
        spans=spans,
        entities=["p1", "p1", "p1", "p2", "p2"],
        forms=["dim", "full", "sur", "full", "first"],
    )


@pytest.mark.parametrize(
    "edits, consistent, merged, cause",
    [
        # every mention of each person under one placeholder
        ([(0, 4, "[PERSON-1]"), (11, 22, "[PERSON-1]"), (28, 33, "[PERSON-1]"),
          (38, 45, "[PERSON-2]"), (58, 61, "[PERSON-2]")], 2, 0, None),
        # the diminutive got a number of its own
        ([(0, 4, "[PERSON-3]"), (11, 22, "[PERSON-1]"), (28, 33, "[PERSON-1]"),
          (38, 45, "[PERSON-2]"), (58, 61, "[PERSON-2]")], 1, 0,
         "mentions_under_different_placeholders"),
        # a mention missed entirely is not consistent either
        ([(11, 22, "[PERSON-1]"), (28, 33, "[PERSON-1]"),
          (38, 45, "[PERSON-2]"), (58, 61, "[PERSON-2]")], 1, 0, "a_mention_missed"),
        # a full name cut in two placeholders
        ([(0, 4, "[PERSON-1]"), (11, 16, "[PERSON-1]"), (17, 22, "[PERSON-4]"),
          (28, 33, "[PERSON-1]"), (38, 45, "[PERSON-2]"), (58, 61, "[PERSON-2]")], 1, 0,
         "a_mention_under_two_placeholders"),
        # two different people under one placeholder
        ([(0, 4, "[PERSON-1]"), (11, 22, "[PERSON-1]"), (28, 33, "[PERSON-1]"),
          (38, 45, "[PERSON-1]"), (57, 60, "[PERSON-1]")], 2, 1, None),
    ],
)  # fmt: skip
def test_when_placeholders_are_assigned_then_consistency_counts_people_not_mentions(
    edits, consistent, merged, cause
):
    result = placeholder_consistency([_doc()], [edits])
    assert result["people_named_more_than_once"] == 2
    assert result["consistent"] == consistent
    assert result["different_people_sharing_a_placeholder"] == merged
    causes = result["inconsistent_because"]
    assert sum(causes.values()) == 2 - consistent
    assert cause is None or causes[cause] == 1


@pytest.mark.parametrize(
    "forms, linkable",
    [
        (["first", "full"], True),       # "Dave ... Dave Jones": the full name links them
        (["dim", "first"], True),        # "Dave ... David": first-name forms of one name
        (["rank", "sur", "init"], True),  # "Sgt Jones ... Jones ... D. Jones"
        (["first", "rank"], False),      # "Dave ... Sgt Jones": only the author knows
        (["dim", "title"], False),       # "Kasia ... Dr Mazur"
        (["first", "rank", "full"], True),
        (["typo", "first"], True),       # a misspelling may be of either part
        ([None, None], True),            # forms not recorded: cannot tell, counted
    ],
)  # fmt: skip
def test_when_mentions_carry_parts_of_a_name_then_linkable_says_if_the_text_links_them(
    forms, linkable
):
    assert linkable_in_the_text(forms) is linkable


def test_when_only_the_author_links_two_mentions_then_the_linked_figure_leaves_them_out():
    text = "Dave rang. Sgt Jones came, and Ann Lee; Ann stayed."
    doc = FrozenText(
        text=text,
        spans=[("PERSON", 0, 4), ("PERSON", 11, 20), ("PERSON", 31, 38), ("PERSON", 40, 43)],
        entities=["p1", "p1", "p2", "p2"],
        forms=["first", "rank", "full", "first"],
    )
    edits = [(0, 4, "[PERSON-1]"), (11, 20, "[PERSON-2]"), (31, 38, "[PERSON-3]"),
             (40, 43, "[PERSON-3]")]  # fmt: skip
    result = placeholder_consistency([doc], [edits])
    assert result["consistency"] == 0.5
    assert result["linked_in_the_text"] == {"people": 1, "consistent": 1, "consistency": 1.0}
    assert result["split_between_forms"] == {"first | rank": 1}
    assert result["shared_between_forms"] == {}
    # now the scrubber guesses wrong: Dave is given Ann Lee's placeholder
    edits[0] = (0, 4, "[PERSON-3]")
    result = placeholder_consistency([doc], [edits])
    assert result["different_people_sharing_a_placeholder"] == 1
    assert result["shared_between_forms"] == {"first / first+full": 1}


def test_when_forms_are_labelled_then_recall_is_reported_per_form():
    caught = [[False, True, True, True, False]]
    assert recall_by_form([_doc()], caught) == {
        "PERSON/dim": 0.0, "PERSON/first": 0.0, "PERSON/full": 1.0, "PERSON/sur": 1.0,
    }  # fmt: skip


def test_when_a_corpus_line_is_malformed_then_the_error_names_file_and_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    good = {"id": "x-1", "text": "Hi Ann", "spans": [{"type": "PERSON", "start": 3, "end": 6,
            "entity": "p1"}], "decoys": []}  # fmt: skip
    path.write_text(json.dumps(good) + "\n" + '{"text": 1}\n', encoding="utf-8")
    with pytest.raises(InputSchemaError, match=r"corpus.jsonl: line 2"):
        load_frozen(path)
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    (doc,) = load_frozen(path)
    assert doc.spans == [("PERSON", 3, 6)] and doc.entities == ["p1"]


def test_when_decoys_have_kinds_then_each_kind_is_reported_apart():
    doc = FrozenText(text="INT: will you. P1: yes", spans=[], decoys=[(0, 3), (5, 9), (15, 17)],
                     decoy_kinds=["role", "word", "role"])  # fmt: skip
    assert decoys_destroyed_by_kind([doc], [[("PERSON", 5, 9)]]) == {"role": 0.0, "word": 1.0}


def test_when_documents_have_formats_then_recall_is_reported_per_format():
    docs = [FrozenText(text="a", spans=[], file_format=f) for f in ("vtt", "srt", "vtt")]
    assert recall_by_format(docs, [[True, False], [True], [True, True]]) == {
        "srt": 1.0, "vtt": 0.75}  # fmt: skip


VTT = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000 align:start\n<v Interviewer>Who helped?\n\n"
    "00:00:04.500 --> 00:00:09.000\n<v Megan Howells>My sergeant, Gareth Pritchard, rang me.\n"
)
SRT = "1\n00:00:01,000 --> 00:00:04,000\nINT: Who helped?\n\n2\n00:00:04,500 --> 00:00:09,000\n"\
      "Megan Howells: Gareth Pritchard rang me.\n"  # fmt: skip


@pytest.mark.parametrize("file_format, text", [("vtt", VTT), ("srt", SRT)])
def test_when_a_transcript_is_scored_as_a_file_then_edits_land_on_its_own_offsets(
    engine, file_format, text
):
    """The format's reader decides what the detectors see; the edits come back in the
    file's offsets: names in the voice tag or label and in the text are gone, the role
    label, the timings and the markup are untouched."""
    doc = FrozenText(text=text, spans=[], file_format=file_format)
    detections, edits = sealflow_scrub_as_files(engine, [doc])
    touched = [text[s:e] for _, s, e in detections[0]]
    assert "Gareth Pritchard" in touched and "Megan Howells" in touched
    assert all("<" not in t and ">" not in t and "-->" not in t for t in touched)
    assert not any("Interviewer" in t or "INT" in t for t in touched)
    assert len({p for _, _, p in edits[0] if p}) == 2  # two people, two placeholders
