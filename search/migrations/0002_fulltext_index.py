"""The database's full-text index over the search entries' tokens (see ``search.fulltext``).

SQLite rebuilds a table when Django alters its columns, which drops its triggers: a later
migration that alters ``SearchEntry`` on SQLite must run ``remove_schema`` before and
``create_schema`` after.
"""

from django.db import migrations

from search import fulltext


def forwards(apps, schema_editor):
    fulltext.create_schema(schema_editor)


def backwards(apps, schema_editor):
    fulltext.remove_schema(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
