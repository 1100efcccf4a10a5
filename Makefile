# Set-up is idempotent: every target that needs the environment builds it first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
EVAL_DIR ?= ../shared/eval
export RASHOMON_EVAL_DIR ?= $(abspath $(EVAL_DIR))
# Persuasion-technique models built from PTC and ArMPro (research data: built where the data is,
# never committed), measured by the evaluation gate.
TECHNIQUES := build/techniques
export RASHOMON_TECHNIQUES_MODELS ?= $(abspath $(TECHNIQUES))

.PHONY: setup system-deps demo test eval bench lint screenshots techniques-model

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

test: setup lint techniques-model
	PYTHONHASHSEED=0 $(BIN)/pytest -q

eval: setup techniques-model
	PYTHONHASHSEED=0 $(BIN)/pytest -q -m eval tests/test_eval_gate.py

# ~6 min on 2 cores; rebuilt only when the techniques code, cue lists or lexicon change.
techniques-model: setup
	@if [ ! -d "$(RASHOMON_EVAL_DIR)/propaganda" ]; then \
		echo "no $(RASHOMON_EVAL_DIR)/propaganda: technique models not built, their floors skipped"; \
	elif [ -f $(TECHNIQUES)/ar.json ] && [ -z "$$(find src/rashomon/stages/framing data/framing \
			\( -name '*.py' -o -name '*.tsv' \) -newer $(TECHNIQUES)/ar.json -print -quit)" ]; then \
		echo "technique models up to date in $(TECHNIQUES)"; \
	else \
		$(BIN)/python -m rashomon.stages.framing.techniques.train \
			--data "$(RASHOMON_EVAL_DIR)/propaganda" --embed --out $(TECHNIQUES); \
	fi

# docs/screenshots/: the main pages on the demo corpus, captured by Debian's Chromium.
screenshots: setup
	$(BIN)/python scripts/screenshots.py

bench: setup
	$(BIN)/python benchmarks/throughput.py

lint: setup
	$(BIN)/ruff check -q src tests benchmarks
	$(BIN)/mypy src
