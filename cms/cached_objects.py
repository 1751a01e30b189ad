"""Model instances kept per content version, so a page naming them by id loads none it loaded before.

The ids a page shows (the page a path routes to, the newest publications, a page's
neighbours, a page of a listing) are kept per content version already; this keeps the
rows they name too. Each instance is kept as loaded, before anything reads related rows
through it, and every reader gets its own copy.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet
from django.db.models import QuerySet

from cms.by_ids import instances_by_id
from cms.content_cache import cached, cached_each


def cached_objects(model, ids, fields=()):
    """The instances of ``model`` with these ids, in their order, leaving out any that does not exist.

    Read from the cache at the current content version; the others are loaded in one
    query and kept. ``model``'s default manager filters nothing: the ids are the caller's choice.
    With ``fields``, only those are loaded (and kept apart from whole instances): any other
    field read later costs a query per instance, so they must be all the callers read.
    """
    name = [model._meta.label_lower, *fields]
    found = cached_each("object", name, ids, lambda missing: instances_by_id(model, missing, fields))
    return [found[pk] for pk in ids if pk in found]


def cached_page(name, parts, find):
    """The specific page ``find()`` returns (or None), named by ``name`` and ``parts`` per content version.

    Which page it is (its type and id) is kept with ``cached``, the page with ``cached_objects``.
    """
    found = cached(name, parts, lambda: _page_identity(find()))
    return cached_specific_page(*found) if found else None


def cached_specific_page(content_type_id, pk):
    """The page with this id as its own type (``content_type_id``), from ``cached_objects``; None if gone."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    pages = cached_objects(model, [pk]) if model is not None else []
    return pages[0] if pages else None


def _page_identity(page):
    """``(content type id, id)`` of a page, or an empty tuple (which ``cached`` keeps, unlike None)."""
    return (page.content_type_id, page.pk) if page is not None else ()


def prime(instance, field_name):
    """Set the object ``instance``'s foreign key ``field_name`` points to from the cache, unless already read.

    Templates then read it without a query.
    """
    field = instance._meta.get_field(field_name)
    target_id = getattr(instance, field.attname)
    if target_id is None or field.is_cached(instance):
        return
    targets = cached_objects(field.related_model, [target_id])
    if targets:
        setattr(instance, field_name, targets[0])


def cached_rows(queryset):
    """``list(queryset)``, kept per content version under its SQL.

    Only for querysets of what moves the version on when it changes (pages, terms,
    media, sites, signatures that can show), never of the rest of what visitors send.
    """
    digest = _digest(queryset)
    return [] if digest is None else cached("rows", [digest], lambda: list(queryset.all()))  # never its result cache


def cached_relation(instance, name, rows):
    """``list(rows)``, the related rows ``name`` of ``instance`` (a page's topics, its files), kept per content version.

    Named by the instance and the relation, not by their SQL, which costs as much to write
    as to run. Rows already read (a prefetch) are used as they are, and so are a draft's
    relations held in memory for a preview (not a queryset at all): those are never kept.
    """
    if reads_database(rows) and instance.pk is not None:
        return cached("relation", [instance._meta.label_lower, instance.pk, name], lambda: list(rows.all()))
    return list(rows)


def reads_database(rows):
    """Whether ``rows`` are still to be read from the database: not prefetched, not held in memory."""
    return isinstance(rows, QuerySet) and rows._result_cache is None


def cached_count(queryset):
    """``queryset.count()``, kept like ``cached_rows``."""
    digest = _digest(queryset)
    return 0 if digest is None else cached("count", [digest], lambda: queryset.all().count())


def _digest(queryset):
    """A digest of the queryset's SQL, or None when it can match nothing (``pk__in=[]``: no SQL is made)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    return hashlib.sha256(repr((queryset.model._meta.label, sql, params)).encode()).hexdigest()[:32]
