"""The database's own full-text index over the entries' tokens, in the dialect of each database.

The tokens (English stems and words, Burmese syllables, ``¶`` at boundaries) are made in
Python (``segmentation``) and stored in ``SearchEntry``; the database indexes them as
they are, without parsing text of its own:

- PostgreSQL: ``stems_vector`` and ``words_vector`` are ``tsvector`` columns with GIN
  indexes, written with each entry from its token columns (``TokenVectorField``: token
  *n* at position *n*, title tokens weighted ``A``, the boundary token left out so a
  phrase cannot span it). The vector's text is made in Python and read by PostgreSQL's
  own ``tsvector`` input, several times faster than making it in SQL. On SQLite these
  columns stay empty.
- SQLite: ``search_fts`` is an FTS5 table over the token columns (``ascii`` tokenizer:
  every non-ASCII character is part of a token, so a Burmese syllable stays whole),
  kept in step with ``search_searchentry`` by triggers.

A term is a sequence of tokens that must be adjacent (a phrase); a prefix term also
matches a word starting with its last word. Ranking is the database's: ``ts_rank``
(title weight A against D) or FTS5's ``bm25`` (title column weighed five times).
"""

from functools import partial
from typing import NamedTuple

from django.db import connections, models
from django.db.models import FloatField
from django.db.models.expressions import RawSQL

from search.segmentation import BOUNDARY

ENTRY_TABLE = "search_searchentry"
FTS_TABLE = "search_fts"
# PostgreSQL keeps positions up to 16383; later tokens are left out rather than piled
# onto the last position, where they would seem adjacent to each other.
MAX_POSITION = 16383
# PostgreSQL refuses a lexeme over 2,046 bytes, or a vector written with over 1 MiB of lexemes,
# and with it the whole entry: such a "word" is not searched for, such a text only in part.
MAX_LEXEME_BYTES = 2046
MAX_VECTOR_BYTES = 1_048_575
SURELY_SHORT = MAX_LEXEME_BYTES // 4  # characters: at most 4 bytes each in UTF-8
TITLE_WEIGHT = 5.0
BM25 = f"-bm25({FTS_TABLE}, {TITLE_WEIGHT}, 1.0, 0.0)"


def matching(entries, terms):
    """``entries`` holding every term, annotated with ``score`` (higher is better)."""
    if connections[entries.db].vendor == "postgresql":
        return _postgres_matching(entries, terms)
    return _sqlite_matching(entries, terms)


# PostgreSQL ---------------------------------------------------------------


def _lexeme(token):
    if "'" in token or "\\" in token:
        token = token.replace("\\", "\\\\").replace("'", "''")
    return f"'{token}'"


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


# Vectors ------------------------------------------------------------------


def vector_literal(tokens, title_tokens=" "):
    """The ``tsvector`` input of padded ``tokens``: each at its position, the first ``title_tokens`` weighted A.

    Written for speed (a rebuild makes millions of lexemes): quotes are escaped once for
    the whole text, and the title's lexemes and the others' are made in separate passes.
    """
    if "'" in tokens or "\\" in tokens:
        tokens = tokens.replace("\\", "\\\\").replace("'", "''")
    words = tokens.strip(" ").split(" ")[:MAX_POSITION]
    if max(map(len, words)) > SURELY_SHORT:
        # Emptied in place, so the words after keep their positions.
        words = [word if len(word.encode()) <= MAX_LEXEME_BYTES else "" for word in words]
    if len(tokens) > MAX_VECTOR_BYTES // 4:
        words = _within_vector_size(words)
    title_count = len(title_tokens.split())
    title = [f"'{word}':{at}A" for at, word in enumerate(words[:title_count], 1) if word and word != BOUNDARY]
    text = enumerate(words[title_count:], title_count + 1)
    return " ".join(title + [f"'{word}':{at}" for at, word in text if word and word != BOUNDARY])


def _within_vector_size(words):
    """``words`` up to the one that would take the vector's text past PostgreSQL's size (repeats count)."""
    size = 0
    for count, word in enumerate(words):
        size += len(word.encode())
        if size > MAX_VECTOR_BYTES:
            return words[:count]
    return words


class VectorSource(NamedTuple):
    tokens: str
    title_tokens: str


class TokenVectorField(models.TextField):
    """PostgreSQL's ``tsvector`` of a token column of the same row, made whenever the row is written.

    ``tokens`` and ``title_tokens`` name the columns it is made of. On other databases
    the column is plain text and left empty.
    """

    def __init__(self, *args, tokens="", title_tokens=None, **kwargs):
        self.tokens, self.title_tokens = tokens, title_tokens
        kwargs.update(null=True, editable=False)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.update(tokens=self.tokens, title_tokens=self.title_tokens)
        for made_here in ("null", "editable"):
            kwargs.pop(made_here, None)
        return name, path, args, kwargs

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"

    def source(self, column):
        """The token columns it is made of, each read by ``column(name)``."""
        title = column(self.title_tokens) if self.title_tokens else " "
        return VectorSource(column(self.tokens), title)

    def pre_save(self, model_instance, add):
        """The token columns it is made of; the vector's text is made only for PostgreSQL."""
        return self.source(partial(getattr, model_instance))

    def get_db_prep_value(self, value, connection, prepared=False):
        if connection.vendor != "postgresql":
            return None
        return vector_literal(*value) if isinstance(value, VectorSource) else value


# Schema -------------------------------------------------------------------

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
    """SQLite's FTS5 table and the triggers keeping it in step (PostgreSQL's index is in the migrations)."""
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_SCHEMA:
            schema_editor.execute(statement)


def remove_schema(schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_SCHEMA_REMOVAL:
            schema_editor.execute(statement)
