"""Options every `sealflow` command shares: which study (-c), the output form (--json), how much.

A command that reads a study takes ``-c/--config``; without it, ``SEALFLOW_CONFIG``; without
that, ``./config.yaml`` in the current folder; without that, one usage error naming the three
ways. There is deliberately no fallback to the repository's demo config: a command such as
``retention purge --yes`` must never act on a study nobody named.

The resolution runs as the option's click callback, so each command's own code receives a
path that exists and no command module repeats the rule.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from sealflow.cli.chatter import chatter, note
from sealflow.progress import set_json

__all__ = ["note"]  # callers import note from here with the other options

CONFIG_ENV = "SEALFLOW_CONFIG"
LOCAL_CONFIG = "config.yaml"
NO_STUDY = (
    f"no study named: give -c/--config FILE, set {CONFIG_ENV}, "
    f"or run where ./{LOCAL_CONFIG} is (the current folder has none)"
)


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


QUIET_HELP = "Only errors on stderr: no progress, no messages."
VERBOSE_HELP = "More on stderr: each step, and how long the command took."
# A -q or -v given to a group (`sealflow audit -q verify`) is kept in click's ``meta``, which
# one invocation's chain of contexts shares and no later call sees; the command's own option
# then reads it, so whichever level it was given at, the command's value says it.
_CHATTER_KEY = "sealflow.{}"


def _given(context: typer.Context, name: str, value: bool) -> bool:
    key = _CHATTER_KEY.format(name)
    given = bool(value or context.meta.get(key))
    context.meta[key] = given
    return given


def _set_quiet(ctx: typer.Context, value: bool) -> bool:
    return _given(ctx, "quiet", value)


def _set_verbose(ctx: typer.Context, value: bool) -> bool:
    return _given(ctx, "verbose", value)


QuietOption = Annotated[
    bool,
    typer.Option("--quiet", "-q", callback=_set_quiet, help=QUIET_HELP),
]
VerboseOption = Annotated[
    bool,
    typer.Option("--verbose", "-v", callback=_set_verbose, help=VERBOSE_HELP),
]
CHATTER = ("quiet", "verbose")


@functools.cache
def _template_params() -> tuple[Any, ...]:
    """The two options as typer builds them (once), to add to commands lacking them."""
    import typer.main

    template = typer.Typer(add_completion=False)

    @template.command()
    def _template(quiet: QuietOption = False, verbose: VerboseOption = False) -> None:
        """-q and -v"""

    return tuple(typer.main.get_command(template).params)


def _chatter_params() -> list[Any]:
    return [copy.copy(param) for param in _template_params()]


def wire_chatter(command: Any, path: str = "sealflow") -> None:
    """Give ``command`` and every command under it -q/--quiet and -v/--verbose, and run each
    one's function under :func:`chatter`: one place, so no command module repeats them."""
    declared = {param.name for param in command.params}
    added = [param for param in _chatter_params() if param.name not in declared]
    command.params.extend(added)
    if command.callback is not None:  # a group's own steps are its command's: no notes
        announce = not getattr(command, "commands", None)
        command.callback = _under_chatter(
            command.callback, {param.name for param in added}, path if announce else ""
        )
    for name, sub in (getattr(command, "commands", None) or {}).items():
        wire_chatter(sub, f"{path} {name}")


def _under_chatter(callback: Callable[..., Any], added: set[str], path: str) -> Callable[..., Any]:
    """``callback`` run under :func:`chatter`; the options it does not declare are dropped."""

    @functools.wraps(callback)
    def run(*args: Any, **kwargs: Any) -> Any:
        quiet, verbose = (bool(kwargs.get(name)) for name in CHATTER)
        for name in added:
            kwargs.pop(name, None)
        return chatter(path, quiet, verbose, lambda: callback(*args, **kwargs))

    return run


def show_result(title: str, document: Any, as_json: bool) -> None:
    """A command's result on stdout: the document as JSON with --json, else summary lines.

    Only counts, names and figures reach here (the callers' documents hold no values).
    """
    if as_json:
        print(json.dumps(document, indent=2, sort_keys=True, default=str))
        return
    for item in document if isinstance(document, list) else [document]:
        print(f"{title} {json.dumps(item, sort_keys=True, default=str)}")
