"""After the retention purge, re-identify subject references and interview doc ids.

Usage: relink_after_purge.py STUDY ROSTER.csv
STUDY's work/keys (kept by the purge) plus the provider's roster (pseudonymous IDs, which the
provider keeps) are enough to name, by pseudonymous ID, every person whose subject reference
appears in results/governance/ or the audit log, and every interview doc id in results/ or a
deposit. Prints counts and the matched IDs' row numbers in the roster, not the IDs.
"""

import csv
import hashlib
import hmac
import re
import sys
from pathlib import Path

study = Path(sys.argv[1])
ids = [r["pseudonymous_id"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8-sig"))]


def key_forms(path: Path):
    raw = path.read_bytes()
    yield raw
    yield raw.strip()
    try:
        yield bytes.fromhex(raw.strip().decode())
    except ValueError:
        pass


def digests(key: bytes, pid: str):
    for algo in (hashlib.sha256,):
        yield hmac.new(key, pid.encode(), algo).hexdigest()


text = ""
for p in list(study.glob("results/**/*.json")) + list(study.glob("results/**/*.jsonl")) + [
    study / "work/audit/audit.jsonl"
]:
    text += p.read_text(errors="replace") + p.name
refs = set(re.findall(r"\b[0-9a-f]{16,64}\b", text))
docs = set(re.findall(r"interview-([0-9a-f]{12})", text))
for name in ("audit.key", "interview_id.key", "survey_token.key"):
    kp = study / "work/keys" / name
    if not kp.exists():
        continue
    for key in key_forms(kp):
        hits = []
        for row, pid in enumerate(ids):
            for d in digests(key, pid):
                if any(d.startswith(r) for r in refs if len(r) >= 16) or d[:12] in docs:
                    hits.append(row)
        if hits:
            print(f"{name}: {len(set(hits))} roster rows re-identified (rows {sorted(set(hits))[:10]})")
            break
    else:
        print(f"{name}: no match with the forms tried")
