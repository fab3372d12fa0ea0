"""`sealflow audit verify --json`: the verdict on stdout for machines; nothing on stderr."""

from __future__ import annotations

import json


def test_when_verify_is_asked_for_json_then_stdout_holds_the_counts(governed, capsys) -> None:
    governed.sealflow("audit", "verify")
    human = capsys.readouterr()
    governed.sealflow("audit", "verify", "--json")
    printed = capsys.readouterr()
    verdict = json.loads(printed.out)
    assert printed.err == ""
    assert verdict["ok"] is True
    assert f"{verdict['entries']} entries" in human.err
    assert verdict["entries"] > 0
