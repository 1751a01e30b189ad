"""The database's own full-text index over the entries' tokens, in the dialect of each database.

The tokens (English stems and words, Burmese syllables, ``¶`` at boundaries) are made in
Python (``segmentation``) and stored in ``SearchEntry``; the database indexes them as
they are, without parsing text of its own:

- PostgreSQL: ``stems_vector`` and ``words_vector`` are ``tsvector`` columns generated
  from the token columns (token *n* at position *n*, title tokens weighted ``A``, the
  boundary token left out so a phrase cannot span it), with GIN indexes.
- SQLite: ``search_fts`` is an FTS5 table over the token columns (``ascii`` tokenizer:
  every non-ASCII character is part of a token, so a Burmese syllable stays whole),
  kept in step with ``search_searchentry`` by triggers.

A term is a sequence of tokens that must be adjacent (a phrase); a prefix term also
matches a word starting with its last word. Ranking is the database's: ``ts_rank``
(title weight A against D) or FTS5's ``bm25`` (title column weighed five times).
"""

from django.db import connections
from django.db.models import FloatField
from django.db.models.expressions import RawSQL

ENTRY_TABLE = "search_searchentry"
FTS_TABLE = "search_fts"
# PostgreSQL keeps positions up to 16383; later tokens are left out rather than piled
# onto the last position, where they would seem adjacent to each other.
MAX_POSITION = 16383
TITLE_WEIGHT = 5.0
BM25 = f"-bm25({FTS_TABLE}, {TITLE_WEIGHT}, 1.0, 0.0)"


def matching(entries, terms):
    """``entries`` holding every term, annotated with ``score`` (higher is better)."""
    if connections[entries.db].vendor == "postgresql":
        return _postgres_matching(entries, terms)
    return _sqlite_matching(entries, terms)


# PostgreSQL ---------------------------------------------------------------


def _lexeme(token):
    escaped = token.replace("\\", "\\\\").replace("'", "''")
    return f"'{escaped}'"


def tsquery(term):
    """The tsquery literal of a term's stems: adjacent lexemes."""
    return " <-> ".join(_lexeme(stem) for stem in term.stems)


def _postgres_matching(entries, terms):
    where, params = [], []
    for term in terms:
        condition = f"{ENTRY_TABLE}.stems_vector @@ %s::tsquery"
        params.append(tsquery(term))
        if term.prefix:
            condition = f"({condition} OR {ENTRY_TABLE}.words_vector @@ %s::tsquery)"
            params.append(f"{_lexeme(term.words[-1])}:*")
        where.append(condition)
    score = " + ".join(f"ts_rank({ENTRY_TABLE}.stems_vector, %s::tsquery)" for _ in terms)
    return entries.extra(where=where, params=params).annotate(  # noqa: S610 (visitor text only in params)
        score=RawSQL(score, [tsquery(term) for term in terms], output_field=FloatField())  # noqa: S611
    )


# SQLite -------------------------------------------------------------------


def _phrase(tokens):
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def fts5_expression(terms):
    """An FTS5 MATCH expression: every term as a quoted phrase, so no text is syntax."""
    parts = []
    for term in terms:
        part = "{title_stems stems} : " + _phrase(term.stems)
        if term.prefix:
            part = f"({part} OR words : {_phrase(term.words[-1:])} *)"
        parts.append(part)
    return " AND ".join(parts)


def _sqlite_matching(entries, terms):
    return entries.extra(  # noqa: S610 (visitor text only in params)
        tables=[FTS_TABLE],
        where=[f"{FTS_TABLE}.rowid = {ENTRY_TABLE}.page_id", f"{FTS_TABLE} MATCH %s"],
        params=[fts5_expression(terms)],
    ).annotate(score=RawSQL(BM25, [], output_field=FloatField()))  # noqa: S611 (constant SQL)


# Schema -------------------------------------------------------------------

POSTGRES_SCHEMA = [
    f"""
    CREATE FUNCTION search_token_vector(tokens text, title_tokens text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(string_agg(
          chr(39) || replace(replace(token, chr(92), chr(92) || chr(92)), chr(39), chr(39) || chr(39)) || chr(39)
          || ':' || position || CASE WHEN position <= title_count THEN 'A' ELSE '' END, ' '), '')::tsvector
      FROM unnest(string_to_array(btrim(tokens), ' ')) WITH ORDINALITY AS t(token, position),
           (SELECT coalesce(array_length(string_to_array(btrim(title_tokens), ' '), 1), 0) AS title_count) AS c
      WHERE token NOT IN ('', '¶') AND position <= {MAX_POSITION}
    $$
    """,
    f"""ALTER TABLE {ENTRY_TABLE}
        ADD COLUMN stems_vector tsvector GENERATED ALWAYS AS (search_token_vector(stems, title_stems)) STORED,
        ADD COLUMN words_vector tsvector GENERATED ALWAYS AS (search_token_vector(words, '')) STORED""",
    f"CREATE INDEX search_entry_stems_gin ON {ENTRY_TABLE} USING gin (stems_vector)",
    f"CREATE INDEX search_entry_words_gin ON {ENTRY_TABLE} USING gin (words_vector)",
]
POSTGRES_SCHEMA_REMOVAL = [
    f"ALTER TABLE {ENTRY_TABLE} DROP COLUMN stems_vector, DROP COLUMN words_vector",
    "DROP FUNCTION search_token_vector(text, text)",
]

_FTS_COLUMNS = "title_stems, stems, words"
_FTS_OLD = "'delete', old.page_id, old.title_stems, old.stems, old.words"
_FTS_NEW = "new.page_id, new.title_stems, new.stems, new.words"
SQLITE_SCHEMA = [
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_FTS_COLUMNS},
        content='{ENTRY_TABLE}', content_rowid='page_id', tokenize='ascii')""",
    f"""CREATE TRIGGER search_fts_insert AFTER INSERT ON {ENTRY_TABLE} BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {_FTS_COLUMNS}) VALUES ({_FTS_NEW}); END""",
    f"""CREATE TRIGGER search_fts_delete AFTER DELETE ON {ENTRY_TABLE} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_FTS_COLUMNS}) VALUES ({_FTS_OLD}); END""",
    f"""CREATE TRIGGER search_fts_update AFTER UPDATE ON {ENTRY_TABLE} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_FTS_COLUMNS}) VALUES ({_FTS_OLD});
        INSERT INTO {FTS_TABLE}(rowid, {_FTS_COLUMNS}) VALUES ({_FTS_NEW}); END""",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]
SQLITE_SCHEMA_REMOVAL = [
    "DROP TRIGGER search_fts_insert",
    "DROP TRIGGER search_fts_delete",
    "DROP TRIGGER search_fts_update",
    f"DROP TABLE {FTS_TABLE}",
]


def create_schema(schema_editor):
    statements = POSTGRES_SCHEMA if schema_editor.connection.vendor == "postgresql" else SQLITE_SCHEMA
    for statement in statements:
        schema_editor.execute(statement)


def remove_schema(schema_editor):
    removal = POSTGRES_SCHEMA_REMOVAL if schema_editor.connection.vendor == "postgresql" else SQLITE_SCHEMA_REMOVAL
    for statement in removal:
        schema_editor.execute(statement)
