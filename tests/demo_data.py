"""The demo sites for the tests that need them, made by ``load_demo`` once per test process.

Loading the demo takes more than a minute on PostgreSQL. The first test of a process that
asks for it runs ``load_demo`` and keeps the rows it made (Django's test serializer); later
ones empty the database and load those rows again, in seconds. Sequences are left as they
are, so rows created afterwards never take the id of a loaded one.

Only transactional tests (browser, moved models) use it: their database is emptied and
filled again between tests. Inside a ``TestCase`` transaction the restore is not faithful (the
translation report then counts 15 Burmese pages out of date instead of 1, and a second
restore can meet content types cached from the first), so the demo's own tests and the
benchmark's run ``load_demo`` themselves.
"""

from django.core.management import call_command
from django.db import connection

from cms.db_statistics import refresh_planner_statistics

_rows = {}


def load_demo_rows():
    """The database as ``load_demo`` leaves it. Call it before the test writes anything."""
    if "demo" in _rows:
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True, reset_sequences=False)
        connection.creation.deserialize_db_from_string(_rows["demo"])
        refresh_planner_statistics()  # autovacuum may have seen the tables empty in between
    else:
        call_command("load_demo", verbosity=0)
        _rows["demo"] = connection.creation.serialize_db_to_string()
