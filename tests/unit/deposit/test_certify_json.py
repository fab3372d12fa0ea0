"""`sealflow certify --json`: the verified certification on stdout, as the library returns it."""

from __future__ import annotations

import json

from sealflow.cli import main
from sealflow.deposit import front


def test_when_certify_is_asked_for_json_then_stdout_is_the_checked_record(
    study, config, reviewer_key, capsys
) -> None:
    front.make_statement(config)
    front.countersign(config, reviewer_key)
    capsys.readouterr()
    main(["certify", "-c", str(study / "config.yaml"), "--json"])
    printed = capsys.readouterr()
    shown = json.loads(printed.out)
    assert shown == json.loads(json.dumps(front.check(config), default=str))
    assert shown["certified"] is True
    assert printed.err == ""
