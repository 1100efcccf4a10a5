# Set-up is idempotent: every target that needs the environment builds it first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
EVAL_DIR ?= ../shared/eval
export RASHOMON_EVAL_DIR ?= $(abspath $(EVAL_DIR))

.PHONY: setup system-deps demo test eval bench lint screenshots

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

setup: $(BIN)/python system-deps
	$(BIN)/pip install -q -e '.[dev]'
	scripts/vendor_web.sh

# Debian's Chromium drives the browser tests (never 'playwright install').
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
# Java runs the Spark runner (`rashomon analyze --engine spark`) and its tests.
	@command -v java >/dev/null 2>&1 || { \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null; }
# npm fetches the web UI's JavaScript at set-up time (scripts/vendor_web.sh); nothing is committed.
	@command -v npm >/dev/null 2>&1 || { \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null; }

demo: setup
	$(BIN)/rashomon demo

test: setup lint
	PYTHONHASHSEED=0 $(BIN)/pytest -q

eval: setup
	PYTHONHASHSEED=0 $(BIN)/pytest -q -m eval tests/test_eval_gate.py

# docs/screenshots/: the main pages on the demo corpus, captured by Debian's Chromium.
screenshots: setup
	$(BIN)/python scripts/screenshots.py

bench: setup
	$(BIN)/python benchmarks/throughput.py

lint: setup
	$(BIN)/ruff check -q src tests benchmarks
	$(BIN)/mypy src
