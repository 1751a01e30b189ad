"""Whole-page cache for anonymous visitors: a cached page costs two cache reads and no database.

A page is served from the cache, or stored in it, only when all of these hold:

- a GET of a path under a language prefix (``/en/…``, ``/my/…``) on a host that is
  one of the sites' (any other host never creates an entry);
- the visitor carries no cookie but the CSRF one: never a logged-in editor, a
  password-protected page's session or a flash message;
- the view opted in with ``allow(request, parameters)``, naming the query parameters
  it reads, and the request has no other parameter (so unknown parameters never
  create an entry), no free text and no page deep in a listing (``cms.cache_keys``);
- the answer is a 200 that sets no cookie and is not marked private or uncacheable. A
  page with a form sets the CSRF cookie, so one visitor's token is never served to
  another: such pages are simply not stored.

Entries are keyed by scheme, host, path and the normalised parameters, under the
content version (``cms.content_cache``): any change to public content makes every
stored page unreachable at once; they then expire on their own.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from cms.cache_keys import request_key
from cms.content_cache import TIMEOUT, content_version

ALLOWED_ATTRIBUTE = "page_cache_parameters"
STATUS_HEADER = "X-Page-Cache"


def allow(request, parameters=()):
    """Let the page cache store this request's answer if its query string has only ``parameters``."""
    setattr(request, ALLOWED_ATTRIBUTE, frozenset(parameters))


class PageCacheMiddleware:
    """Answers anonymous GETs of public pages from the shared cache; place it right after WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        key = self.key(request)
        stored = None if key is None else cache.get(key)
        if stored is not None:
            return self.rebuild(stored)
        response = self.get_response(request)
        if key is not None and self.storable(request, response):
            self.mark_public(response)
            cache.set(key, self.snapshot(response), TIMEOUT)
            response[STATUS_HEADER] = "miss"
        elif getattr(request, ALLOWED_ATTRIBUTE, None) is not None:
            # A cacheable page not stored for this visitor (an editor, other parameters): no shared cache may.
            patch_cache_control(response, private=True)
        return response

    def key(self, request):
        """The entry naming this request, or None when it must not be served from the cache."""
        if request.method != "GET" or set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}:
            return None
        if request.path.split("/", 2)[1] not in self.languages:
            return None
        digest = request_key(request, request.GET)
        return None if digest is None else f"hluttaw:page:{content_version()}:{digest}"

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
