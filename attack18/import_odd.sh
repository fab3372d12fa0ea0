#!/bin/sh
# attack18: transcripts imported after the scrub under names the F4 fix may not expect.
# Usage: sh attack18/import_odd.sh /tmp/attack18/base
SRC=$1; Q=/tmp/attack18/imp2; T=/tmp/attack18/imp2-in
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
rm -rf $Q $T && cp -a "$SRC" $Q && mkdir -p $T
L='Participant: I rang Peregrine Ollerenshaw on 07700 900461 at the welfare office.'
printf "Interviewer: Who?\r\n$L\r\n" > $T/interview-cccccccccccc.TXT
printf "Interviewer: Who?\n$L\n" > $T/interview-dddddddddddd.md
printf "Interviewer: Who?\n$L\n" > $T/notes-from-call.txt
printf "WEBVTT\n\n00:00:01.000 --> 00:00:0X.000\n<v Peregrine Ollerenshaw>$L\n\n-->\n\n00:00:05.000 --> 00:00:04.000\nsecond cue Peregrine Ollerenshaw\n" > $T/interview-eeeeeeeeeeee.vtt
printf "1\n00:00:01,000 --> 00:00:02,000\n$L\n\nnot-a-number\n00:00:0a,000 --> garbage\nPeregrine Ollerenshaw again\n\n3\n" > $T/interview-ffffffffffff.srt
for f in $T/*; do echo "== import $(basename $f)"; nice sealflow import --from vendor -c $Q/config.yaml $f 2>&1 | tail -2 | cut -c1-300; done
nice snakemake scrub --cores 2 --configfile $Q/config.yaml --quiet rules > $Q.smk.log 2>&1; echo "scrub rc=$?"; grep -i error $Q.smk.log | head -5 | cut -c1-400
find $Q/work/received/vendor -type f | sed "s#$Q/##"
ls $Q/work/scrub/transcripts | grep -v '^interview-[0-9a-f]\{12\}\.' ; ls $Q/work/scrub/transcripts | grep -c .
echo "-- files under work/scrub, results holding the planted surname:"; grep -rl Ollerenshaw $Q/work/scrub $Q/results $Q/logs 2>/dev/null
nice sealflow status -c $Q/config.yaml 2>&1 | grep -A2 "every document scrubbed\|residual"
