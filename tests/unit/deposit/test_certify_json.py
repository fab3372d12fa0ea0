"""`sealflow certify --json`: the verified certification on stdout, as the library returns it."""

from __future__ import annotations

import json

from sealflow.cli import main
from sealflow.deposit import front


def test_when_certify_is_asked_for_json_then_stdout_is_the_checked_record(
    study, config, reviewer_key, capsys
) -> None:
    front.make_statement(config, coverage=None)
    front.countersign(config, reviewer_key)
    capsys.readouterr()
    main(["certify", "-c", str(study / "config.yaml"), "--json"])
    printed = capsys.readouterr()
    shown = json.loads(printed.out)
    assert shown == json.loads(json.dumps(front.check(config), default=str))
    assert shown["certified"] is True
    assert printed.err == ""


def test_when_the_statement_and_countersignature_are_asked_for_json_then_stdout_says_them(
    study, config, reviewer_key, capsys
) -> None:
    config_file = str(study / "config.yaml")
    capsys.readouterr()
    main(["certify", "statement", "-c", config_file, "--json"])
    printed = capsys.readouterr()
    made = json.loads(printed.out)
    assert printed.err == ""
    assert made["signed"] is True and made["files"] > 0
    assert made["gates"] and all("name" in gate for gate in made["gates"])
    main(["certify", "countersign", "--key", str(reviewer_key), "-c", config_file, "--json"])
    printed = capsys.readouterr()
    assert printed.err == ""
    countersigned = json.loads(printed.out)["countersigned"]
    assert countersigned.endswith(".minisig") or countersigned
    assert front.check(config)["certified"] is True
