"""Survey links: stable, unguessable tokens; the survey platform never sees an ID."""

from __future__ import annotations

import polars as pl
import pytest

from sealflow.errors import ConfigError
from sealflow.ingest.links import make_links
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.tokens import survey_token


def _make(study, template="https://survey.example.org/s/{token}"):
    links = study.work / "links/links_for_provider.csv"
    tokens = study.work / "links/tokens_for_survey.csv"
    report = study.root / "results/links/links_report.json"
    counts = make_links(
        study.roster,
        study.withdrawals,
        study.token_key,
        links,
        tokens,
        report,
        template,
        IngestSettings.from_config({}),
    )
    return counts, pl.read_csv(links), pl.read_csv(tokens)


def test_when_links_are_made_then_each_participant_gets_their_keyed_token(study):
    counts, links, tokens = _make(study)
    assert counts == {"links_made": 11, "withdrawn_excluded": 1}
    assert links.columns == ["pseudonymous_id", "survey_token", "survey_url"]
    assert tokens.columns == ["survey_token", "survey_url"]
    assert study.withdrawn[0] not in links["pseudonymous_id"].to_list()
    for pid, token, url in links.iter_rows():
        assert token == survey_token(study.key, pid)
        assert url == f"https://survey.example.org/s/{token}"
    assert sorted(tokens["survey_token"]) == sorted(links["survey_token"])
    assert tokens["survey_token"].to_list() == sorted(tokens["survey_token"])
    for path in (study.work / "links").iterdir():
        assert path.stat().st_mode & 0o777 == 0o600


def test_when_links_are_made_twice_then_tokens_are_the_same(study):
    _, first, _ = _make(study)
    _, second, _ = _make(study)
    assert first.equals(second)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("https://s.example/{token}?lang=en", "https://s.example/{t}?lang=en"),
        ("https://s.example/{token}/{token}", "https://s.example/{t}/{t}"),
    ],
)
def test_when_template_has_token_placeholders_then_each_is_filled(study, template, expected):
    _, links, _ = _make(study, template)
    token = links["survey_token"][0]
    assert links["survey_url"][0] == expected.replace("{t}", token)


def test_when_template_has_no_placeholder_then_error_names_the_key(study):
    with pytest.raises(ConfigError, match=r"key links.url_template: .* has no \{token\}"):
        _make(study, "https://s.example/")
    assert not (study.work / "links").exists()
