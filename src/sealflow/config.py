"""Load and validate the study configuration once, at the edge.

The workflow validates with ``snakemake.utils.validate``; the CLI uses this module. Both
read the same JSON schemas (YAML) shipped in ``sealflow/schemas`` and symlinked as
``workflow/schemas``, so a key that one front door rejects the other rejects too.
"""

from __future__ import annotations

import copy
import io
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from sealflow import config_cache
from sealflow.errors import ConfigError, UnknownPartyError

if TYPE_CHECKING:
    import jsonschema
    from referencing import Registry

# jsonschema and referencing (~0.1 s of imports) are imported where a document is
# validated, not with this module: reading a schema's defaults needs neither, and
# `receive` starts its SSH handshake before it validates (exchange/early_connect.py).

SCHEMA_DIR = Path(str(resources.files("sealflow") / "schemas"))
# What a validation's result depends on besides the file (config_cache.py): this module's
# code (the bounds, the default filling) and the shipped schemas.
_VALIDATION_INPUTS = config_cache.Inputs((Path(__file__),), SCHEMA_DIR)
# libyaml's safe loader where PyYAML was built with it (its wheels are), else the Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# Bounds on a YAML file from outside (config.yaml, parties.yaml, a profile): far above any
# real one, far below what exhausts the stack or memory. Anchors and aliases share one
# object when loaded, but whatever walks the result (validation, an error message) visits
# every alias again: a "billion laughs" of nested aliases is refused by its expanded size.
MAX_YAML_DEPTH = 64
MAX_YAML_EXPANDED_NODES = 200_000
MAX_STUDY_FILE_BYTES = 1024 * 1024


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader with a nesting limit (its composer recurses per level)."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.depth += 1
        if self.depth > MAX_YAML_DEPTH:
            mark = self.peek_event().start_mark
            raise yaml.YAMLError(
                f"nests deeper than {MAX_YAML_DEPTH} levels (line {mark.line + 1})"
            )
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _expanded_nodes(root: yaml.Node) -> int:
    """How many nodes walking the document visits, aliases expanded (counted, not built)."""
    sizes: dict[int, int] = {}
    walking: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in walking:
            raise yaml.YAMLError("an alias refers to a node that contains it (a cycle)")
        walking.add(key)
        if isinstance(node, yaml.MappingNode):
            total = 1 + sum(size(k) + size(v) for k, v in node.value)
        elif isinstance(node, yaml.SequenceNode):
            total = 1 + sum(size(child) for child in node.value)
        else:
            total = 1
        walking.discard(key)
        sizes[key] = total
        return total

    return size(root)


def _load_bounded(stream: Any) -> Any:
    loader = _BoundedLoader(stream)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        expanded = _expanded_nodes(node)
        if expanded > MAX_YAML_EXPANDED_NODES:
            raise yaml.YAMLError(
                f"its anchors and aliases expand to {expanded} values (limit "
                f"{MAX_YAML_EXPANDED_NODES}); write the values out instead of nesting aliases"
            )
        return loader.construct_document(node)
    finally:
        loader.dispose()


def read_yaml(path: str | os.PathLike[str], max_bytes: int | None = None) -> Any:
    """Parse a YAML file, naming the file and line on a syntax error.

    Safe tags only, nesting and alias expansion bounded (above); ``max_bytes`` bounds the
    file's size where the caller knows what is reasonable.
    """
    file = Path(path)
    return parse_yaml(file, read_bytes(file, max_bytes))


def read_bytes(file: Path, max_bytes: int | None = None) -> bytes:
    """A study file's bytes (read once: what is parsed is what was hashed)."""
    if not file.is_file():
        # A study folder given for its config file: name the file it holds.
        inside = file / "config.yaml"
        hint = f"; did you mean {inside}?" if file.is_dir() and inside.is_file() else ""
        raise ConfigError(f"{file}: file not found{hint}")
    size = file.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise ConfigError(
            f"{file}: {size} bytes, larger than any such file should be (limit {max_bytes}); "
            "is it the right file?"
        )
    with open(file, "rb") as fh:
        data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise ConfigError(
            f"{file}: more than {max_bytes} bytes, larger than any such file should be; "
            "is it the right file?"
        )
    return data


def parse_yaml(file: Path, data: bytes) -> Any:
    """``data`` (the bytes of ``file``) as YAML, read as UTF-8 text the way open() reads it."""
    try:
        with io.TextIOWrapper(io.BytesIO(data), encoding="utf-8") as fh:
            return _load_bounded(fh)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or getattr(exc, "reason", None) or exc
        # PyYAML's own text spans lines (the file and a caret): one line for the user.
        raise ConfigError(
            f"{file}:{where} is not valid YAML ({' '.join(str(problem).split())})"
        ) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{file}: not UTF-8 (byte offset {exc.start})") from None


@cache
def _schemas() -> dict[str, dict[str, Any]]:
    """The shipped schemas by file name, read once per process (not at every validation)."""
    contents_by_name = {}
    for schema_file in sorted(SCHEMA_DIR.glob("*.schema.yaml")):
        with open(schema_file, encoding="utf-8") as fh:
            # libyaml's safe loader: every command parses all the schemas (~0.07 s with
            # PyYAML's pure-Python loader, ~0.008 s with libyaml); same documents either way.
            contents = yaml.load(fh, Loader=_SAFE_LOADER)  # noqa: S506 (safe either way)
        contents_by_name[schema_file.name] = contents
    return contents_by_name


@cache
def _registry() -> Registry:
    """The shipped schemas as jsonschema's registry (for their ``$ref``s), built once."""
    from referencing import Registry, Resource

    resources_by_uri = [
        (name, Resource.from_contents(contents)) for name, contents in _schemas().items()
    ]
    return Registry().with_resources(resources_by_uri)


def schema(name: str) -> dict[str, Any]:
    """Return the schema ``<name>.schema.yaml`` (e.g. ``config``, ``parties``)."""
    contents = _schemas().get(f"{name}.schema.yaml")
    if contents is None:
        raise ConfigError(f"no schema named {name!r} in {SCHEMA_DIR}")
    return contents


def section_defaults(section: str) -> dict[str, Any]:
    """Default of every key of config section ``section``, from config.<section>.schema.yaml.

    The schema is the one source of defaults: Snakemake's ``validate`` fills them in for the
    workflow, and the typed settings read them from here for the CLI.
    """
    properties = schema(f"config.{section}").get("properties", {})
    return {key: spec["default"] for key, spec in properties.items() if "default" in spec}


MAX_MESSAGE_PART = 200


def _one_line(text: object) -> str:
    """One line, of bounded length: jsonschema quotes the whole offending value."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= MAX_MESSAGE_PART else flat[: MAX_MESSAGE_PART - 1] + "…"


def _describe(error: jsonschema.ValidationError) -> str:
    key = _one_line(".".join(str(p) for p in error.absolute_path) or "(top level)")
    message = _one_line(error.message)
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        return f"key {key}: {message}; allowed keys here: {', '.join(allowed)}"
    if error.validator == "required":
        return f"key {key}: {message}"
    expected = error.schema.get("description") or f"{error.validator} {error.validator_value!r}"
    return f"key {key}: {message} (expected: {_one_line(expected)})"


def validate(data: Any, schema_name: str, source: str | os.PathLike[str]) -> None:
    """Check ``data`` against a named schema; raise one ConfigError naming file and key."""
    import jsonschema

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
    import jsonschema

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
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

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
    """Read and validate config.yaml; ``root`` is made absolute relative to the file.

    Bytes validated before (config_cache.py) give the recorded result without jsonschema.
    """
    file = Path(path)
    data = read_bytes(file, MAX_STUDY_FILE_BYTES)
    config = parse_yaml(file, data)
    if not isinstance(config, dict):
        raise ConfigError(f"{path}: expected a mapping of keys at the top level")
    record = config_cache.record_path(file, config)
    cached = config_cache.recall(record, "config", data, _VALIDATION_INPUTS)
    if isinstance(cached, dict):
        config = cached
    else:
        validate(config, "config", path)
        fill_defaults(config, "config")
        config_cache.remember(record, "config", data, _VALIDATION_INPUTS, config)
    config["root"] = str((file.resolve().parent / config["root"]).resolve())
    return config


def load_parties(config: dict[str, Any]) -> dict[str, Any]:
    """Read and validate parties.yaml named by the config; check the evaluator is a party."""
    parties_path = resolve(config["root"], config["parties"])
    if not parties_path.is_file():
        raise ConfigError(
            f"key parties: file not found: {parties_path}; expected a parties.yaml with each "
            "party's public keys (paths are relative to root)"
        )
    data = read_bytes(parties_path, MAX_STUDY_FILE_BYTES)
    record = _parties_record(config)
    parties = config_cache.recall(record, "parties", data, _VALIDATION_INPUTS)
    if not isinstance(parties, dict):
        parties = parse_yaml(parties_path, data)
        validate(parties, "parties", parties_path)
        config_cache.remember(record, "parties", data, _VALIDATION_INPUTS, parties)
    names = parties.get("parties", {})
    if config["evaluator"] not in names:
        raise UnknownPartyError(
            f"{parties_path}: evaluator {config['evaluator']!r} (config key evaluator) is not "
            f"a party; defined parties: {', '.join(sorted(names))}"
        )
    return dict(parties)


def _parties_record(config: dict[str, Any]) -> Path | None:
    """The validation record of the config's workspace, if it names one that exists."""
    workspace = config.get("workspace")
    if not isinstance(workspace, str):
        return None  # a partial config (demo init's, a test's): validate every time
    record = resolve(config["root"], workspace) / config_cache.RECORD_NAME
    return record if record.parent.is_dir() else None


def party(parties: dict[str, Any], name: str, source: str = "parties.yaml") -> dict[str, Any]:
    """Look up one party, with an error that lists the known ones."""
    known = parties.get("parties", {})
    if name not in known:
        raise UnknownPartyError(
            f"{source}: unknown party {name!r}; defined parties: {', '.join(sorted(known))}"
        )
    entry: dict[str, Any] = known[name]
    return entry
