"""A query that runs too long is cancelled by PostgreSQL: on app servers and in the tests."""

import os
import runpy
from pathlib import Path

import pytest
from django.db import OperationalError, connection, transaction

from cms.settings.base import limit_statement_time

ROOT = Path(__file__).resolve().parents[2]


def test_the_limit_is_a_postgresql_connection_option():
    postgres = {"ENGINE": "django.db.backends.postgresql"}
    sqlite = {"ENGINE": "django.db.backends.sqlite3"}
    unlimited = {"ENGINE": "django.db.backends.postgresql"}
    limit_statement_time(postgres, 25)
    limit_statement_time(sqlite, 25)
    limit_statement_time(unlimited, 0)

    assert postgres["OPTIONS"] == {"options": "-c statement_timeout=25s"}
    assert "OPTIONS" not in sqlite and "OPTIONS" not in unlimited


def test_app_servers_stop_a_query_before_their_worker_is_killed(monkeypatch):
    monkeypatch.delenv("DATABASE_STATEMENT_TIMEOUT", raising=False)
    monkeypatch.setenv("GUNICORN_TIMEOUT", "30")
    config = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))

    assert config["timeout"] == 30
    assert os.environ["DATABASE_STATEMENT_TIMEOUT"] == "25"


@pytest.mark.django_db
def test_a_runaway_query_in_the_tests_fails_as_an_outage_error():
    """PostgreSQL cancels it with an ``OperationalError``, the error pages answer with 503."""
    if connection.vendor != "postgresql":
        assert "options" not in connection.settings_dict.get("OPTIONS", {})
        return
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "2min"
        with pytest.raises(OperationalError, match="statement timeout"), transaction.atomic():
            cursor.execute("SET LOCAL statement_timeout = '50ms'")
            cursor.execute("SELECT pg_sleep(2)")
