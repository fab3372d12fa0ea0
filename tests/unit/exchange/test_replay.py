from __future__ import annotations

from pathlib import Path

import pytest

from sealflow.errors import IntegrityError, ReplayError
from sealflow.exchange.replay import ReplayRegister


def test_when_batch_id_was_recorded_then_check_refuses_it(tmp_path: Path) -> None:
    register = ReplayRegister(tmp_path / "seen.jsonl")
    register.check("b-1", "inbox")
    register.record("b-1", "provider", "0" * 64, "accepted")
    with pytest.raises(ReplayError, match="b-1 was already received"):
        register.check("b-1", "inbox")
    register.check("b-2", "inbox")


def test_when_batch_id_is_recorded_twice_then_second_record_refused(tmp_path: Path) -> None:
    register = ReplayRegister(tmp_path / "seen.jsonl")
    register.record("b-1", "provider", "0" * 64, "accepted")
    with pytest.raises(ReplayError):
        ReplayRegister(tmp_path / "seen.jsonl").record("b-1", "provider", "0" * 64, "accepted")


def test_when_register_is_corrupted_then_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "seen.jsonl"
    path.write_text('{"batch_id": "b-1"}\nnot json\n')
    with pytest.raises(IntegrityError, match="line 2"):
        ReplayRegister(path).seen("b-3")
