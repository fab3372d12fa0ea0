"""Interview selection: a seeded, stratified draw from those who agreed to be contacted."""

from __future__ import annotations

import io
import json
import stat
import zipfile

import polars as pl
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sealflow.config import load_config
from sealflow.errors import InputSchemaError
from sealflow.govern.holdings import attributed_doc_ids
from sealflow.govern.interviews import InterviewSettings, draw, rank, select_interviewees
from sealflow.govern.quotable import SCRUB_STAGES, left_out_documents
from sealflow.seal.age import decrypt, load_identities
from sealflow.workspace import StudyPaths


def _configure(governed, **interviews):
    config = yaml.safe_load(governed.config_file.read_text())
    config["interviews"] = {"seed": 11, **interviews}
    governed.config_file.write_text(yaml.safe_dump(config))
    return InterviewSettings.from_config(load_config(governed.config_file))


def _contact(governed, refused: int = 0) -> list[str]:
    """Give the ingested survey a contact column: yes for all but the first ``refused``."""
    path = governed.work / "ingest/survey.parquet"
    survey = pl.read_parquet(path)
    ids = sorted(survey["pseudonymous_id"].to_list())
    answers = ["no" if ids.index(pid) < refused else "yes" for pid in survey["pseudonymous_id"]]
    survey.with_columns(pl.Series("interview_contact", answers)).write_parquet(path)
    return ids[refused:]


def _invited(governed) -> list[str]:
    text = (governed.work / "interviews/invitations.csv").read_text().splitlines()
    assert text[0] == "pseudonymous_id"
    return text[1:]


def test_when_drawn_twice_then_the_same_lowest_ranked_agreeing_people_are_invited(governed):
    agreeing = _contact(governed, refused=2)
    settings = _configure(governed, sizes={"all": 3})
    first = select_interviewees(settings)
    invited = _invited(governed)
    select_interviewees(settings)
    assert _invited(governed) == invited
    assert invited == sorted(sorted(agreeing, key=lambda pid: rank(11, pid))[:3])
    assert (first["eligible"], first["invited"]) == (len(agreeing), 3)


def test_when_someone_declines_then_the_next_in_rank_replaces_them_and_the_map_says_so(
    governed, capsys
):
    agreeing = _contact(governed)
    by_rank = sorted(agreeing, key=lambda pid: rank(11, pid))
    settings = _configure(governed, sizes={"all": 2})
    governed.sealflow("interviews", "select")
    governed.sealflow("interviews", "decline", "--id-file", str(governed.id_file(by_rank[0])))
    governed.sealflow("interviews", "decline", "--no-show", "--id-file",
                      str(governed.id_file(by_rank[1], "b.txt")))  # fmt: skip
    governed.sealflow("interviews", "select")
    assert _invited(governed) == sorted(by_rank[2:4])
    rows = pl.read_csv(settings.governed.interview_map)
    status = dict(zip(rows["pseudonymous_id"], rows["status"], strict=True))
    assert status == {by_rank[0]: "declined", by_rank[1]: "no_show",
                      by_rank[2]: "invited", by_rank[3]: "invited"}  # fmt: skip
    printed = capsys.readouterr()
    assert not any(pid in printed.out + printed.err for pid in agreeing)
    report = json.loads((governed.root / "results/interviews/selection.json").read_text())
    assert (report["declined"], report["no_show"], report["invited"]) == (1, 1, 2)
    assert not any(pid in json.dumps(report) for pid in agreeing)


def test_when_a_person_not_invited_declines_then_refused_and_nothing_recorded(governed, capsys):
    agreeing = _contact(governed)
    by_rank = sorted(agreeing, key=lambda pid: rank(11, pid))
    _configure(governed, sizes={"all": 1})
    governed.sealflow("interviews", "select")
    with pytest.raises(SystemExit):
        governed.sealflow("interviews", "decline", "--id-file", str(governed.id_file(by_rank[3])))
    err = capsys.readouterr().err
    assert "not invited" in err and by_rank[3] not in err
    assert not (governed.work / "interviews/responses.csv").exists()


def test_when_strata_are_set_then_each_gets_its_size_and_a_shortfall_is_reported(governed):
    agreeing = _contact(governed)
    admin = pl.read_parquet(governed.work / "ingest/admin.parquet")
    gender = dict(zip(admin["pseudonymous_id"], admin["gender"], strict=True))
    settings = _configure(governed, strata="gender", sizes={"Female": 1, "Male": 1, "Other": 2})
    report = select_interviewees(settings)
    invited = _invited(governed)
    assert sorted(gender[pid] for pid in invited) == ["Female", "Male"]
    for value in ("Female", "Male"):
        pool = sorted((p for p in agreeing if gender[p] == value), key=lambda p: rank(11, p))
        assert pool[0] in invited
    assert report["short_of_size"] == {"Other": 2}


def test_when_the_map_is_written_then_erasure_and_subject_access_find_the_interview(governed):
    _contact(governed)
    settings = _configure(governed, sizes={"all": 2})
    select_interviewees(settings)
    rows = pl.read_csv(settings.governed.interview_map)
    first = rows.row(0, named=True)
    assert attributed_doc_ids(settings.governed, first["pseudonymous_id"]) == [first["doc_id"]]
    assert first["pseudonymous_id"] not in first["doc_id"]
    for path in (settings.invitations, settings.governed.interview_map):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_when_the_survey_has_no_contact_column_then_one_error_names_it_and_the_key(governed):
    path = governed.work / "ingest/survey.parquet"
    pl.read_parquet(path).drop("interview_contact").write_parquet(path)
    settings = _configure(governed, sizes={"all": 2})
    with pytest.raises(InputSchemaError, match=r"interview_contact.*interviews\.contact_column"):
        select_interviewees(settings)
    assert not settings.invitations.exists()


def test_when_a_person_withdrew_then_they_are_never_invited(governed):
    agreeing = _contact(governed)
    by_rank = sorted(agreeing, key=lambda pid: rank(11, pid))
    withdrawals = governed.tiny.withdrawals
    withdrawals.write_text(withdrawals.read_text() + f"{by_rank[0]},2025-05-01\n")
    select_interviewees(_configure(governed, sizes={"all": 2}))
    assert _invited(governed) == sorted(by_rank[1:3])


PEOPLE = st.dictionaries(
    st.from_regex(r"PSN-[0-9A-HJ-NP-Z]{10}", fullmatch=True), st.sampled_from(["a", "b"]),
    max_size=30,
)  # fmt: skip


@given(people=PEOPLE, size=st.integers(0, 6), seed=st.integers(0, 10**6), data=st.data())
def test_when_a_chosen_person_is_skipped_then_only_they_are_replaced(people, size, seed, data):
    sizes = {"a": size, "b": size}
    before = draw(people, sizes, seed, set())
    chosen = [pid for pids in before.values() for pid in pids]
    if not chosen:
        return
    gone = data.draw(st.sampled_from(chosen))
    after = draw(people, sizes, seed, {gone})
    for stratum, pids in before.items():
        kept = [p for p in pids if p != gone]
        assert after[stratum][: len(kept)] == kept
        assert len(after[stratum]) <= size and gone not in after[stratum]
        assert all(people[p] == stratum for p in after[stratum])


def test_when_an_invitee_is_erased_then_the_invitations_and_responses_lose_them(governed):
    agreeing = _contact(governed)
    by_rank = sorted(agreeing, key=lambda pid: rank(11, pid))
    settings = _configure(governed, sizes={"all": 2})
    select_interviewees(settings)
    governed.sealflow("interviews", "decline", "--id-file", str(governed.id_file(by_rank[0])))
    governed.sealflow("erase", "--id-file", str(governed.id_file(by_rank[0], "e.txt")))
    governed.sealflow("erase", "--id-file", str(governed.id_file(by_rank[1], "f.txt")))
    held = settings.responses.read_text() + settings.invitations.read_text()
    held += settings.governed.interview_map.read_text()
    assert by_rank[0] not in held and by_rank[1] not in held


@pytest.mark.parametrize("map_removed", [False, True])  # Snakemake removes outputs first
@pytest.mark.parametrize("right", ["restrict", "withdraw"])
def test_when_an_invitee_is_no_longer_eligible_then_the_map_keeps_their_interview(
    governed, right, map_removed
):
    agreeing = _contact(governed)
    by_rank = sorted(agreeing, key=lambda pid: rank(11, pid))
    settings = _configure(governed, sizes={"all": 2})
    select_interviewees(settings)
    (document,) = attributed_doc_ids(settings.governed, by_rank[0])
    transcripts = StudyPaths.from_settings(settings.governed.study).inputs["transcripts"]
    transcripts.mkdir(parents=True, exist_ok=True)
    (transcripts / f"{document}.txt").write_text("Interviewer: hello\n")
    if right == "restrict":  # takes their rows out of the ingested survey now
        governed.sealflow("request", "restrict", "--id-file", str(governed.id_file(by_rank[0])))
    else:
        withdrawals = governed.tiny.withdrawals
        withdrawals.write_text(withdrawals.read_text() + f"{by_rank[0]},2025-05-01\n")
    if map_removed:
        settings.governed.interview_map.unlink()
    report = select_interviewees(settings)
    assert _invited(governed) == sorted(by_rank[1:3])  # the next in rank replaces them
    assert report["kept_no_longer_eligible"] == 1
    status = {pid: s for _, pid, s in (line.split(",") for line in
              settings.governed.interview_map.read_text().splitlines()[1:])}  # fmt: skip
    expected = "no_longer_eligible" if right == "restrict" else "withdrawn"
    assert status[by_rank[0]] == expected
    assert attributed_doc_ids(settings.governed, by_rank[0]) == [document]


def test_when_an_invitee_later_refuses_consent_then_their_interview_stays_theirs_until_erased(
    governed, tmp_path
):
    """attack19 H1: a later submission saying no to consent drops the person from ingest's
    survey; the rebuilt map (Snakemake removes it first) must keep them, the scrub and the
    quotes leave their interview out, subject access finds it and erasure removes it."""
    agreeing = _contact(governed)
    by_rank = sorted(agreeing, key=lambda pid: rank(11, pid))
    settings = _configure(governed, sizes={"all": 2})
    select_interviewees(settings)
    (document,) = attributed_doc_ids(settings.governed, by_rank[0])
    inputs = StudyPaths.from_settings(settings.governed.study).inputs
    files = [inputs["transcripts"] / "vendor-a" / f"{document}.txt",
             inputs["recordings"] / "vendor-a" / f"{document}.wav",
             governed.work / "scrub/transcripts" / f"{document}.txt"]  # fmt: skip
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Interviewer: hello\n")
    survey_path = governed.work / "ingest/survey.parquet"
    survey = pl.read_parquet(survey_path)
    survey.filter(pl.col("pseudonymous_id") != by_rank[0]).write_parquet(survey_path)
    settings.governed.interview_map.unlink()
    report = select_interviewees(settings)
    status = dict(pl.read_csv(settings.governed.interview_map).select("pseudonymous_id", "status")
                  .iter_rows())  # fmt: skip
    assert status[by_rank[0]] == "no_longer_eligible"
    assert report["kept_no_longer_eligible"] == 1
    assert _invited(governed) == sorted(by_rank[1:3])
    assert left_out_documents(settings.governed) == {document: "consent_refused"}
    assert left_out_documents(settings.governed, SCRUB_STAGES) == {document: "consent_refused"}
    out_dir = tmp_path / "outbox"
    governed.sealflow("subject-access", "export", "--id-file",
                      str(governed.id_file(by_rank[0])), "--out", str(out_dir))  # fmt: skip
    (sealed,) = out_dir.glob("*.zip.age")
    plain = io.BytesIO()
    with open(sealed, "rb") as fh:
        # sealed for the evaluator, who answers the requester (never the provider)
        decrypt(fh, plain, load_identities(governed.evaluator.identity_path))
    export = zipfile.ZipFile(plain)
    # their interview is found: the scrubbed copy goes, the raw ones are listed as withheld
    assert f"transcripts/scrubbed/{document}.txt" in export.namelist()
    withheld = json.dumps(json.loads(export.read("manifest.json")).get("withheld_transcripts"))
    assert f"{document}.txt" in withheld and f"{document}.wav" in withheld
    governed.sealflow("erase", "--id-file", str(governed.id_file(by_rank[0], "e.txt")))
    assert not any(path.exists() for path in files)
    (record,) = (governed.root / "results/governance").glob("erasure_*.json")
    erased = json.loads(record.read_text())
    assert sorted(erased["files_removed"])[:3] == sorted(
        str(path.relative_to(governed.root)) for path in files
    )
    settings.governed.interview_map.unlink()
    select_interviewees(settings)  # the rerun: their ID does not come back
    assert by_rank[0] not in settings.governed.interview_map.read_text()
