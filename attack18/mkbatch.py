# ruff: noqa  (a reproduction script)
"""Make a provider-signed batch by hand, as docs/parties/provider.md's age+minisign route does,
with options to craft it. Synthetic data only.

python mkbatch.py STUDY DROPBOX_SUBDIR SIGNER RECIPIENT_AGE_PUB "name=path" ... [--omit NAME]
  [--extra NAME=path] [--id ID] [--manifest-name NAME] [--sender S]
SIGNER is a party whose keys are in STUDY/parties/<party>/keys/.
"""

import argparse, hashlib, json, os, secrets, subprocess, time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("study")
ap.add_argument("dropbox")
ap.add_argument("signer")
ap.add_argument("files", nargs="*")
ap.add_argument("--sender")
ap.add_argument("--purpose", default="extract")
ap.add_argument("--id")
ap.add_argument("--omit", action="append", default=[])
ap.add_argument("--extra", action="append", default=[])
ap.add_argument("--list-missing", action="append", default=[])
a = ap.parse_args()
study = Path(a.study)
keys = study / "parties" / a.signer / "keys"
ev = [l for l in (study / "parties.yaml").read_text().splitlines() if "age_recipient" in l][
    0
].split()[-1]
sender = a.sender or a.signer
bid = (
    a.id
    or time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    + f"-{sender}-{a.purpose}-{secrets.token_hex(4)}"
)
tmp = Path("/tmp/attack18/batches") / bid
tmp.mkdir(parents=True)
entries = []
for spec in a.files + a.extra:
    name, src = spec.split("=", 1)
    out = tmp / (name + ".age")
    subprocess.run(
        ["age", "-r", ev, "-R", str(keys / f"{a.signer}.age.pub"), "-o", str(out), src], check=True
    )
    if spec in a.extra:
        continue
    if name + ".age" in a.omit:
        continue
    entries.append(
        {
            "name": out.name,
            "size": out.stat().st_size,
            "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        }
    )
for n in a.list_missing:
    entries.append({"name": n, "size": 10, "sha256": "0" * 64})
man = {
    "format": "sealflow-batch/1",
    "batch_id": bid,
    "sender": sender,
    "recipient": "evaluator",
    "purpose": a.purpose,
    "created": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
    "files": entries,
}
(tmp / "manifest.json").write_text(json.dumps(man))
subprocess.run(
    [
        "minisign",
        "-S",
        "-s",
        str(keys / f"{a.signer}.minisign.key"),
        "-m",
        str(tmp / "manifest.json"),
        "-t",
        f"batch:{bid}",
    ],
    check=True,
    input=b"\n",
    capture_output=True,
)
dest = study / a.dropbox / bid
os.makedirs(dest)
for p in sorted(tmp.iterdir(), key=lambda p: p.name == "manifest.json"):
    os.link(p, dest / p.name) if False else dest.joinpath(p.name).write_bytes(p.read_bytes())
print(bid)
