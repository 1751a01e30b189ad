# Two commands: `make run` (demo site on http://127.0.0.1:8000/) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test install install-dev lint migrate demo messages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo
	$(MANAGE) rebuild_search_index

run: demo
	$(MANAGE) create_dev_users
	@echo "IPAM: http://127.0.0.1:8000/   MWPN: http://mwpn.localhost:8000/"
	$(MANAGE) runserver 127.0.0.1:8000

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

# Time every kind of page and API answer on gunicorn with N publications (docs/benchmarks.md).
# PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set, else a SQLite file per N.
N ?= 10000
REQUESTS ?= 200
bench: install
	DJANGO_SETTINGS_MODULE=cms.settings.production SECRET_KEY=bench-only-not-secret DEBUG=0 \
	SECURE_SSL_REDIRECT=0 ALLOWED_HOSTS=127.0.0.1,localhost,mwpn.localhost \
	DATABASE_URL=$${DATABASE_URL:-sqlite:///$(CURDIR)/bench-$(N).sqlite3} \
	$(MANAGE) bench --publications $(N) --requests $(REQUESTS)

# Refresh the Burmese catalogue of the templates after changing their text (needs GNU gettext).
messages: install
	$(MANAGE) makemessages -l my --no-location --ignore=.venv --ignore=tests --ignore=staticfiles --ignore=media
	$(MANAGE) compilemessages -l my --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles test-artifacts .pytest_cache .ruff_cache
