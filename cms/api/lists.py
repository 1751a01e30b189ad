"""Helpers every endpoint uses to answer one object or a page of a list."""

from cms.api.errors import not_found
from cms.api.params import MAX_ID
from cms.cache_keys import site_for_request
from cms.cached_objects import cached_count
from cms.content_cache import cached_each


def by_id(queryset, pk, message):
    """The object with this id, or a 404 with ``message``.

    Not kept apart from the answer: the answer naming it is stored whole (``http``).
    """
    found = queryset.filter(pk=pk).first() if pk <= MAX_ID else None
    if found is None:
        raise not_found(message)
    return found


def listed(rows, params, serialize):
    """A page of ``rows``: ``{"meta": {total_count, limit, offset}, "items": [...]}``.

    ``rows`` is a queryset, or a tuple already in memory. A queryset's count is kept per
    content version (every offset shares it); the page's rows are not: its answer is stored
    whole, and a deep page, never stored, must not leave rows behind.
    """
    limit, offset = params.pagination()
    total = len(rows) if isinstance(rows, tuple) else cached_count(rows)
    return {
        "meta": {"total_count": total, "limit": limit, "offset": offset},
        "items": serialize(list(rows[offset : offset + limit])),
    }


def kept_items(name, request, ids, build):
    """The items of ``ids`` in their order, each serialized once per content version.

    ``build(ids) -> {id: item}`` serializes those not kept yet, so a list at a new offset
    or with other filters serializes only the rows no list showed before. An item holds
    absolute links made for the request's scheme and host: it is kept per scheme and site,
    and only for a site's own host (as whole answers are, ``http.endpoint``).
    """
    site = site_for_request(request)
    found = build(list(ids)) if site is None else cached_each(f"api-{name}", [request.scheme, site], ids, build)
    return [found[pk] for pk in ids if pk in found]
