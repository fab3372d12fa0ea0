"""Add every published file's SHA-256 to each `name==version` pin of a lock file.

`make lock` writes exact pins from `pip freeze`; this adds, for each pin, the hashes of all
of that release's files on PyPI (wheels for every platform and the sdist), read from the
package index's JSON simple API (PEP 691), as `pip-compile --generate-hashes` does. pip then
installs with `--require-hashes`: a file whose bytes differ from what was published when the
lock was made (a replaced release, a look-alike mirror) is refused. Stdlib only, so it runs
before anything is installed.

Usage: python requirements/add_hashes.py requirements/lock.txt [--index URL]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
from pathlib import Path

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*$")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def release_hashes(index: str, name: str, version: str) -> list[str]:
    request = urllib.request.Request(
        f"{index.rstrip('/')}/{normalise(name)}/",
        headers={"Accept": "application/vnd.pypi.simple.v1+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (the index)
        files = json.load(response)["files"]
    name_pattern = "[-_.]".join(re.escape(part) for part in normalise(name).split("-"))
    stem = re.compile(rf"^{name_pattern}-{re.escape(version)}[-.]", re.IGNORECASE)
    hashes = sorted(
        f["hashes"]["sha256"] for f in files if stem.match(f["filename"]) and "sha256" in f["hashes"]
    )
    if not hashes:
        raise SystemExit(f"{name}=={version}: no files with a SHA-256 on {index}")
    return hashes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lock", type=Path)
    parser.add_argument("--index", default="https://pypi.org/simple")
    args = parser.parse_args()
    out = []
    for line in args.lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if not match:
            if not line.lstrip().startswith("--hash"):
                out.append(line)
            continue
        name, version = match.groups()
        hashes = release_hashes(args.index, name, version)
        out.append(f"{name}=={version} \\")
        out += [f"    --hash=sha256:{h}" + (" \\" if i < len(hashes) - 1 else "")
                for i, h in enumerate(hashes)]  # fmt: skip
        print(f"{name}=={version}: {len(hashes)} files", file=sys.stderr)
    args.lock.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
