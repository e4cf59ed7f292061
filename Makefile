# `make check` runs every check exactly as CI does (CI first installs packages and starts
# PostgreSQL through scripts/test, then calls this).
PY := .venv/bin/python

.PHONY: check lint typecheck test docs

check: lint typecheck test

lint:
	$(PY) -m ruff check src tests bench
	$(PY) -m ruff format --check src tests bench

typecheck:
	$(PY) -m mypy --strict src/doorwatch

test:
	$(PY) -m pytest -q -p no:cacheprovider

docs:
	$(PY) -m doorwatch.cli.reference > docs/cli.md
