"""Liveness and readiness probe for load balancers and uptime checks.

- database down: 503 ``{"status": "unavailable"}``; the app server cannot serve.
- cache down: 200 ``{"status": "degraded", "cache": "error"}``; pages are served from
  the database (slower, rate limits per process), so the server stays in rotation.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)
PROBE_KEY = "hluttaw:healthz"


@never_cache
@require_GET
def healthz(request):
    database, cache_ok = database_answers(), cache_answers()
    report = {
        "status": "ok" if database and cache_ok else "degraded" if database else "unavailable",
        "database": "ok" if database else "error",
        "cache": "ok" if cache_ok else "error",
    }
    return JsonResponse(report, status=200 if database else 503)


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return False
    return True


def cache_answers():
    """A value written to the cache reads back; a cache that ignores its errors fails this quietly."""
    token = uuid.uuid4().hex
    try:
        cache.set(PROBE_KEY, token, timeout=10)
        answered = cache.get(PROBE_KEY) == token
    except Exception:  # a cache that raises is down as well
        answered = False
    if not answered:
        logger.error("Health check: the cache did not answer")
    return answered
