PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CONFIG ?= config.toml

.PHONY: install run test lint bench instructions accuracy clean

# the docket-text parser is compiled with mypyc (setup.py; pure Python when that fails or DOCKET_MONITOR_PURE=1):
# an edited parser source makes the next make rebuild it, old compiled modules are removed first
COMPILED_SRC := parsers/dates.py $(wildcard parsers/docket_*.py)

$(STAMP): pyproject.toml setup.py $(COMPILED_SRC)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	rm -f parsers/*.so *__mypyc*.so
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -c "from parsers.build_info import describe; print('docket-text parser:', describe())"
	touch $(STAMP)

install: $(STAMP)

## one check of the cases in config.toml (exit 1 when a source failed, e.g. offline)
run: $(STAMP)
	$(VENV)/bin/monitor check --config $(CONFIG)

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check monitor parsers notifiers tests scripts setup.py
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) scripts/bench.py

## parse_entry's instructions per pass by valgrind's callgrind (a speed figure host throttling does not move)
instructions: $(STAMP)
	$(PY) scripts/instructions.py

accuracy: $(STAMP)
	$(PY) scripts/accuracy.py
	$(PY) scripts/agreement.py

clean:
	rm -rf $(VENV) build *.egg-info parsers/*.so *__mypyc*.so
