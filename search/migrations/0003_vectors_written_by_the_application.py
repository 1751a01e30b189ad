"""The vectors become plain columns written with each entry (``search.fulltext.TokenVectorField``).

PostgreSQL keeps the values already computed (``DROP EXPRESSION``) and the GIN indexes;
the SQL function that computed them goes. SQLite gets two empty text columns, added in
place so its full-text triggers stay.
"""

import importlib

from django.db import migrations

import search.fulltext

TABLE = "search_searchentry"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE {TABLE} ALTER COLUMN stems_vector DROP EXPRESSION, ALTER COLUMN words_vector DROP EXPRESSION"
        )
        schema_editor.execute("DROP FUNCTION search_token_vector(text, text)")
    else:
        for column in ("stems_vector", "words_vector"):
            schema_editor.execute(f"ALTER TABLE {TABLE} ADD COLUMN {column} text NULL")


def backwards(apps, schema_editor):
    generated = importlib.import_module("search.migrations.0002_fulltext_index")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN stems_vector, DROP COLUMN words_vector")
        for statement in generated.GENERATED_VECTORS:
            schema_editor.execute(statement)
    else:
        for column in ("stems_vector", "words_vector"):
            schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN {column}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forwards, backwards)],
            state_operations=[
                migrations.AddField(
                    model_name="searchentry",
                    name="stems_vector",
                    field=search.fulltext.TokenVectorField(tokens="stems", title_tokens="title_stems"),
                ),
                migrations.AddField(
                    model_name="searchentry",
                    name="words_vector",
                    field=search.fulltext.TokenVectorField(tokens="words"),
                ),
            ],
        )
    ]
