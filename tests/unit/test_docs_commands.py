"""Docs that run: every `sealflow ...` and `snakemake ...` command in README.md, docs/*.md and
config/README.md is executed here, so a documented command cannot break unnoticed.

Each documented command is handled one of four ways, and a command that is none of them fails
the test that lists them (add it to RUNS, or to NOT_RUN with the reason):

- RUNS: run for real, in this order, on one generated demo study (DIR) or a fresh folder;
- a snakemake command on DIR: run as a dry run (-n) on the demo study, TARGET taken as each
  documented target (a dry run parses the command line, checks the config against the
  schemas and builds the whole job graph; the workflow tests run the jobs);
- a name or synopsis without a study (`sealflow seal`, `sealflow demo init DIR [--staff N]`):
  `COMMAND --help` runs and must list every option the docs name;
- NOT_RUN: cannot run in a test (SLURM, a reviewer's hand-made signature, prose), with why.
"""

from __future__ import annotations

import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sealflow.cli import main

REPO = Path(__file__).resolve().parents[2]
DOCS = [
    REPO / "README.md",
    *sorted((REPO / "docs").glob("*.md")),
    *sorted((REPO / "docs/parties").glob("*.md")),  # the other parties' guides
    REPO / "config/README.md",
]
PASSPHRASE_ENV = "SEALFLOW_KEY_PASSPHRASE"
COMMAND = re.compile(r"^(?:[A-Z_]+=\S+\s+)*(?:sealflow|snakemake)(?:\s|$)")

# Run for real, in this order. What each placeholder stands for: {demo} is the study
# `sealflow demo init DIR` made, {fresh} the folder `sealflow init DIR` lays out, {manual} an
# empty study folder (OPERATIONS.md's by-hand setup), {request} a written request naming one
# person of the demo roster, {sent} a file the provider sent outside a batch. "stdin" is what
# the command reads; "cwd" the folder it runs in (a command without -c finds ./config.yaml).
RUNS: dict[str, dict[str, str]] = {
    "sealflow --help": {},
    "sealflow init DIR": {"DIR": "{fresh}"},
    "sealflow demo init DIR": {"DIR": "{demo}"},
    "sealflow config check DIR/config.yaml": {"DIR": "{demo}"},
    "sealflow demo summary DIR": {"DIR": "{demo}"},
    "sealflow status -c DIR/config.yaml": {"DIR": "{demo}"},
    "sealflow plan -c DIR/config.yaml": {"DIR": "{demo}"},
    "sealflow links --config DIR/config.yaml": {"DIR": "{demo}"},
    "sealflow plan approve -c DIR/config.yaml": {"DIR": "{demo}", "stdin": "y\n"},
    "sealflow plan approve --yes -c DIR/config.yaml": {"DIR": "{demo}"},
    "sealflow import --from PARTY -c DIR/config.yaml FILE...": {
        "DIR": "{demo}",
        "PARTY": "provider",
        "FILE...": "{sent}",
    },
    "sealflow ropa -c DIR/config.yaml": {"DIR": "{demo}"},
    "sealflow subject-access export --id-file F --out DIR --config DIR/config.yaml": {
        "--out DIR": "--out {demo}/work/subject_access_out",
        "DIR": "{demo}",
        "F": "{request}",
    },
    "sealflow erase --id-file F --config DIR/config.yaml": {"DIR": "{demo}", "F": "{request}"},
    "SEALFLOW_KEY_PASSPHRASE=... sealflow keys new --name evaluator --out "
    "DIR/work/keys/evaluator --passphrase-env SEALFLOW_KEY_PASSPHRASE": {"DIR": "{manual}"},
    "sealflow keys show DIR/work/keys/evaluator": {"DIR": "{manual}"},
    "sealflow keys show DIR": {"DIR": "{manual}/work/keys/evaluator"},
    "sealflow audit verify --anchors DIR": {"DIR": "{demo}/results", "cwd": "{demo}"},
}

NOT_RUN: dict[str, str] = {
    "sealflow interviews select -c DIR/config.yaml": "the demo survey has no contact-consent "
    "column; tests/unit/govern/test_interviews.py runs the draw on a study that has one",
    "sealflow report --config DIR/config.yaml --pdf": "needs a whole workflow run and headless "
    "Chromium; tests/unit/report/test_pages_in_browser.py prints the report to PDF",
    "sealflow request portability --id-file F --out DIR": "needs an ingested study; "
    "tests/unit/govern/test_portability.py runs it",
    "sealflow review --config DIR/config.yaml": "needs the scrubbed outputs of a workflow run; "
    "tests/unit/review/test_review_cli.py runs it",
    "sealflow review apply FILE --by NAME --config DIR/config.yaml": "needs a decisions file "
    "saved from the review page; tests/unit/review/test_review_cli.py runs it",
    "sealflow event record final_report_delivered --date 2027-03-31 -c config/config.yaml": (
        "writes to a study's audit log; tests/unit/govern/test_events.py records events"
    ),
    "sealflow": "the program's name in prose",
    "sealflow COMMAND -c DIR/config.yaml": "the pattern every study command follows",
    "sealflow audit chain key v1": "a key-derivation label (docs/SECURITY.md), not a command",
    "sealflow certify statement --config DIR/config.yaml": "needs every gate passed by a full "
    "run; tests/workflow/test_deposit_end_to_end.py runs it",
    "sealflow certify countersign --config DIR/config.yaml --key REVIEWER.minisign.key": "the "
    "reviewer's signature after reading the statement; test_deposit_end_to_end.py runs it",
    "sealflow release-tables --config DIR/config.yaml": "needs the outcome tables of a run; "
    "tests/unit/sdc/test_cli.py runs it",
    "snakemake --workflow-profile workflow/profiles/slurm --configfile DIR/config.yaml": "needs "
    "a SLURM cluster; tests/workflow/test_slurm.py checks the profile",
    "snakemake --cores 2 --configfile DIR/config.yaml --report results/report.html": "needs "
    "a full run's outputs; tests/workflow/test_workflow.py builds --report",
    "snakemake --cores 2 deposit --configfile DIR/config.yaml": "needs the reviewer's "
    "countersignature first; tests/workflow/test_deposit_end_to_end.py runs it",
    "snakemake --sdm conda": "a flag named in prose (software deployment), not a run",
    "snakemake --workflow-profile": "a flag named in prose",
    # The party guides (docs/parties/): run from a party's own folder (PARTY), not the study's.
    **{
        f"sealflow batch make --to evaluator --purpose {purpose} --out OUT -c PARTY/config.yaml "
        "FILES...": "a party's own folder; tests/unit/exchange/test_party_guides.py runs the "
        "guide's commands (extract, export; the others differ only in the purpose)"
        for purpose in ("extract", "export", "transcripts")
    },
    "sealflow send OUT --to evaluator -c PARTY/config.yaml": "a party's own folder; "
    "tests/unit/exchange/test_party_guides.py runs it",
    **{
        f"sealflow send --to evaluator --purpose {purpose} -c PARTY/config.yaml FILES...": "a "
        "party's own folder; tests/unit/exchange/test_party_guides.py runs the provider's and "
        "the survey platform's one-step send (the vendor's differs only in the purpose)"
        for purpose in ("extract", "export", "transcripts")
    },
    "sealflow receive --from evaluator --out IN -c PARTY/config.yaml": "a party's own folder; "
    "tests/unit/exchange/test_party_guides.py runs it (the archive's page shows it alone)",
}


def _inline_spans(text: str) -> list[str]:
    prose = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return [" ".join(span.split()) for span in re.findall(r"`([^`]+)`", prose)]


def _block_lines(text: str) -> list[str]:
    lines: list[str] = []
    for block in re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M):
        for line in block.replace("\\\n", " ").splitlines():
            line = re.sub(r"\s+#.*$", "", re.sub(r"^\$\s*", "", line.strip()))
            lines.append(" ".join(line.split()))
    return lines


def documented_commands() -> dict[str, str]:
    """Every documented command -> the first file that shows it."""
    found: dict[str, str] = {}
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for command in [*_block_lines(text), *_inline_spans(text)]:
            if COMMAND.match(command):
                found.setdefault(command, str(doc.relative_to(REPO)))
    return found


DOCUMENTED = documented_commands()


def _documented_targets() -> list[str]:
    text = (REPO / "docs/OPERATIONS.md").read_text(encoding="utf-8")
    listed = re.search(r"where TARGET is one of(.*?)or\s+nothing", text, flags=re.S)
    assert listed, "docs/OPERATIONS.md no longer lists the targets TARGET may be"
    return re.findall(r"`([a-z_]+)`", listed.group(1))


def _is_dry_run(command: str) -> bool:
    return command.startswith("snakemake ") and "DIR/config.yaml" in command


def _is_help_check(command: str) -> bool:
    words = command.split()
    return words[0] == "sealflow" and (
        "DIR" not in command or any(w.startswith("[") or w.endswith("...") for w in words)
    )


def test_when_docs_show_a_command_then_it_is_run_or_listed_with_a_reason() -> None:
    unhandled = {
        command: where
        for command, where in DOCUMENTED.items()
        if command not in RUNS
        and command not in NOT_RUN
        and not _is_dry_run(command)
        and not _is_help_check(command)
    }
    assert unhandled == {}, "documented but neither run nor in NOT_RUN: " + repr(unhandled)
    stale = sorted(set(RUNS) - set(DOCUMENTED)) + sorted(set(NOT_RUN) - set(DOCUMENTED))
    assert stale == [], f"no longer documented; remove from RUNS/NOT_RUN: {stale}"


def _substitute(documented: str, given: dict[str, str], names: dict[str, str]) -> str:
    """Placeholders replaced as whole words (or a word's leading path part, DIR/config.yaml)."""
    values = {key: value.format(**names) for key, value in given.items()}
    text = documented
    for phrase in [key for key in values if " " in key]:
        text = text.replace(phrase, values[phrase])
    words = []
    for word in text.split(" "):
        head, slash, rest = word.partition("/")
        words.append(values[head] + slash + rest if head in values else word)
    return " ".join(words)


def _write_request(study: Path, request: Path) -> None:
    """A subject's written request: the first pseudonymous ID on the demo roster."""
    roster = (study / "work/received/provider/roster.csv").read_text().splitlines()
    request.parent.mkdir(parents=True, exist_ok=True)
    request.write_text(roster[1].split(",")[0] + "\n")


def test_when_the_documented_commands_run_in_order_then_each_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    places = {
        "demo": tmp_path / "demo",
        "fresh": tmp_path / "fresh",
        "manual": tmp_path / "m",
        "request": tmp_path / "demo/work/requests/request.txt",
        "sent": tmp_path / "roster_resent.csv",
    }
    places["manual"].mkdir()
    monkeypatch.setenv(PASSPHRASE_ENV, "a documented passphrase for a test")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.chdir(tmp_path)
    names = {name: str(path) for name, path in places.items()}
    for documented, given in RUNS.items():
        if "{request}" in given.values() and not Path(names["request"]).exists():
            _write_request(places["demo"], Path(names["request"]))
        if "{sent}" in given.values() and not Path(names["sent"]).exists():
            shutil.copy(places["demo"] / "work/received/provider/roster.csv", names["sent"])
        words = shlex.split(_substitute(documented, given, names))
        words = [w for w in words if not re.match(r"^[A-Z_]+=", w)]  # the env is set above
        monkeypatch.chdir(given.get("cwd", str(tmp_path)).format(**names))
        monkeypatch.setattr(sys, "stdin", io.StringIO(given.get("stdin", "")))
        try:
            main(words[1:])
        except SystemExit as exited:
            printed = capsys.readouterr()
            assert exited.code in (0, None), f"{documented!r} ({DOCUMENTED[documented]}): {printed}"
        capsys.readouterr()
    assert (places["demo"] / "work/exchange/approved_plan.json").is_file()
    assert (places["manual"] / "work/keys/evaluator").is_dir()
    assert list((places["demo"] / "work/subject_access_out").iterdir())


@pytest.mark.parametrize(
    "command",
    sorted(c for c in DOCUMENTED if _is_help_check(c) and c not in RUNS and c not in NOT_RUN),
)
def test_when_docs_name_a_command_or_its_options_then_help_lists_them(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    words = command.split()[1:]
    path = [w for w in words[: next((i for i, w in enumerate(words) if not w.islower()), None)]]
    path = path[: next((i for i, w in enumerate(path) if w.startswith("-")), len(path))]
    options = [w.strip("[]").split("=")[0] for w in words if w.strip("[").startswith("-")]
    try:
        main([*path, "--help"])
    except SystemExit as exited:
        assert exited.code in (0, None)
    shown = capsys.readouterr().out
    assert f"Usage: sealflow {' '.join(path)}".rstrip() in shown
    assert [option for option in options if option not in shown] == []


DRY_RUNS = sorted(
    {
        command.replace("TARGET", target)
        for command in DOCUMENTED
        if _is_dry_run(command) and command not in NOT_RUN
        for target in (_documented_targets() if "TARGET" in command else [""])
    }
)


@pytest.fixture(scope="module")
def demo_study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    study = tmp_path_factory.mktemp("docs") / "demo"
    main(["demo", "init", str(study)])
    return study


@pytest.mark.parametrize("command", DRY_RUNS)
def test_when_a_documented_snakemake_command_is_dry_run_then_snakemake_accepts_it(
    command: str, demo_study: Path
) -> None:
    words = shlex.split(command.replace("DIR", str(demo_study)))
    snakemake = str(Path(sys.executable).parent / "snakemake")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), PASSPHRASE_ENV: "not used by -n"}
    done = subprocess.run(
        [snakemake, *words[1:], "--dry-run", "--quiet", "rules"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-2000:]
