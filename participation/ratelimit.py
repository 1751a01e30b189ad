"""Submissions per client and action, counted in the shared cache.

With Redis as the cache the limit holds across every app server. The client is the
connecting address (``REMOTE_ADDR``; a proxy in front must set it from the real
client), stored only as a keyed hash.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def client_key(request, action):
    address = request.META.get("REMOTE_ADDR", "")
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]
    return f"participation:rate:{action}:{digest}"


def allow(request, action):
    """Count one submission; False once the client has used up its allowance for the window."""
    key = client_key(request, action)
    cache.add(key, 0, timeout=settings.PARTICIPATION_RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=settings.PARTICIPATION_RATE_WINDOW)
        count = 1
    return count <= settings.PARTICIPATION_RATE_LIMIT
