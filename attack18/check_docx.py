# ruff: noqa
"""attack18: unzip a scrubbed .docx and name each part still holding a planted value (or
a distinctive word of it). Usage: python check_docx.py OUT.docx PLANTED.json"""
import json, re, sys, zipfile
P = json.load(open(sys.argv[2])); z = zipfile.ZipFile(sys.argv[1])
parts = {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}
left = 0
for k, v in P.items():
    words = [w for w in re.split(r"[\s_:@.]+", v) if len(w) > 4 and (w[0].isupper() or "." in v)] or [v]
    for n, t in parts.items():
        hit = [w for w in words if w in t] or ([v] if v in t else [])
        if hit: left += 1; print(f"LEFT {k}: {hit} in {n}")
print(f"{left} planted value(s) left; parts: {sorted(parts)}")
