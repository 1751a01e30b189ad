"""SQL queries of one request, counted in this process against the same database."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def count(target, cached):
    """Queries of the request the load sends for ``target``, after one request has warmed the caches."""
    client = Client()
    warm_path, host, cookie = target.requests(cached, 1)[0]
    client.get(warm_path, HTTP_HOST=host, **_cookie(cookie))
    path, host, cookie = target.requests(cached, 2)[-1]
    with CaptureQueriesContext(connection) as queries:
        client.get(path, HTTP_HOST=host, **_cookie(cookie))
    return len(queries)


def _cookie(cookie):
    return {"HTTP_COOKIE": cookie} if cookie else {}
