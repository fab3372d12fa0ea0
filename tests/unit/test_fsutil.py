from __future__ import annotations

import stat

import pytest

from sealflow import fsutil


def test_when_block_succeeds_then_file_appears_whole_and_private(tmp_path):
    target = tmp_path / "out.bin"
    with fsutil.atomic_output(target) as fh:
        fh.write(b"hello")
        assert not target.exists()
    assert target.read_bytes() == b"hello"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert list(tmp_path.iterdir()) == [target]


def test_when_block_fails_then_nothing_is_left(tmp_path):
    target = tmp_path / "out.bin"
    with pytest.raises(RuntimeError), fsutil.atomic_output(target) as fh:
        fh.write(b"partial")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_when_replacing_then_old_content_survives_a_failure(tmp_path):
    target = tmp_path / "out.txt"
    fsutil.write_text(target, "old")
    with pytest.raises(ValueError), fsutil.atomic_path(target) as tmp:
        tmp.write_text("new")
        raise ValueError("stop")
    assert target.read_text() == "old"


def test_when_private_dir_then_mode_is_0700(tmp_path):
    folder = fsutil.private_dir(tmp_path / "a" / "work")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
