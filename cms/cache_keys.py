"""Names of cached answers (whole pages and API answers): bounded, whatever clients send.

An answer is shared only when it can be named by things the site defines: a host that
is exactly one of the configured sites' (Django's ALLOWED_HOSTS lets any port through),
the scheme, the path and query parameters written in their one normal form. Free text (``q``),
long values and deep pages are answered from the database each time: there is no end
to them, and a cache that stores each one grows until it evicts the answers worth keeping.
"""

import hashlib
import json
import unicodedata

from django.core.exceptions import DisallowedHost
from wagtail.models import Site

from cms.content_cache import shared_per_version

UNCACHED_PARAMETERS = frozenset({"q"})
MAX_VALUE_LENGTH = 200
# Listings are cached for the pages a reader reaches by following "next" links from the start.
CACHED_PAGES = 10
DEFAULT_LIMIT = 20


def request_digest(request, query_dict, known=None):
    """A digest naming this request's answer, or None when the answer is not to be cached.

    ``known``, when given, lists the only parameters the answer may be keyed by. Any
    allowed host gets a digest: an answer is *stored* only for a site's own host
    (``site_for_request``), so a digest of another host names nothing.
    """
    normal = normal_parameters(query_dict, known)
    host = _host(request)
    if normal is None or host is None:
        return None
    named = json.dumps([request.scheme, host, request.path, normal], ensure_ascii=False)
    return hashlib.sha256(named.encode()).hexdigest()


def site_for_request(request):
    """The id of the site answering exactly the request's host (name and port), or None.

    Exactly: a host in capitals reads the site's entries (digests are made in lower case)
    but never stores one, whose links would be written with that host for everyone.
    """
    try:
        return _site_hosts().get(request.get_host())
    except DisallowedHost:
        return None


def _host(request):
    try:
        return request.get_host().lower()
    except DisallowedHost:
        return None


def _site_hosts():
    """``{host: site id}`` of the configured sites, read once per process and content version.

    Saving a site moves the content version, so a process never answers from an old list.
    """
    return shared_per_version(
        "site-hosts",
        [],
        lambda: {root.root_url.split("://", 1)[1].lower(): root.site_id for root in Site.get_site_root_paths()},
    )


def normal_parameters(query_dict, known=None):
    """``[(name, sorted distinct values)]`` sorted by name, or None when not to be keyed.

    Only a query string already in normal form is keyed: each value stripped, in NFC,
    numbers without leading zeros, a name's values distinct and sorted. Another spelling
    (``limit=05``, ``type=letter%20``, the same values in another order) is answered from
    the database every time: a view may read it differently (a form reads the last value,
    and ``letter `` is not ``letter``), so it must never share an entry with the normal one.
    """
    normal = []
    for name in sorted(query_dict):
        if name in UNCACHED_PARAMETERS or (known is not None and name not in known):
            return None
        values = query_dict.getlist(name)
        if any(len(value) > MAX_VALUE_LENGTH for value in values):
            return None
        if values != sorted({_normal_value(value) for value in values}):
            return None
        normal.append((name, values))
    return normal if _shallow(dict(normal)) else None


def _normal_value(value):
    value = unicodedata.normalize("NFC", value.strip())
    return str(int(value)) if value.isascii() and value.isdigit() else value


def _shallow(normal):
    """Within the first pages of a listing (``offset``/``limit``, ``page`` or ``…_page``).

    A malformed number is left to the view to refuse or correct.
    """
    if _number(normal, "offset", 0) >= CACHED_PAGES * max(_number(normal, "limit", DEFAULT_LIMIT), 1):
        return False
    pages = [name for name in normal if name == "page" or name.endswith("_page")]
    return all(_number(normal, name, 1) <= CACHED_PAGES for name in pages)


def _number(normal, name, default):
    value = (normal.get(name) or [""])[0]
    return int(value) if value.isascii() and value.isdigit() else default
