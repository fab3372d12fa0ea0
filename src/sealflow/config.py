"""Load and validate the study configuration once, at the edge.

The workflow validates with ``snakemake.utils.validate``; the CLI uses this module. Both
read the same JSON schemas (YAML) shipped in ``sealflow/schemas`` and symlinked as
``workflow/schemas``, so a key that one front door rejects the other rejects too.
"""

from __future__ import annotations

import copy
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from sealflow.errors import ConfigError, UnknownPartyError

SCHEMA_DIR = Path(str(resources.files("sealflow") / "schemas"))
# libyaml's safe loader where PyYAML was built with it (its wheels are), else the Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: str | os.PathLike[str]) -> Any:
    """Parse a YAML file, naming the file and line on a syntax error."""
    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"{file}: file not found")
    try:
        with open(file, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(
            f"{file}:{where} is not valid YAML ({getattr(exc, 'problem', exc)})"
        ) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{file}: not UTF-8 (byte offset {exc.start})") from None


@cache
def _registry() -> Registry:
    resources_by_uri = []
    for schema_file in sorted(SCHEMA_DIR.glob("*.schema.yaml")):
        with open(schema_file, encoding="utf-8") as fh:
            # libyaml's safe loader: every command parses all the schemas (~0.07 s with
            # PyYAML's pure-Python loader, ~0.008 s with libyaml); same documents either way.
            contents = yaml.load(fh, Loader=_SAFE_LOADER)  # noqa: S506 (safe either way)
        resources_by_uri.append((schema_file.name, Resource.from_contents(contents)))
    return Registry().with_resources(resources_by_uri)


def schema(name: str) -> dict[str, Any]:
    """Return the schema ``<name>.schema.yaml`` (e.g. ``config``, ``parties``)."""
    resource = _registry().get(f"{name}.schema.yaml")
    if resource is None:
        raise ConfigError(f"no schema named {name!r} in {SCHEMA_DIR}")
    contents: dict[str, Any] = resource.contents
    return contents


def section_defaults(section: str) -> dict[str, Any]:
    """Default of every key of config section ``section``, from config.<section>.schema.yaml.

    The schema is the one source of defaults: Snakemake's ``validate`` fills them in for the
    workflow, and the typed settings read them from here for the CLI.
    """
    properties = schema(f"config.{section}").get("properties", {})
    return {key: spec["default"] for key, spec in properties.items() if "default" in spec}


def _describe(error: jsonschema.ValidationError) -> str:
    key = ".".join(str(p) for p in error.absolute_path) or "(top level)"
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        return f"key {key}: {error.message}; allowed keys here: {', '.join(allowed)}"
    if error.validator == "required":
        return f"key {key}: {error.message}"
    expected = error.schema.get("description") or f"{error.validator} {error.validator_value!r}"
    return f"key {key}: {error.message} (expected: {expected})"


def validate(data: Any, schema_name: str, source: str | os.PathLike[str]) -> None:
    """Check ``data`` against a named schema; raise one ConfigError naming file and key."""
    validator = jsonschema.Draft202012Validator(schema(schema_name), registry=_registry())
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), str(e.path)))
    if errors:
        best = jsonschema.exceptions.best_match(errors) or errors[0]
        raise ConfigError(f"{source}: {_describe(best)}")


def _default_filling_validator() -> type[jsonschema.protocols.Validator]:
    """Draft 2020-12, filling each property's ``default`` while it validates.

    The same extension Snakemake's ``validate(..., set_default=True)`` applies, so the CLI's
    config and the workflow's hold the same keys and values (tests/unit/test_config.py
    compares the two on the demo study).
    """
    base = jsonschema.Draft202012Validator
    validate_properties = base.VALIDATORS["properties"]

    def set_defaults(
        validator: Any, properties: dict[str, Any], instance: Any, schema: dict[str, Any]
    ) -> Any:
        if isinstance(instance, dict):
            for name, subschema in properties.items():
                if isinstance(subschema, dict) and "default" in subschema:
                    instance.setdefault(name, copy.deepcopy(subschema["default"]))
        yield from validate_properties(validator, properties, instance, schema)

    return jsonschema.validators.extend(base, {"properties": set_defaults})


@cache
def _filling_registry() -> Registry:
    """The schemas without their ``$schema`` keys.

    jsonschema picks the validator class of a referenced schema from its ``$schema``, which
    would drop the default-filling extension at every ``$ref`` (why Snakemake's own
    ``set_default`` fills only the top level of sealflow's config).
    """
    resources = []
    for name in sorted(p.name for p in SCHEMA_DIR.glob("*.schema.yaml")):
        contents = {k: v for k, v in schema(name.removesuffix(".schema.yaml")).items()
                    if k != "$schema"}  # fmt: skip
        resources.append((name, DRAFT202012.create_resource(contents)))
    return Registry().with_resources(resources)


def fill_defaults(data: dict[str, Any], schema_name: str) -> None:
    """Fill every schema default into ``data`` in place (validate first: this raises nothing)."""
    top = {k: v for k, v in schema(schema_name).items() if k != "$schema"}
    validator = _default_filling_validator()(top, registry=_filling_registry())
    for _ in validator.iter_errors(data):
        pass


def resolve(root: str | os.PathLike[str], value: str | os.PathLike[str]) -> Path:
    """Resolve a configured path against the study root (absolute paths stay as they are)."""
    path = Path(value)
    return path if path.is_absolute() else Path(root) / path


def load_config(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and validate config.yaml; ``root`` is made absolute relative to the file."""
    config = read_yaml(path)
    if not isinstance(config, dict):
        raise ConfigError(f"{path}: expected a mapping of keys at the top level")
    validate(config, "config", path)
    fill_defaults(config, "config")
    config["root"] = str((Path(path).resolve().parent / config["root"]).resolve())
    return config


def load_parties(config: dict[str, Any]) -> dict[str, Any]:
    """Read and validate parties.yaml named by the config; check the evaluator is a party."""
    parties_path = resolve(config["root"], config["parties"])
    if not parties_path.is_file():
        raise ConfigError(
            f"key parties: file not found: {parties_path}; expected a parties.yaml with each "
            "party's public keys (paths are relative to root)"
        )
    parties = read_yaml(parties_path)
    validate(parties, "parties", parties_path)
    names = parties.get("parties", {})
    if config["evaluator"] not in names:
        raise UnknownPartyError(
            f"{parties_path}: evaluator {config['evaluator']!r} (config key evaluator) is not "
            f"a party; defined parties: {', '.join(sorted(names))}"
        )
    return dict(parties)


def party(parties: dict[str, Any], name: str, source: str = "parties.yaml") -> dict[str, Any]:
    """Look up one party, with an error that lists the known ones."""
    known = parties.get("parties", {})
    if name not in known:
        raise UnknownPartyError(
            f"{source}: unknown party {name!r}; defined parties: {', '.join(sorted(known))}"
        )
    entry: dict[str, Any] = known[name]
    return entry
