"""A cached virtual environment for a tool that pins its own versions (pycanon, ACRO, asyncssh).

Such tools never enter sealflow's environment: each gets `.cache/<name>-venv`, made once on
first use (it needs PyPI then) and reused across runs; a marker file says it is complete and with
which requirements; other requirements make it anew.
"""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def tool_venv(name: str) -> Path:
    return REPO_ROOT / ".cache" / f"{name}-venv"


def tool_python(name: str, requirements: list[str]) -> Path:
    """The interpreter of the tool's environment; RuntimeError (with pip's output) if it
    cannot be made."""
    folder = tool_venv(name)
    python = folder / "bin" / "python"
    ready = folder / ".sealflow-ready"
    wanted = "\n".join(requirements) + "\n"
    if not ready.exists() or ready.read_text() != wanted:
        try:
            if not python.exists() or ready.exists():
                venv.EnvBuilder(with_pip=True, clear=True).create(folder)
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", *requirements],
                check=True,
                capture_output=True,
                timeout=900,
            )
        except subprocess.CalledProcessError as exc:
            raise RuntimeError(
                f"cannot build {folder} ({' '.join(requirements)}, needs PyPI once): "
                f"{exc.stderr.decode(errors='replace')[-500:]}"
            ) from None
        except (subprocess.SubprocessError, OSError) as exc:
            raise RuntimeError(f"cannot build {folder}: {exc}") from None
        ready.write_text(wanted)
    return python
