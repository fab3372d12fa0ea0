"""Options every `sealflow` command shares: which study (-c), the output form (--json), how much.

A command that reads a study takes ``-c/--config``; without it, ``SEALFLOW_CONFIG``; without
that, ``./config.yaml`` in the current folder; without that, one usage error naming the three
ways. There is deliberately no fallback to the repository's demo config: a command such as
``retention purge --yes`` must never act on a study nobody named.

The resolution runs as the option's click callback, so each command's own code receives a
path that exists and no command module repeats the rule.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from sealflow.progress import set_json, set_quiet

CONFIG_ENV = "SEALFLOW_CONFIG"
LOCAL_CONFIG = "config.yaml"
NO_STUDY = (
    f"no study named: give -c/--config FILE, set {CONFIG_ENV}, "
    f"or run where ./{LOCAL_CONFIG} is (the current folder has none)"
)

# How chatty the running command is. Each option's callback sets its flag on every call (to
# False when not given), so one command's -q never carries over into the next in-process call.
_CHATTER = {"quiet": False, "verbose": False}


def study_config(value: Path | None) -> Path:
    """The study config a command reads: the option or env var, else ./config.yaml, else stop."""
    if value is not None:
        return Path(value)
    local = Path.cwd() / LOCAL_CONFIG
    if local.is_file():
        return local
    raise typer.BadParameter(NO_STUDY, param_hint="-c/--config")


def optional_study_config(value: Path | None) -> Path | None:
    """For a tool that also runs without a study (`scrub docs|table`): the option or env var,
    else ./config.yaml, else None (the caller says on stderr what applies instead)."""
    if value is not None:
        return Path(value)
    local = Path.cwd() / LOCAL_CONFIG
    return local if local.is_file() else None


def resolve_study_config(context: typer.Context, value: Path | None) -> Path | None:
    """The option's callback; a group leaves an unnamed study to its subcommand.

    A group that also runs alone (`plan`, `certify`) calls :func:`study_config` itself.
    """
    if value is None and getattr(context.command, "commands", None):
        return None
    return study_config(value)


ConfigOption = Annotated[
    Path,
    typer.Option(
        "--config",
        "-c",
        envvar=CONFIG_ENV,
        callback=resolve_study_config,
        show_default=False,
        show_envvar=True,
        help=f"The study's config.yaml (else ${CONFIG_ENV}, else ./{LOCAL_CONFIG}).",
    ),
]
# The default a ConfigOption parameter takes: None, resolved by the callback before the call.
STUDY: Path = None  # type: ignore[assignment]


def _set_json(value: bool) -> bool:
    set_json(value)  # no progress bars: stderr holds errors only
    return value


JsonOption = Annotated[
    bool,
    typer.Option(
        "--json", callback=_set_json, help="The result as JSON on stdout (messages stay on stderr)."
    ),
]
# For the commands whose result is JSON on stdout anyway (request, interviews, erase, ...):
# --json is accepted, so a script can pass it to every command that has a result.
AlwaysJsonOption = Annotated[
    bool, typer.Option("--json", help="Accepted: this command's result is always JSON on stdout.")
]


def _set_quiet(value: bool) -> bool:
    _CHATTER["quiet"] = value
    set_quiet(value)  # no progress bars either
    return value


def _set_verbose(value: bool) -> bool:
    _CHATTER["verbose"] = value
    return value


QuietOption = Annotated[
    bool,
    typer.Option("--quiet", "-q", callback=_set_quiet, help="Only errors on stderr."),
]
VerboseOption = Annotated[
    bool,
    typer.Option("--verbose", "-v", callback=_set_verbose, help="Say each step on stderr."),
]


def note(message: str, *, detail: bool = False) -> None:
    """A message for the person at the keyboard on stderr; ``detail`` ones only with -v."""
    if not _CHATTER["quiet"] and (_CHATTER["verbose"] or not detail):
        print(message, file=sys.stderr)


def show_result(title: str, document: Any, as_json: bool) -> None:
    """A command's result on stdout: the document as JSON with --json, else summary lines.

    Only counts, names and figures reach here (the callers' documents hold no values).
    """
    if as_json:
        print(json.dumps(document, indent=2, sort_keys=True, default=str))
        return
    for item in document if isinstance(document, list) else [document]:
        print(f"{title} {json.dumps(item, sort_keys=True, default=str)}")
