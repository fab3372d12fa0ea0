"""The reviewer's deny and allow lists (`sealflow review apply`) are what the next run uses."""

from __future__ import annotations

from pathlib import Path

from sealflow.scrub.settings import SHIPPED_FILES, settings_from_section


def test_when_review_wrote_lists_then_the_scrubber_reads_them_instead_of_the_shipped(
    tmp_path: Path,
) -> None:
    review = tmp_path / "work" / "review"
    review.mkdir(parents=True)
    (review / "deny_list.yaml").write_text(SHIPPED_FILES["deny_list"].read_text())
    settings = settings_from_section({}, root=tmp_path, workspace="work")
    assert settings.file("deny_list") == review / "deny_list.yaml"
    assert settings.file("allow_list") == SHIPPED_FILES["allow_list"]  # none written yet


def test_when_the_study_names_its_own_list_then_it_wins_over_the_review_copy(
    tmp_path: Path,
) -> None:
    review = tmp_path / "work" / "review"
    review.mkdir(parents=True)
    (review / "allow_list.yaml").write_text(SHIPPED_FILES["allow_list"].read_text())
    own = tmp_path / "our_allow.yaml"
    own.write_text(SHIPPED_FILES["allow_list"].read_text())
    settings = settings_from_section(
        {"allow_list": "our_allow.yaml"}, root=tmp_path, workspace="work"
    )
    assert settings.file("allow_list") == own


def test_when_no_workspace_is_given_then_only_the_shipped_lists_are_used(tmp_path: Path) -> None:
    review = tmp_path / "work" / "review"
    review.mkdir(parents=True)
    (review / "deny_list.yaml").write_text(SHIPPED_FILES["deny_list"].read_text())
    assert settings_from_section({}, root=tmp_path).file("deny_list") == SHIPPED_FILES["deny_list"]
