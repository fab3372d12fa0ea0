"""The SFTP transport loads paramiko without invoke, and leaves invoke importable after."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBES = {
    "sftp transport": (
        "import sys, sealflow.exchange.sftp\n"
        "assert 'paramiko' in sys.modules\n"
        "print('invoke' in sys.modules)\n"
    ),
    "invoke afterwards": (
        "import sys, sealflow.exchange.sftp, invoke\nprint(sys.modules['invoke'] is None)\n"
    ),
    "invoke first": (
        "import sys, invoke, sealflow.exchange.sftp, paramiko.config\n"
        "print(paramiko.config.invoke is None)\n"
    ),
}


@pytest.mark.parametrize("probe", PROBES.values(), ids=PROBES.keys())
def test_when_the_sftp_transport_is_imported_then_invoke_is_not_loaded_and_stays_importable(
    probe: str,
) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


METADATA_PROBES = {
    "sftp transport": (
        "import sys, sealflow.exchange.sftp, paramiko\n"
        "loaded = 'importlib.metadata' in sys.modules\n"
        "from importlib import metadata\n"
        "print(loaded, paramiko.__version__ == metadata.version('paramiko'),"
        " hasattr(metadata, 'distributions'))\n"
    ),
    "metadata first": (
        "import sys\nfrom importlib import metadata\nimport sealflow.exchange.sftp, paramiko\n"
        "print(False, paramiko.__version__ == metadata.version('paramiko'),"
        " sys.modules['importlib.metadata'] is metadata)\n"
    ),
}


@pytest.mark.parametrize("probe", METADATA_PROBES.values(), ids=METADATA_PROBES.keys())
def test_when_paramiko_is_imported_then_importlib_metadata_is_not_and_the_version_is_right(
    probe: str,
) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True"]


@pytest.mark.parametrize(
    ("dist_infos", "expected"),
    [
        ({}, None),
        ({"paramiko-5.1.0.dist-info": "Metadata-Version: 2.1\nVersion: 5.1.0\n"}, "5.1.0"),
        ({"paramiko-5.1.0.dist-info": "Name: paramiko\n\nVersion: 5.1.0\n"}, None),
        (
            {
                "paramiko-5.1.0.dist-info": "Version: 5.1.0\n",
                "paramiko-4.0.dist-info": "Version: 4.0\n",
            },
            None,
        ),
    ],
    ids=["none installed", "one", "version only in the body", "two installed"],
)
def test_when_paramikos_metadata_is_not_one_clear_file_then_the_real_importlib_metadata_answers(
    tmp_path, monkeypatch, dist_infos, expected
):
    import importlib.machinery
    import importlib.util

    from sealflow.exchange import paramiko_lib

    package = tmp_path / "paramiko"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name, text in dist_infos.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "METADATA").write_text(text)
    spec = importlib.machinery.ModuleSpec("paramiko", None, origin=str(package / "__init__.py"))
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec)
    assert paramiko_lib.installed_version("paramiko") == expected
