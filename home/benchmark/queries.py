"""SQL queries of one request, counted in this process against the same database."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.content_cache import bump_content_version


def count(target, cached):
    """Queries of the request the load sends for ``target``, after one request has warmed the caches.

    The load has asked every URL of an uncached API target by now, so the API cache holds
    them all: the content version is moved on first, the first URL warms the data caches
    at the new version and the second, not asked since, is counted.
    """
    client = Client()
    if not cached and target.api:
        bump_content_version()
    warm_path, host, cookie = target.requests(cached, 1)[0]
    client.get(warm_path, HTTP_HOST=host, **_cookie(cookie))
    path, host, cookie = target.requests(cached, 2)[-1]
    with CaptureQueriesContext(connection) as queries:
        client.get(path, HTTP_HOST=host, **_cookie(cookie))
    return len(queries)


def _cookie(cookie):
    return {"HTTP_COOKIE": cookie} if cookie else {}
