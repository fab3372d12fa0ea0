"""Build the search needles for one synthetic participant of a demo study (before any change).

Usage: needles.py STUDY DOC_ID > needles.json
Needles: pseudonymous ID, survey token, doc id, free-text fragments of their survey answers,
and planted identifiers of their transcript that appear in no other document.
"""

import csv
import io
import json
import sys
from collections import defaultdict
from pathlib import Path

study = Path(sys.argv[1])
doc_id = sys.argv[2]
imap = {
    r["doc_id"]: r["pseudonymous_id"]
    for r in csv.DictReader((study / "work/interviews.csv").read_text().splitlines())
}
pid = imap[doc_id]
token = next(
    r["survey_token"]
    for r in csv.DictReader((study / "work/links/links_for_provider.csv").read_text().splitlines())
    if r["pseudonymous_id"] == pid
)
needles = [
    {"kind": "pseudonymous_id", "value": pid},
    {"kind": "survey_token", "value": token},
    {"kind": "doc_id", "value": doc_id},
]
survey = next(study.glob("work/received/survey/*.csv"))
export_text = survey.read_text(encoding="utf-8-sig")
for row in csv.DictReader(io.StringIO(export_text)):
    if row["survey_token"] == token:
        for col in ("ft_experience", "ft_barriers", "ft_suggestions"):
            text = (row.get(col) or "").strip()
            words = text.split()
            # a fragment the generator's templates repeat for others is no evidence
            for start in range(0, max(0, len(words) - 6)):
                fragment = " ".join(words[start : start + 6])
                if export_text.count(fragment) == 1:
                    needles.append({"kind": f"free_text:{col}", "value": fragment})
                    break
values_by_doc = defaultdict(set)
for line in (study / "truth/planted.jsonl").read_text().splitlines():
    p = json.loads(line)
    values_by_doc[p["doc_id"]].add(p["value"])
others = set().union(*(v for d, v in values_by_doc.items() if d != doc_id))
for value in sorted(values_by_doc[doc_id] - others):
    if len(value) >= 6:
        needles.append({"kind": "transcript_identifier", "value": value})
json.dump({"pseudonymous_id": pid, "doc_id": doc_id, "needles": needles}, sys.stdout, indent=1)
