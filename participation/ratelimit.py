"""Submissions per client and action, counted in the shared cache.

With Redis as the cache the limit holds across every app server. The client is the
connecting address, or behind ``TRUSTED_PROXY_HOPS`` proxies the address the outermost
of them saw (otherwise every visitor would share the proxy's allowance). It is stored
only as a keyed hash.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's address.

    Each trusted proxy appends the address it was reached from to ``X-Forwarded-For``,
    so with N proxies the client is the N-th entry from the right; entries further left
    are whatever the client chose to send and are never read.
    """
    hops = settings.TRUSTED_PROXY_HOPS
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if hops and len(forwarded) >= hops and forwarded[-hops]:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request, action):
    address = client_address(request)
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
