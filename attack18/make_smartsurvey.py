# ruff: noqa
"""attack18: a SmartSurvey-style CSV export (one header row of 'Response ID', 'Status',
'Started', 'Ended' day-first, 'IP Address', 'Email', 'Name', 'Custom Variable 1' holding the
token, then question texts; UTF-8 BOM, CRLF, quoted multi-line answers; a partial response
row), with the profile a study would write. No preset exists for it.
Usage: python make_smartsurvey.py STUDY OUT.csv PROFILE.yaml"""
import csv, sys, yaml
from pathlib import Path
S = Path(sys.argv[1])
tokens = [l.split(",")[0] for l in (S / "work/links/tokens_for_survey.csv").read_text().splitlines()[1:]][:8]
Q = ["1. Do you consent?"] + [f"2. Wellbeing: Statement {i}" for i in range(1, 8)] + ["3. Your experience", "4. Barriers", "5. Suggestions", "6. Interview contact?"]
words = ["None of the time", "Rarely", "Some of the time", "Often", "All of the time"]
with open(sys.argv[2], "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Response ID", "Status", "Started", "Ended", "IP Address", "Email", "Name", "Custom Variable 1"] + Q)
    for i, t in enumerate(tokens):
        status = "Partial" if i == 3 else "Completed"
        w.writerow([9000 + i, status, f"0{i+1}/03/2026 09:00:00", f"0{i+1}/03/2026 09:1{i}:00", f"192.0.2.{i+10}", f"gwendolyn.fairclough{i}@example.net", f"Gwendolyn Fairclough{i}", t,
                    "Yes", *[words[(i + j) % 5] for j in range(7)],
                    f"Spoke to \"Major Aldous Whitcombe\" at RAF Brize Norton,\r\nhis number 01632 960{100+i}.", "Time", "", "No"])
prof = {"survey_export": {"rename": {"Custom Variable 1": "survey_token", "Ended": "submitted_at", Q[0]: "consent", **{Q[1 + j]: f"wb_{j+1}" for j in range(7)},
        Q[8]: "ft_experience", Q[9]: "ft_barriers", Q[10]: "ft_suggestions", Q[11]: "interview_contact"},
        "recode": {"consent": {"Yes": "yes", "No": "no"}, "interview_contact": {"Yes": "yes", "No": "no"}, "wb_*": {w: k + 1 for k, w in enumerate(words)}},
        "dates": {"submitted_at": "%d/%m/%Y %H:%M:%S"}, "extra_columns": "drop"}}
yaml.safe_dump(prof, open(sys.argv[3], "w"), sort_keys=False)
