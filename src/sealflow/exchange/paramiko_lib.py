"""paramiko, imported without invoke (about 80 ms of every SFTP send and receive).

paramiko imports invoke only for ``Match exec`` in OpenSSH client config files
(paramiko.config tries the import and keeps the ImportError for that one use). sealflow
never reads such a file: its endpoints come from parties.yaml. So while paramiko is first
imported, invoke is marked unimportable, and the mark is removed afterwards, so that
anything else in the process may still import invoke. sftp.py imports this module before
paramiko; tests/unit/exchange/test_sftp_import.py checks both halves.
"""

from __future__ import annotations

import sys
from types import ModuleType


def import_paramiko() -> ModuleType:
    """paramiko, importing it without invoke when it is not loaded yet."""
    if "paramiko" in sys.modules or "invoke" in sys.modules:
        import paramiko

        return paramiko
    sys.modules["invoke"] = None  # type: ignore[assignment]  # import invoke: ImportError
    try:
        import paramiko
    finally:
        if sys.modules.get("invoke", False) is None:
            del sys.modules["invoke"]
    return paramiko


paramiko = import_paramiko()
