"""Helpers every endpoint uses to answer one object or a page of a list."""

from cms.api.errors import not_found
from cms.api.params import MAX_ID
from cms.cached_objects import cached_count, cached_rows


def by_id(queryset, pk, message):
    """The object with this id, or a 404 with ``message``.

    ``queryset``, like ``listed``'s, is of content: its rows are kept per content version
    (``cms.cached_objects.cached_rows``).
    """
    found = cached_rows(queryset.filter(pk=pk)[:1]) if pk <= MAX_ID else None
    if not found:
        raise not_found(message)
    return found[0]


def listed(queryset, params, serialize):
    """A page of ``queryset``: ``{"meta": {total_count, limit, offset}, "items": [...]}``."""
    limit, offset = params.pagination()
    items = cached_rows(queryset[offset : offset + limit])
    return {
        "meta": {"total_count": cached_count(queryset), "limit": limit, "offset": offset},
        "items": serialize(items),
    }
