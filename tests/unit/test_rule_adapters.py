"""Every rule adapter in scripts/ turns a broken input into one line in its rule's log.

Snakemake runs each adapter with a `snakemake` object and sends stderr to the rule's log;
README and OPERATIONS.md promise that log holds one line naming what is wrong, never a
traceback (which could quote a value). Each adapter is run here as Snakemake would run it
(`script:` globals, the study root as working directory) on a demo study's config, with
every input it asks for replaced by a file of garbage.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sealflow.config import load_config

REPO = Path(__file__).resolve().parents[2]
ADAPTERS = sorted((REPO / "scripts").glob("*.py"))
GARBAGE = b'\x00\xffnot,what\n"you expected\x00\n' * 3


class _Files:
    """A Namedlist stand-in: any attribute is a path, made on first use."""

    def __init__(self, folder: Path, garbage: bool) -> None:
        self._folder = folder
        self._garbage = garbage
        self._paths: dict[str, str] = {}
        folder.mkdir(parents=True, exist_ok=True)

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        if name not in self._paths:
            path = self._folder / name
            if self._garbage:
                path.write_bytes(GARBAGE)
            self._paths[name] = str(path)
        return self._paths[name]

    def __getitem__(self, index: int) -> str:
        return [*self][index]

    def __iter__(self) -> Any:
        if not self._paths:
            getattr(self, "file")  # noqa: B009 (makes the one garbage input)
        return iter(list(self._paths.values()))


class _Snakemake:
    def __init__(self, folder: Path, config: dict[str, Any]) -> None:
        self.input = _Files(folder / "in", garbage=True)
        self.output = _Files(folder / "out", garbage=False)
        self.log = [str(folder / "rule.log")]
        self.config = config
        self.rule = "send_links"
        self.threads = 1
        self.params = type(
            "Params",
            (),
            {"to": "provider", "purpose": "links", "senders": ["provider"], "shards": 1},
        )()
        self.wildcards = type("Wildcards", (), {"party": "provider", "shard": "0"})()


def _unknown_send_rule(snakemake: _Snakemake, folder: Path) -> None:
    snakemake.rule = "send_nothing"


def _corrupt_send_ledger(snakemake: _Snakemake, folder: Path) -> None:
    workspace = folder / "work"
    (workspace / "exchange").mkdir(parents=True)
    (workspace / "exchange" / "sent_content.jsonl").write_bytes(GARBAGE)
    snakemake.config = {**snakemake.config, "workspace": str(workspace)}


def _unknown_sender(snakemake: _Snakemake, folder: Path) -> None:
    snakemake.wildcards.party = "nobody"  # type: ignore[attr-defined]


def _corrupt_stage_record(snakemake: _Snakemake, folder: Path) -> None:
    # The report reads results/ (the grandparent of its outputs): one record there is garbage.
    received = folder / "exchange" / "received"
    received.mkdir(parents=True)
    (received / "batch.json").write_bytes(GARBAGE)


def _retention_keep_outside(snakemake: _Snakemake, folder: Path) -> None:
    snakemake.config = {**snakemake.config, "retention": {"keep": ["../elsewhere"]}}


def _garbage_value_lists(snakemake: _Snakemake, folder: Path) -> None:
    # `replaced_values` is a list of files in the rule (Snakemake passes a Namedlist).
    snakemake.input._paths["replaced_values"] = [snakemake.input.garbage_values]  # type: ignore[assignment]


def _no_purposes(snakemake: _Snakemake, folder: Path) -> None:
    snakemake.config = {**snakemake.config, "purposes": []}


# Adapters whose inputs are not files: what "a broken input" means for each.
BREAK_OTHERWISE = {
    "exchange_send": _unknown_send_rule,
    "exchange_plan": _corrupt_send_ledger,
    "exchange_receive": _unknown_sender,
    "report": _corrupt_stage_record,
    "retention_check": _retention_keep_outside,
    "ropa": _no_purposes,
    "scrub_close_survey": _garbage_value_lists,
    "scrub_close_transcripts": _garbage_value_lists,
}


@pytest.fixture(scope="module")
def demo_config(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    study = tmp_path_factory.mktemp("adapters") / "study"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "sealflow"),
            "demo",
            "init",
            str(study),
            "--staff",
            "20",
        ],
        check=True,
        capture_output=True,
    )
    return load_config(study / "config.yaml")


@pytest.mark.parametrize("adapter", ADAPTERS, ids=[a.stem for a in ADAPTERS])
def test_when_an_input_is_broken_then_the_rule_log_holds_one_error_line(
    adapter: Path, demo_config: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(demo_config["root"])
    snakemake = _Snakemake(tmp_path, demo_config)
    if adapter.stem in BREAK_OTHERWISE:
        BREAK_OTHERWISE[adapter.stem](snakemake, tmp_path)
    log = _run_failing(adapter, snakemake)
    assert log.startswith("sealflow: error: "), log[-2000:]
    assert log.count("\n") == 1 and "Traceback" not in log


def _run_failing(adapter: Path, snakemake: _Snakemake) -> str:
    """Run ``adapter`` as Snakemake would; it must exit 1. Its rule log's text."""
    stderr = sys.stderr
    try:
        with pytest.raises(SystemExit) as exited:
            runpy.run_path(str(adapter), init_globals={"snakemake": snakemake})
    finally:
        if sys.stderr is not stderr:
            sys.stderr.close()
        sys.stderr = stderr
    assert exited.value.code == 1
    return Path(snakemake.log[0]).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("stem", "section"), [("anonymise", "sdc"), ("outcome", "outcome"), ("quote_candidates", "sdc")]
)
def test_when_a_stage_section_is_left_out_then_the_rule_log_names_it_in_one_line(
    stem: str,
    section: str,
    demo_config: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(demo_config["root"])
    config = {key: value for key, value in demo_config.items() if key != section}
    log = _run_failing(REPO / "scripts" / f"{stem}.py", _Snakemake(tmp_path, config))
    assert log == (
        f"sealflow: error: config key {section}: section missing; copy it from config/config.yaml\n"
    )
