"""Reruns rebuild, they do not resend: content an earlier batch held does not leave again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_study import Study

from sealflow.exchange.flow import send_files

ROWS = "pseudonymous_id,link\nPSN-0000000001,a\nPSN-0000000002,b\nPSN-0000000003,c\n"


def _sent_batches(study: Study) -> set[str]:
    sent = study.root / "results/exchange/sent"
    return {json.loads(p.read_text())["batch_id"] for p in sent.glob("*.json")}


@pytest.mark.parametrize(
    "second, resent",
    [
        (ROWS, False),  # the same bytes: a plain rerun
        ("pseudonymous_id,link\nPSN-0000000001,a\nPSN-0000000003,c\n", False),  # after erasure
        ("pseudonymous_id,link\r\nPSN-0000000001,a\r\n", False),  # line endings differ only
        (ROWS + "PSN-0000000004,d\n", True),  # a new row: new content
        ("pseudonymous_id,url\nPSN-0000000001,a\n", True),  # a new header
    ],
)
def test_when_a_table_is_sent_again_then_only_new_content_leaves(
    study: Study, tmp_path: Path, second: str, resent: bool
) -> None:
    ctx = study.context()
    table = tmp_path / "links_for_provider.csv"
    table.write_text(ROWS)
    record_path = study.root / "results/exchange/sent/links_for_provider.json"
    first = send_files(ctx, "provider", "links", [table], record_path)
    table.write_text(second)
    again = send_files(ctx, "provider", "links", [table], record_path)
    assert (again["batch_id"] != first["batch_id"]) is resent
    assert ("not_resent" in again) is not resent
    assert len(_sent_batches(study)) == (2 if resent else 1)
    assert json.loads(record_path.read_text())["batch_id"] == again["batch_id"]


def test_when_a_folder_loses_a_file_then_nothing_is_sent_and_a_new_file_alone_is_sent(
    study: Study, tmp_path: Path
) -> None:
    ctx = study.context()
    folder = tmp_path / "recordings"
    folder.mkdir()
    for name in ("INT-001.wav", "INT-002.wav"):
        (folder / name).write_bytes(name.encode() * 100)
    record_path = study.root / "results/exchange/sent/recordings.json"
    first = send_files(ctx, "provider", "recordings", [folder], record_path)
    (folder / "INT-001.wav").unlink()
    assert (
        send_files(ctx, "provider", "recordings", [folder], record_path)["batch_id"]
        == (first["batch_id"])
    )
    (folder / "INT-003.wav").write_bytes(b"new")
    third = send_files(ctx, "provider", "recordings", [folder], record_path)
    assert [f["name"] for f in third["files"]] == ["INT-003.wav.age"]
    # Another purpose to the same party is not the same content's send.
    other = send_files(ctx, "provider", "other", [folder / "INT-002.wav"], tmp_path / "o.json")
    assert "not_resent" not in other
