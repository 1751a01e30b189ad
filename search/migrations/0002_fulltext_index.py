"""The database's full-text index over the search entries' tokens (see ``search.fulltext``).

On PostgreSQL this migration made the vectors generated columns, computed by a SQL
function; 0003 turns them into plain columns the application writes. The statements are
kept here as they ran. SQLite rebuilds a table when Django alters its columns, which
drops its triggers: a later migration that alters ``SearchEntry`` on SQLite must run
``remove_schema`` before and ``create_schema`` after.
"""

from django.db import migrations

from search import fulltext

TABLE = "search_searchentry"
GENERATED_VECTORS = [
    """
    CREATE FUNCTION search_token_vector(tokens text, title_tokens text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(string_agg(
          chr(39) || replace(replace(token, chr(92), chr(92) || chr(92)), chr(39), chr(39) || chr(39)) || chr(39)
          || ':' || position || CASE WHEN position <= title_count THEN 'A' ELSE '' END, ' '), '')::tsvector
      FROM unnest(string_to_array(btrim(tokens), ' ')) WITH ORDINALITY AS t(token, position),
           (SELECT coalesce(array_length(string_to_array(btrim(title_tokens), ' '), 1), 0) AS title_count) AS c
      WHERE token NOT IN ('', '¶') AND position <= 16383
    $$
    """,
    f"""ALTER TABLE {TABLE}
        ADD COLUMN stems_vector tsvector GENERATED ALWAYS AS (search_token_vector(stems, title_stems)) STORED,
        ADD COLUMN words_vector tsvector GENERATED ALWAYS AS (search_token_vector(words, '')) STORED""",
    f"CREATE INDEX search_entry_stems_gin ON {TABLE} USING gin (stems_vector)",
    f"CREATE INDEX search_entry_words_gin ON {TABLE} USING gin (words_vector)",
]
GENERATED_VECTORS_REMOVAL = [
    f"ALTER TABLE {TABLE} DROP COLUMN stems_vector, DROP COLUMN words_vector",
    "DROP FUNCTION search_token_vector(text, text)",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in GENERATED_VECTORS:
            schema_editor.execute(statement)
    fulltext.create_schema(schema_editor)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in GENERATED_VECTORS_REMOVAL:
            schema_editor.execute(statement)
    fulltext.remove_schema(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
