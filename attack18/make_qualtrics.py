# ruff: noqa  (a reproduction script)
"""Write a survey export as Qualtrics writes it (three header rows, BOM, CRLF, quoted
multi-line free text, embedded data, every standard metadata column), keyed by the demo's
survey tokens, with synthetic identifiers planted in the free text.

python make_qualtrics.py STUDY OUT.csv
"""

import csv, io, json, sys
from pathlib import Path

study = Path(sys.argv[1])
tokens = [l.split(",")[0] for l in (study / "work/links/tokens_for_survey.csv").read_text().splitlines()[1:]][:12]
meta = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
        "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
        "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage"]
qs = ["Q1"] + [f"Q2_{i}" for i in range(1, 8)] + ["Q3", "Q4", "Q5", "Q6", "unit_ed"]
texts = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished",
         "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email",
         "External Data Reference", "Location Latitude", "Location Longitude", "Distribution Channel", "User Language",
         "Do you consent to take part?"] + [f"Below are some statements... - Item {i}" for i in range(1, 8)] + [
         "Tell us about your experience of the programme", "What got in the way?", "What would you change?",
         "May we contact you about an interview?", "unit_ed"]
imp = [{"ImportId": x} for x in ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished",
       "recordedDate", "_recordId", "recipientLastName", "recipientFirstName", "recipientEmail", "externalDataReference",
       "locationLatitude", "locationLongitude", "distributionChannel", "userLanguage"]]
imp = [json.dumps(d) for d in imp] + [json.dumps({"ImportId": f"QID{i}"}) for i in range(1, 13)] + [json.dumps({"ImportId": "unit_ed"})]
likert = ["None of the time", "Rarely", "Some of the time", "Often", "All of the time"]
free = [
    ("My section commander Tobias Wrenfield was brilliant,\r\nhe rang me at home on 07700 900456.", "Getting time off from 3 Rifles.", "More sessions at Tidworth."),
    ("fine", "my mate dusty miller couldnt get on it", "email me at q.harwood@example.org"),
    ("Spoke to Cpl Imogen Saltmarsh at the med centre.\r\n\r\nShe sorted it, NI number AB 12 34 56 C.", "", ""),
]
rows = []
for i, t in enumerate(tokens):
    consent = "No, I do not consent" if i == 5 else "Yes, I consent"
    ft = free[i % 3] if i < 9 else ("", "", "")
    wb = [likert[(i + k) % 5] for k in range(7)] if consent.startswith("Yes") else [""] * 7
    rows.append(["2026-03-01 09:00:00", "2026-03-01 09:12:00", "IP Address", f"192.0.2.{i+1}", "100", "720", "True",
                 f"2026-03-01 09:12:{i:02d}", f"R_{i:015d}", "", "", "", t, "51.5", "-1.8", "anonymous", "EN-GB",
                 consent] + wb + list(ft) + ["Yes, you may contact me" if consent.startswith("Yes") else "", "1 Royal Welsh"])
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(meta + qs); w.writerow(texts); w.writerow(imp)
for r in rows:
    w.writerow(r)
Path(sys.argv[2]).write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode())
