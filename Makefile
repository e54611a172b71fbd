PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CONFIG ?= config.toml

.PHONY: install run test lint bench accuracy clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## one check of the cases in config.toml (exit 1 when a source failed, e.g. offline)
run: $(STAMP)
	$(VENV)/bin/monitor check --config $(CONFIG)

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check monitor parsers notifiers tests scripts
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) scripts/bench.py

accuracy: $(STAMP)
	$(PY) scripts/accuracy.py

clean:
	rm -rf $(VENV) build *.egg-info
