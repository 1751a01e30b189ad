"""Helpers every endpoint uses to answer one object or a page of a list."""

from cms.api.errors import not_found
from cms.api.params import MAX_ID


def by_id(queryset, pk, message):
    """The object with this id, or a 404 with ``message``."""
    found = queryset.filter(pk=pk).first() if pk <= MAX_ID else None
    if found is None:
        raise not_found(message)
    return found


def listed(queryset, params, serialize):
    """A page of ``queryset``: ``{"meta": {total_count, limit, offset}, "items": [...]}``."""
    limit, offset = params.pagination()
    items = list(queryset[offset : offset + limit])
    return {
        "meta": {"total_count": queryset.count(), "limit": limit, "offset": offset},
        "items": serialize(items),
    }
