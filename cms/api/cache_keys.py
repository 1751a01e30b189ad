"""Keys of cached API answers: bounded, whatever clients send.

An answer is shared only when it can be named by things the site defines: a host that
is exactly one of the configured sites', the scheme, the path and the endpoint's known
parameters in a normal form. Free text (``q``) and deep offsets are answered from the
database each time: there is no end to them, and a cache that stores each one grows
until it evicts the answers worth keeping. Unknown parameters never get this far (the
endpoint answers 400).
"""

import hashlib
import json
import unicodedata

from wagtail.models import Site

UNCACHED_PARAMETERS = frozenset({"q"})
# Listings are cached for the pages a reader reaches by following "next" links from the start.
CACHED_PAGES = 10


def answer_key(request, params):
    """A digest naming this answer, or None when the answer is not to be cached."""
    if not _known_host(request):
        return None
    normal = _normal_parameters(params.data)
    if normal is None:
        return None
    named = f"{request.scheme}://{request.get_host()}{request.path}?{json.dumps(normal)}"
    return hashlib.sha256(named.encode()).hexdigest()


def _known_host(request):
    """The Host header is one of the sites' (any port would do for Django's ALLOWED_HOSTS)."""
    host = request.get_host().lower()
    return any(host == site.root_url.split("://", 1)[1].lower() for site in Site.get_site_root_paths())


def _normal_parameters(data):
    """Sorted (name, sorted values) with numbers as numbers and text in one Unicode form; None: do not cache."""
    normal = []
    for name in sorted(data):
        if name in UNCACHED_PARAMETERS:
            return None
        values = sorted({_normal_value(value) for value in data.getlist(name)})
        normal.append((name, values))
    if not _shallow_page(dict(normal)):
        return None
    return normal


def _normal_value(value):
    value = unicodedata.normalize("NFC", value.strip())
    return str(int(value)) if value.isascii() and value.isdigit() else value


def _shallow_page(normal):
    """Within the first pages; a malformed number is left to the endpoint to refuse."""
    return _number(normal, "offset", 0) < CACHED_PAGES * max(_number(normal, "limit", 20), 1)


def _number(normal, name, default):
    value = (normal.get(name) or [""])[0]
    return int(value) if value.isascii() and value.isdigit() else default
