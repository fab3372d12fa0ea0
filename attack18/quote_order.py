# ruff: noqa
"""attack18: are released quotes (no document id) still grouped by interviewee in file order,
and does any planted identifier of the demo's truth file survive in them?
Usage: python quote_order.py STUDY"""
import json, sys, glob, pandas as pd
Q = sys.argv[1]
q = pd.read_csv(f"{Q}/results/outcome/quotes.csv"); c = pd.read_csv(f"{Q}/work/anonymise/quote_candidates.csv")
m = dict(zip(c.quote, c.document_id)); docs = [m.get(x) for x in q.quote]
runs = 1 + sum(1 for a, b in zip(docs, docs[1:]) if a != b)
print(f"{len(q)} released quotes from {len(set(docs))} interviews; {runs} runs of one interview in file order (shuffled would give about {len(q)})")
print("approved_at distinct values:", q.approved_at.nunique() if "approved_at" in q else "-", "columns:", list(q.columns))
text = "\n".join(q.quote)
hits = []
for f in [f"{Q}/truth/planted.jsonl"]:
    try: data = [json.loads(l) for l in open(f) if l.strip()]
    except Exception: continue
    hits += [(d["type"], d["value"]) for d in data if d["doc_id"].startswith("interview-") and len(d["value"]) > 2 and d["value"] in text]
print("planted truth strings found in released quotes:", len(set(hits)), sorted(set(hits))[:20])
