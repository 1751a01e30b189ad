"""Submissions per client and action, counted in the shared cache.

With Redis as the cache the limit holds across every app server; while the cache cannot
be reached each process counts on its own, so a Redis outage loosens the limit (at most
one allowance per process) rather than closing the forms. The client is the first
address, reading ``X-Forwarded-For`` from the right, that is not one of the
``TRUSTED_PROXIES``; an IPv6 client counts per /64, the block one household or phone
usually gets. The client is stored only as a keyed hash.

Only stored submissions count: ``reserve`` takes one from the allowance and the caller
``release``\\ s it again when the submission could not be stored.
"""

import hashlib
import hmac
import ipaddress
import threading
import time
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache

IPV6_CLIENT_PREFIX = 64
LOCAL_MAX_ENTRIES = 10_000


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def trusted_networks():
    return _networks(tuple(settings.TRUSTED_PROXIES))


def _parse(text):
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def client_address(request):
    """The visitor's address: the right-most entry not written by a trusted proxy.

    Each proxy appends the address it was reached from to ``X-Forwarded-For``. Starting
    from the connecting address, the chain is followed leftwards while the address in
    hand is a trusted proxy; anything further left is the client's own word and never
    read. An unreadable entry ends the walk at the last trusted hop.
    """
    address = _parse(request.META.get("REMOTE_ADDR", ""))
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    networks = trusted_networks()
    while address is not None and forwarded and any(address in network for network in networks):
        previous = _parse(forwarded.pop())
        if previous is None:
            break
        address = previous
    return address


def client_ip(request):
    """The visitor's address as text (what django-axes records), or None when unreadable."""
    address = client_address(request)
    return str(address) if address is not None else None


def client_identity(request):
    """The address as a string, an IPv6 address widened to its /64."""
    address = client_address(request)
    if address is None:
        return ""
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{IPV6_CLIENT_PREFIX}", strict=False))
    return str(address)


def client_key(request, action):
    identity = client_identity(request)
    digest = hmac.new(settings.SECRET_KEY.encode(), identity.encode(), hashlib.sha256).hexdigest()[:32]
    return f"participation:rate:{action}:{digest}"


class LocalCounter:
    """Counts per key in this process, for when the shared cache does not answer."""

    def __init__(self):
        self._lock = threading.Lock()
        self._counts = {}  # key -> (count, expires at)

    def add(self, key, delta, window):
        now = time.monotonic()
        with self._lock:
            if len(self._counts) >= LOCAL_MAX_ENTRIES:
                self._counts = {k: v for k, v in self._counts.items() if v[1] > now}
            count, expires = self._counts.get(key, (0, now + window))
            if expires <= now:
                count, expires = 0, now + window
            count = max(count + delta, 0)
            self._counts[key] = (count, expires)
            return count


local_counter = LocalCounter()


def _shared_add(key, delta, window):
    """The shared counter after adding ``delta``; None when the cache cannot be reached.

    A cache that ignores its connection errors (django-redis with IGNORE_EXCEPTIONS)
    answers None instead of a number.
    """
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key, delta)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, max(delta, 0), timeout=window)
        return max(delta, 0)


def _count(key, delta):
    window = settings.PARTICIPATION_RATE_WINDOW
    count = _shared_add(key, delta, window)
    if count is None:
        count = local_counter.add(key, delta, window)
    return count


def reserve(request, action):
    """Take one submission from the client's allowance; False (and nothing taken) once it is used up."""
    key = client_key(request, action)
    if _count(key, 1) <= settings.PARTICIPATION_RATE_LIMIT:
        return True
    _count(key, -1)
    return False


def release(request, action):
    """Give back a reserved submission that was not stored."""
    _count(client_key(request, action), -1)
