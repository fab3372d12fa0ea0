# ruff: noqa
"""attack18: a survey export as Microsoft Forms writes it (.xlsx, sheet 'Sheet1': ID, Start
time, Completion time, Email, Name, Last modified time, then one column per question with
the question's text as header; Excel datetimes; a signed-in organisation form, so Email and
Name hold the respondent), keyed by the demo's tokens (asked as a question), with synthetic
identifiers planted in free text, plus the YAML profile a study would write for it.
Usage: python make_msforms.py STUDY OUT.xlsx PROFILE.yaml"""
import datetime as dt, sys, openpyxl, yaml
from pathlib import Path
S = Path(sys.argv[1])
tokens = [l.split(",")[0] for l in (S / "work/links/tokens_for_survey.csv").read_text().splitlines()[1:]][:10]
Q = ["Your survey code", "Do you consent to take part?"] + [f"How often: statement {i}" for i in range(1, 8)] + [
    "Tell us about your experience", "What got in the way?", "Any suggestions?", "May we contact you for an interview?"]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sheet1"
ws.append(["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"] + Q)
words = ["None of the time", "Rarely", "Some of the time", "Often", "All of the time"]
for i, t in enumerate(tokens):
    st = dt.datetime(2026, 3, 1, 9, 0) + dt.timedelta(hours=i)
    ws.append([i + 1, st, st + dt.timedelta(minutes=7), f"quentin.arbuthnot{i}@mod.example.org", f"Quentin Arbuthnot{i}", None, t,
               "Yes", *[words[(i + j) % 5] for j in range(7)],
               f"My welfare officer Sgt Tamsin Oakenfold (07700 900{100+i}) helped.\nSee also Cpl Horace Pennyfeather.",
               "Nothing", "", "Yes" if i % 2 else "No"])
wb.save(sys.argv[2])
prof = {"survey_export": {"preset": "microsoft_forms",
        "rename": {Q[0]: "survey_token", Q[1]: "consent", **{Q[2 + j]: f"wb_{j+1}" for j in range(7)},
                   Q[9]: "ft_experience", Q[10]: "ft_barriers", Q[11]: "ft_suggestions", Q[12]: "interview_contact"},
        "recode": {"consent": {"Yes": "yes", "No": "no"}, "interview_contact": {"Yes": "yes", "No": "no"},
                   "wb_*": {w: k + 1 for k, w in enumerate(words)}}}}
yaml.safe_dump(prof, open(sys.argv[3], "w"), sort_keys=False)
