"""Keeping the search index in step with public content.

A page is in the index while it is live and public. Every save of a page re-reads
its row, which holds the live content (a draft lives in revisions, never in the row):
publishing, translation syncs and imports write the entry, unpublishing removes it,
and a draft saved on a live page leaves the live text indexed. Publishing indexes once
more when done, as a page's inline children (its documents) are saved after its row.
Deleting a page deletes its entry; moving a page or changing a view restriction
re-indexes the pages below. Inside a ``deferred()`` block (a bulk import) each page
changed is indexed once, at the end. Pages inserted in bulk, without saves or signals,
are indexed by ``index_created``: this index, Wagtail's search index and its reference
index, a few statements per chunk of pages.
"""

import multiprocessing
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from operator import itemgetter

from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections, transaction
from django.db.models import prefetch_related_objects
from django.db.models.signals import post_save
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler as wagtail_search_on_save
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.content_cache import bump_content_version
from cms.pages import SITE_ROOT_DEPTH
from cms.restrictions import live_public_pages
from search.fulltext import TokenVectorField
from search.segmentation import BOUNDARY_PAIR, normalize, padded, tokens

PAGE_KIND = "page"
INDEX_CHUNK = 500
# Processes making a rebuild's entries while this one writes them. On two cores, two were faster than
# one and no slower than three; each holds a database connection while the rebuild runs.
REBUILD_WORKERS = 2
ENTRY_FIELDS = [
    "locale",
    "site_root_path",
    "kind",
    "title",
    "text",
    "date",
    "title_stems",
    "stems",
    "words",
    "indexed_at",
    "stems_vector",
    "words_vector",
]


def page_text(page):
    """The plain text of a page's search fields (its title apart), one field a line.

    Rich text and StreamField give their text through Wagtail's ``get_searchable_content``.
    """
    parts = []
    for field in page.search_fields:
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = getattr(page, field.field_name, None)
        if callable(value):
            value = value()
        model_field = _model_field(page, field.field_name)
        if model_field is not None and hasattr(model_field, "get_searchable_content"):
            parts += [str(part) for part in model_field.get_searchable_content(value)]
        elif value:
            parts.append(str(value))
    return normalize("\n".join(part.strip() for part in parts if part))


def _model_field(page, name):
    try:
        return page._meta.get_field(name)
    except Exception:
        return None


def entry_values(page):
    """The index row of a (specific) page."""
    text = page_text(page)
    title_tokens = tokens(page.title)
    every_token = [*title_tokens, BOUNDARY_PAIR, *tokens(text)]
    return {
        "locale_id": page.locale_id,
        "site_root_path": page.path[: page.steplen * SITE_ROOT_DEPTH],
        "kind": getattr(page, "publication_type", PAGE_KIND),
        "title": page.title,
        "text": text,
        "date": getattr(page, "date", None),
        "title_stems": padded(map(itemgetter(1), title_tokens)),
        "stems": padded(map(itemgetter(1), every_token)),
        "words": padded(map(itemgetter(0), every_token)),
    }


def _chunks(values, size=INDEX_CHUNK):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


def index_pages(page_ids):
    """Write the entries of the given pages as they now stand, removing those no longer live and public."""
    from search.models import SearchEntry

    for chunk in _chunks(set(page_ids)):
        pages = _pages_to_index(chunk)
        SearchEntry.objects.filter(page_id__in=chunk).exclude(page_id__in=[page.pk for page in pages]).delete()
        write_entries(pages)


def _pages_to_index(page_ids):
    """The live, public pages among ``page_ids``, with what their search fields read."""
    pages = _shown_pages(page_ids)
    _prefetch_for_search(pages)
    return pages


def _shown_pages(page_ids):
    """Those of the pages that are live and public, as their own page types, one query per type.

    Like ``.specific()``, without first making a plain ``Page`` of each (a third of a rebuild's reading).
    """
    ids_by_type = defaultdict(list)
    shown = live_public_pages().filter(pk__in=page_ids, depth__gt=1).values_list("pk", "content_type_id")
    for pk, content_type_id in shown:
        ids_by_type[content_type_id].append(pk)
    pages = []
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and model is not Page:
            pages += model.objects.filter(pk__in=ids)
    return pages


def _prefetch_for_search(pages):
    """Fetch what the pages' search fields read of related rows (``search_prefetch`` on a page type) for all at once."""
    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for model, instances in by_model.items():
        prefetch_related_objects(instances, *getattr(model, "search_prefetch", ()))


def write_entries(pages):
    """Write the entries of these specific pages as they are in memory, in one statement.

    The caller has checked that they are live and public.
    """
    from search.models import SearchEntry

    SearchEntry.objects.bulk_create(
        [SearchEntry(page_id=page.pk, **entry_values(page)) for page in pages],
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=ENTRY_FIELDS,
    )


def index_created(pages, others=()):
    """Index pages just inserted in bulk, as they are in memory, in every index a save would update.

    ``pages`` are specific instances, saved, with their inline children (documents) set
    on them and saved too, so nothing is read back but which of them are live and public.
    ``others`` are other objects inserted with them (their documents), which Wagtail's
    indexes hold too. Each chunk costs a few statements whatever its size: one for this
    index, one per model and Wagtail search backend (admin search) and one for Wagtail's
    reference index.
    """
    for chunk in _chunks(pages):
        shown = set(
            live_public_pages().filter(pk__in=[page.pk for page in chunk], depth__gt=1).values_list("pk", flat=True)
        )
        write_entries([page for page in chunk if page.pk in shown])
    for chunk in _chunks([*pages, *others]):
        _add_to_wagtail_search(chunk)
        _add_references([item for item in chunk if ReferenceIndex.is_indexed(type(item))])
    if pages or others:
        bump_content_version()  # searches ranked before these entries are not read again


def _add_to_wagtail_search(objects):
    by_model = defaultdict(list)
    for item in objects:
        by_model[type(item)].append(item)
    indexed = set(index.get_indexed_models())
    for model, instances in by_model.items():
        if model in indexed:
            prefetch_related_objects(instances, *_related_fields(model))
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, instances)


def _related_fields(model):
    """What the search backends read of related objects (a document's tags): fetched once per chunk, not per object."""
    return [field.field_name for field in model.get_search_fields() if isinstance(field, index.RelatedFields)]


def _add_references(objects):
    """Wagtail's reference index rows of new objects (what ``create_or_update_for_object`` writes
    for an object with no rows yet), with Wagtail's own helpers and one insert."""
    rows = []
    for obj in objects:
        content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        base_content_type = ReferenceIndex._get_base_content_type(obj)
        rows += [
            ReferenceIndex(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=obj.pk,
                to_content_type_id=to_content_type_id,
                to_object_id=to_object_id,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
            )
            for to_content_type_id, to_object_id, model_path, content_path in set(
                ReferenceIndex._extract_references_from_object(obj)
            )
        ]
    ReferenceIndex.objects.bulk_create(rows, ignore_conflicts=True)


_pending = ContextVar("search_index_pending", default=None)


@contextmanager
def deferred():
    """Inside the block, pages that change are indexed once each, when it ends without an error.

    A bulk import saves a page several times (created, revision, published), and each
    save would update this index, Wagtail's search index (admin search) and Wagtail's
    reference index. Wagtail's two are switched off meanwhile by disconnecting their
    signal handlers, which holds for the whole process: use it in commands, not in
    request handling.
    """
    if _pending.get() is not None:  # an outer block indexes
        yield
        return
    pending = set()
    token = _pending.set(pending)
    try:
        with _wagtail_indexes_paused():
            yield
    finally:
        _pending.reset(token)
    index_pages(pending)
    _update_wagtail_indexes(pending)
    bump_content_version()  # searches ranked while the index was behind are not read again


@contextmanager
def _wagtail_indexes_paused():
    models = [model for model in index.get_indexed_models() if issubclass(model, Page)]
    for model in models:
        post_save.disconnect(wagtail_search_on_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(wagtail_search_on_save, sender=model)


def _update_wagtail_indexes(page_ids):
    for chunk in _chunks(page_ids):
        for page in Page.objects.filter(pk__in=chunk).specific():
            index.insert_or_update_object(page)
            ReferenceIndex.create_or_update_for_object(page)


def update(page_ids):
    """Index these pages now, or at the end of the enclosing ``deferred()`` block."""
    pending = _pending.get()
    if pending is None:
        index_pages(page_ids)
    else:
        pending.update(page_ids)


def _subtree_ids(page):
    return Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)


def rebuild(progress=None):
    """Index every page afresh; returns the number of entries. ``progress(n)`` is told of each chunk done.

    One transaction: searches read the old entries until the new ones commit. On PostgreSQL, worker
    processes make the entries (``_entry_rows_map``) while this one writes them.
    """
    from search.models import SearchEntry

    with _entry_rows_map() as entry_rows_map, transaction.atomic(), connection.cursor() as cursor:
        # In SQL: Django would first read every entry back to send deletion signals no one needs here.
        cursor.execute(f"DELETE FROM {SearchEntry._meta.db_table}")  # noqa: S608 (the model's own table)
        page_ids = list(live_public_pages().filter(depth__gt=1).values_list("pk", flat=True))
        chunks = list(_chunks(page_ids))
        write = _upsert_entries if connection.vendor == "postgresql" else _create_entries
        for chunk, rows in zip(chunks, entry_rows_map(_entry_rows, chunks), strict=True):
            write(rows)
            if progress is not None:
                progress(len(chunk))
        bump_content_version()  # rankings made from the old entries are not read again
    return SearchEntry.objects.count()


@contextmanager
def _entry_rows_map():
    """``map`` over forked worker processes on PostgreSQL outside a transaction, else the builtin ``map``.

    The workers only read pages, each on a connection of its own: the database connections
    are closed before forking, so no worker inherits (and talks over) this process's.
    Inside a transaction (a test) a worker would not see its uncommitted pages; on SQLite a
    long write transaction locks readers out, so both make the entries here.
    """
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield map
        return
    connections.close_all()
    with multiprocessing.get_context("fork").Pool(REBUILD_WORKERS) as pool:
        yield pool.imap


def _entry_rows(page_ids):
    """The entries of the live, public pages among ``page_ids`` as rows (column: value), vectors made."""
    from search.models import SearchEntry

    vector_fields = [field for field in SearchEntry._meta.concrete_fields if isinstance(field, TokenVectorField)]
    rows = []
    for page in _pages_to_index(page_ids):
        row = {"page_id": page.pk, **entry_values(page)}
        for field in vector_fields:
            row[field.attname] = field.get_db_prep_value(field.source(row.__getitem__), connection)
        rows.append(row)
    return rows


def _create_entries(rows):
    """On SQLite, the rows inserted as entries: no other writer can have added one since the rebuild
    emptied the table, as SQLite's write lock is held from then to the commit."""
    from search.models import SearchEntry

    SearchEntry.objects.bulk_create([SearchEntry(**row) for row in rows])


def _upsert_entries(rows):
    """On PostgreSQL, ``write_entries``'s upsert for rows made already: one prepared statement, sent for
    every row at once (psycopg's pipeline).

    Several times cheaper than ``bulk_create``, where Django preparing every value of every row took
    as long as PostgreSQL writing them. A cursor binding on the server: Django's puts the values in
    the SQL text.
    """
    from psycopg import Cursor  # not imported where SQLite is the only database

    from search.models import SearchEntry

    columns = [field.column for field in SearchEntry._meta.concrete_fields if field.name != "indexed_at"]
    updates = ", ".join(f"{column} = EXCLUDED.{column}" for column in [*columns, "indexed_at"] if column != "page_id")
    sql = (
        f"INSERT INTO {SearchEntry._meta.db_table} ({', '.join(columns)}, indexed_at) "  # noqa: S608 (the model's own)
        f"VALUES ({', '.join(['%s'] * len(columns))}, now()) ON CONFLICT (page_id) DO UPDATE SET {updates}"
    )
    with Cursor(connection.connection) as cursor:
        cursor.executemany(sql, [[row[column] for column in columns] for row in rows])


def _on_published(sender, instance, **kwargs):
    """After publishing: the page's inline children (documents) are saved only after its row."""
    update([instance.pk])


def _on_page_saved(sender, instance, raw=False, **kwargs):
    if not raw and isinstance(instance, Page):
        update([instance.pk])


def _on_moved(sender, instance, **kwargs):
    update(_subtree_ids(instance))


def _on_restriction_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        update(_subtree_ids(page))


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, post_page_move

    post_save.connect(_on_page_saved, dispatch_uid="search-index-page-saved")
    page_published.connect(_on_published, dispatch_uid="search-index-published")
    post_page_move.connect(_on_moved, dispatch_uid="search-index-moved")
    post_save.connect(_on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-index-restriction")
    post_delete.connect(_on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-index-unrestrict")
