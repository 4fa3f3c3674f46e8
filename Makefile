# Radic Pro — the two newcomer commands are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
WORKERS ?= 2
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench faults soak gallery clients clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

# Serves the API on 127.0.0.1:$(PORT) with a Celery worker (and beat) beside it,
# on the embedded defaults (SQLite, a file-system broker, file storage) unless the
# environment says otherwise (see README: Settings).
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py load_demo
	$(PY) -m radicpro.serve --port $(PORT) --workers $(WORKERS)

test: install
	$(PY) -m pytest

# ruff; the layers (import-linter contracts in pyproject.toml); the type checker (mypy); Django's
# checks; and the tests that the layers and the type checker catch what they must.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py spectacular --validate --fail-on-warn --file /dev/null
	$(PY) -m pytest tests/test_compose.py tests/test_layering.py

bench: install
	$(PY) bench/render.py
	$(PY) bench/generate.py
	$(PY) bench/provider_overhead.py
	$(PY) bench/read_brief.py

# The fault suite: kills the worker (pool, whole) and the scheduler mid-job, stops a private
# PostgreSQL and Redis under load, fills the render budget, floods logins, against a live server
# on the embedded defaults and on PostgreSQL + Redis; prints what the user saw (bench/faults.py).
faults: install
	$(PY) bench/faults.py

# 30 clients of mixed reads, writes, generations and exports (bench/soak.py; SOAK_MINUTES=10).
SOAK_MINUTES ?= 10
soak: install
	$(PY) bench/soak.py --minutes $(SOAK_MINUTES)

gallery: install
	$(PY) -m aiengine.gallery out/gallery
	@echo "Open out/gallery/index.html"

# Generated API clients (not committed; see README: Generated clients): the schema dumped
# offline, the Python client (openapi-python-client) and the TypeScript types (openapi-typescript).
# clients/run-flows.sh BASE_URL runs both against a live server.
CLIENTS_SCHEMA := clients/openapi.json
CLIENTS_STAMP := $(VENV)/.clients-installed

$(CLIENTS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[clients]"
	@touch $(CLIENTS_STAMP)

clients: $(CLIENTS_STAMP)
	$(PY) manage.py spectacular --format openapi-json --file $(CLIENTS_SCHEMA)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/openapi-python-client generate \
		--path $(CLIENTS_SCHEMA) --meta none --overwrite \
		--output-path clients/python/radicpro_client --config clients/python/openapi-python-client.yaml
	cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error && npm run --silent generate

clean:
	rm -rf $(VENV) var out test-artifacts
