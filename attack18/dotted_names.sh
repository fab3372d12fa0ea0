#!/bin/sh
# attack18: names written as user names and Windows paths (first.last), and file names whose
# extension starts with a top-level domain (.do, .mc). Synthetic names only.
# Usage: sh attack18/dotted_names.sh
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
D=/tmp/attack18/url; rm -rf $D; mkdir -p $D/in
printf 'Participant: I typed it up in notes.docx and saved it to C:\\Users\\horatia.mcgillicuddy\\Documents on the shared drive.\nHe logs in as barnaby.quilliam on the MODNET machine.\nInterviewer: and the file?\nParticipant: report.pdf, sent by agatha.crumb.\n' > $D/in/interview-ababcdcdefef.txt
nice sealflow scrub docs --in $D/in --out $D/out 2>&1 | tail -1; cat $D/out/*.txt
