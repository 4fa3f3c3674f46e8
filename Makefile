# Radic Pro — the two newcomer commands are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
WORKERS ?= 0  # web processes; 0: one a core (threads: RADICPRO_WEB_THREADS)
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench faults soak gallery evaluate evaluate-edits evaluate-chats clients clients-check clean

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
	$(PY) bench/api.py
	$(PY) bench/scale.py

# The edit and adapt evaluations: instructions over generated designs and adaptations to five formats,
# checked, with before/after and adapt contact sheets under out/evaluate/edits/.
evaluate-edits: install
	$(PY) -m aiengine.evaluate.edits out/evaluate/edits

# The conversation evaluation: 40+ scripted conversations with the assistant, checked, with transcripts
# and a sheet of their designs under out/evaluate-chats/.
evaluate-chats: install
	$(PY) -m assistant.evaluation --out out/evaluate-chats

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

# The design evaluation: the prompt set through the generation and export services, scored, with a
# contact sheet (out/evaluate/designs/contact-sheet.png) and per-prompt results (results.json).
evaluate: install
	$(PY) -m aiengine.evaluate.designs --out out/evaluate/designs

# The SDK packages (clients/python, clients/typescript; see README: SDKs): `make clients` refreshes
# their generated code from the schema (dumped offline) — openapi-python-client for Python,
# openapi-typescript for TypeScript — and `make clients-check` fails when the committed code
# differs from what the schema generates (CI runs it). clients/run-flows.sh BASE_URL installs
# both packages into clean environments and runs the core flow against a live server.
CLIENTS_SCHEMA := clients/openapi.json
CLIENTS_STAMP := $(VENV)/.clients-installed
GENERATED_CLIENTS := $(CLIENTS_SCHEMA) clients/python/radicpro_client clients/typescript/src/schema.ts

$(CLIENTS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[clients]"
	@touch $(CLIENTS_STAMP)

# The schema of the embedded defaults (SQLite) whatever DATABASE_URL says: integer bounds follow the
# database's columns, and the committed code must not depend on where it was generated.
clients: $(CLIENTS_STAMP)
	env -u DATABASE_URL $(PY) manage.py spectacular --format openapi-json --file $(CLIENTS_SCHEMA)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/openapi-python-client generate \
		--path $(CLIENTS_SCHEMA) --meta none --overwrite \
		--output-path clients/python/radicpro_client --config clients/python/openapi-python-client.yaml
	cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error && npm run --silent generate

clients-check: clients
	@git diff --exit-code --stat -- $(GENERATED_CLIENTS) \
	  && test -z "$$(git status --porcelain --untracked-files=all -- $(GENERATED_CLIENTS))" \
	  || { echo "The generated clients differ from the schema: run make clients and commit." >&2; exit 1; }
	@echo "generated clients match the schema"

clean:
	rm -rf $(VENV) var out test-artifacts
