"""Whole-page cache for anonymous visitors: a cached page costs two cache reads and no database.

A page is served from the cache, or stored in it, only when all of these hold:

- a GET of a path under a language prefix (``/en/…``, ``/my/…``) on a host that is
  one of the sites' (any other host never creates an entry);
- the visitor carries no cookie but the CSRF one: never a logged-in editor, a
  password-protected page's session or a flash message;
- the view opted in with ``allow(request, parameters)``, naming the query parameters
  it reads, and the request has no other parameter (so unknown parameters never
  create an entry);
- the answer is a 200 that sets no cookie and is not marked private or uncacheable. A
  page with a form sets the CSRF cookie, so one visitor's token is never served to
  another: such pages are simply not stored.

Entries are keyed by site, locale, path and the normalised parameters, under the
content version (``cms.content_cache``): any change to public content makes every
stored page unreachable at once; they then expire on their own.
"""

import hashlib
import json
import unicodedata

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.models import Site

from cms.content_cache import TIMEOUT, content_version

ALLOWED_ATTRIBUTE = "page_cache_parameters"
STATUS_HEADER = "X-Page-Cache"
# Longer values are not a page anyone links to; they are answered but never stored.
MAX_VALUE_LENGTH = 200


def allow(request, parameters=()):
    """Let the page cache store this request's answer if its query string has only ``parameters``."""
    setattr(request, ALLOWED_ATTRIBUTE, frozenset(parameters))


def normalised_parameters(query_dict, known=None, max_length=MAX_VALUE_LENGTH):
    """``[(name, sorted distinct values)]`` sorted by name, text in NFC, or None when not to be keyed.

    None when a name is not in ``known`` (if given) or a value is longer than ``max_length``:
    such requests are answered but never name a cache entry.
    """
    normal = []
    for name in sorted(query_dict):
        if known is not None and name not in known:
            return None
        values = {unicodedata.normalize("NFC", value.strip()) for value in query_dict.getlist(name)}
        if any(len(value) > max_length for value in values):
            return None
        normal.append((name, sorted(values)))
    return normal


def site_for_host(host):
    """The id of the site answering exactly ``host`` (name and port), or None."""
    host = host.lower()
    for root in Site.get_site_root_paths():
        if root.root_url.split("://", 1)[1].lower() == host:
            return root.site_id
    return None


class PageCacheMiddleware:
    """Answers anonymous GETs of public pages from the shared cache; place it right after WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        key = self.key(request)
        if key is None:
            return self.get_response(request)
        stored = cache.get(key)
        if stored is not None:
            return self.rebuild(stored)
        response = self.get_response(request)
        if self.storable(request, response):
            self.mark_public(response)
            cache.set(key, self.snapshot(response), TIMEOUT)
            response[STATUS_HEADER] = "miss"
        elif getattr(request, ALLOWED_ATTRIBUTE, None) is not None:
            patch_cache_control(response, private=True)
        return response

    def key(self, request):
        """The entry naming this request, or None when it must not be served from the cache."""
        if request.method != "GET" or set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}:
            return None
        language = request.path.split("/", 2)[1]
        if language not in self.languages:
            return None
        try:
            site_id = site_for_host(request.get_host())
        except DisallowedHost:
            return None
        parameters = normalised_parameters(request.GET)
        if site_id is None or parameters is None:
            return None
        named = json.dumps([request.scheme, site_id, language, request.path, parameters], ensure_ascii=False)
        return f"hluttaw:page:{content_version()}:{hashlib.sha256(named.encode()).hexdigest()}"

    @staticmethod
    def storable(request, response):
        allowed = getattr(request, ALLOWED_ATTRIBUTE, None)
        control = response.get("Cache-Control", "")
        return (
            allowed is not None
            and set(request.GET) <= allowed
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not any(word in control for word in ("private", "no-store", "no-cache"))
        )

    @staticmethod
    def mark_public(response):
        """Shared caches may keep the page briefly; visitors with cookies (editors) are told apart."""
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
        patch_vary_headers(response, ("Cookie",))

    @staticmethod
    def snapshot(response):
        return response.content, dict(response.items())

    @staticmethod
    def rebuild(stored):
        content, headers = stored
        response = HttpResponse(content, headers=headers)
        response[STATUS_HEADER] = "hit"
        return response
