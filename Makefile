# debtdesk: `make run` starts the program, `make test` runs every check.
#
# Both create the virtual environment .venv when it is missing and install
# debtdesk into it (editable, with the test tools); they install again only
# when pyproject.toml has changed since (the stamp .venv/.debtdesk-installed).
#
#   make run ARGS='cases --format json'    arguments for `debtdesk`
#   make test ARGS='-x tests/core'         arguments for pytest

PYTHON ?= python3
VENV ?= .venv
STAMP := $(VENV)/.debtdesk-installed
ARGS ?=

.PHONY: run test venv clean

run: $(STAMP)
	$(VENV)/bin/debtdesk $(ARGS)

test: $(STAMP)
	VENV=$(VENV) bash scripts/test.sh $(ARGS)

venv: $(STAMP)

$(STAMP): pyproject.toml
	PYTHON=$(PYTHON) bash scripts/venv.sh $(VENV)

# Removes the caches and build output; the venv stays (delete .venv to rebuild it).
clean:
	rm -rf build dist .pytest_cache .ruff_cache .hypothesis .import_linter_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
