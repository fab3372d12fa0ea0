"""paramiko, imported without invoke (about 80 ms of every SFTP send and receive) and
without importlib.metadata (about 10 ms more).

paramiko imports invoke only for ``Match exec`` in OpenSSH client config files
(paramiko.config tries the import and keeps the ImportError for that one use). sealflow
never reads such a file: its endpoints come from parties.yaml. So while paramiko is first
imported, invoke is marked unimportable, and the mark is removed afterwards, so that
anything else in the process may still import invoke. sftp.py imports this module before
paramiko; tests/unit/exchange/test_sftp_import.py checks both halves.

paramiko's ``__init__`` imports importlib.metadata (and with it email, csv and zipfile)
for one call, ``metadata.version("paramiko")``, its ``__version__``. Where nothing loaded
importlib.metadata yet, that one call is answered from the ``Version:`` line of paramiko's
own installed METADATA file, the file importlib.metadata reads for it, through a stand-in
removed again once paramiko is imported; when that file cannot be found unambiguously,
the real importlib.metadata is used (test_sftp_import.py holds the two versions equal).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

METADATA = "importlib.metadata"


def import_paramiko() -> ModuleType:
    """paramiko, importing it without invoke when it is not loaded yet."""
    if "paramiko" in sys.modules or "invoke" in sys.modules:
        import paramiko

        return paramiko
    sys.modules["invoke"] = None  # type: ignore[assignment]  # import invoke: ImportError
    stand_in = _metadata_stand_in()
    if stand_in is not None:
        sys.modules[METADATA] = stand_in
    try:
        import paramiko
    finally:
        if sys.modules.get("invoke", False) is None:
            del sys.modules["invoke"]
        if stand_in is not None and sys.modules.get(METADATA) is stand_in:
            del sys.modules[METADATA]
            if getattr(importlib, "metadata", None) is stand_in:
                delattr(importlib, "metadata")
    return paramiko


def installed_version(distribution: str) -> str | None:
    """``Version:`` of the one ``<distribution>-*.dist-info/METADATA`` beside the package."""
    spec = importlib.util.find_spec(distribution)  # finds the package, does not import it
    if spec is None or spec.origin is None:
        return None
    site = Path(spec.origin).parent.parent
    found = list(site.glob(f"{distribution}-*.dist-info/METADATA"))
    if len(found) != 1:
        return None
    try:
        with open(found[0], encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Version:"):
                    return line.removeprefix("Version:").strip() or None
                if not line.strip():
                    return None  # the end of the headers
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _metadata_stand_in() -> ModuleType | None:
    """An ``importlib.metadata`` that knows paramiko's version only, or None (use the real)."""
    if METADATA in sys.modules:
        return None
    version = installed_version("paramiko")
    if version is None:
        return None

    def version_of(name: str) -> str:
        if name != "paramiko":  # only paramiko's __init__ asks while the stand-in is in place
            raise LookupError(f"{name}: not known to sealflow's stand-in for importlib.metadata")
        return version

    stand_in = ModuleType(METADATA)
    stand_in.version = version_of  # type: ignore[attr-defined]
    return stand_in


paramiko = import_paramiko()
