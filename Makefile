# Two commands: `make run` (demo site on http://127.0.0.1:8000/) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test install install-dev lint migrate demo messages bench clean prod prod-stop resilience backup restore lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# From the locks only: every package of the whole set pinned and checked against its hash.
$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements.lock requirements-dev.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
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

# Two test processes by default (the suite's own databases per process); PYTEST_ARGS= runs one.
# Not --dist worksteal: a stolen test can run after a transactional test emptied that process's
# database, out of the order pytest-django sets (database tests first).
PYTEST_ARGS ?= -n 2

test: lint
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

# Time every kind of page and API answer on gunicorn with N publications (docs/benchmarks.md).
# Redis from REDIS_URL; PostgreSQL when DATABASE_URL is set, else a SQLite file per N.
N ?= 10000
REQUESTS ?= 200
bench: install
	@test -n "$$REDIS_URL" || { echo "make bench needs REDIS_URL: its app server runs several workers, which share one cache"; exit 1; }
	DJANGO_SETTINGS_MODULE=cms.settings.production SECRET_KEY=bench-only-not-secret DEBUG=0 \
	SECURE_SSL_REDIRECT=0 ALLOWED_HOSTS=127.0.0.1,localhost,mwpn.localhost \
	DATABASE_URL=$${DATABASE_URL:-sqlite:///$(CURDIR)/bench-$(N).sqlite3} \
	$(MANAGE) bench --publications $(N) --requests $(REQUESTS)

# Refresh the Burmese catalogue of the templates after changing their text (needs GNU gettext).
messages: install
	$(MANAGE) makemessages -l my --no-location --ignore=.venv --ignore=tests --ignore=staticfiles --ignore=media
	$(MANAGE) compilemessages -l my --ignore=.venv

clean:
	rm -rf $(VENV) $(VENV)-lock staticfiles test-artifacts .pytest_cache .ruff_cache

# The production topology on this machine, loopback only (deploy/local/prod): nginx on
# 127.0.0.1:8480 -> two gunicorn app servers -> PostgreSQL and Redis. State in /tmp/hluttaw-prod.
prod: install
	deploy/local/prod start

prod-stop:
	deploy/local/prod stop

# 100 clients for 60 s against `make prod` while workers, an app server, Redis and
# PostgreSQL fail; exits non-zero if a submission is lost or duplicated or a 500 is seen.
resilience:
	@deploy/local/prod status | grep -q '"database": "ok"' || { echo "Start it first: make prod"; exit 1; }
	set -a && . "$$(deploy/local/prod env)" && set +a && $(BIN)/python deploy/resilience.py

# The database (pg_dump, or a copy of SQLite) and the media in one archive under backups/.
backup: install
	$(MANAGE) backup --output-dir $(or $(BACKUP_DIR),backups)

restore: install
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/hluttaw-....tar.gz"; exit 2; }
	$(MANAGE) restore "$(FILE)"

# Regenerate the locks after editing requirements.txt or requirements-dev.txt (see README).
PIP_TOOLS := pip-tools==7.6.2
LOCK_FLAGS := --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-find-links --no-emit-index-url --no-emit-trusted-host
lock:
	test -x $(VENV)-lock/bin/pip-compile || { $(PYTHON) -m venv $(VENV)-lock && $(VENV)-lock/bin/pip install --quiet $(PIP_TOOLS); }
	$(VENV)-lock/bin/pip-compile $(LOCK_FLAGS) --output-file requirements.lock requirements.txt
	$(VENV)-lock/bin/pip-compile $(LOCK_FLAGS) --output-file requirements-dev.lock requirements-dev.txt

