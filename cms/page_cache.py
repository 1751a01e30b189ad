"""Whole-page cache for anonymous visitors: a cached page costs one cache read and no database.

A page is served from the cache, or stored in it, only when all of these hold:

- a GET of a path under a language prefix (``/en/…``, ``/my/…``) on a host that is
  one of the sites' (any other host never creates an entry);
- the visitor carries no cookie but the CSRF one: never a logged-in editor, a
  password-protected page's session or a flash message;
- the view opted in with ``allow(request, parameters)``, naming the query parameters
  it reads, and the request has no other parameter (so unknown parameters never
  create an entry), no free text and no page deep in a listing (``cms.cache_keys``);
- the answer is a 200 that sets no cookie but the CSRF one and is not marked private
  or uncacheable.

**Pages with a form** (a sign-on, a join request) are stored too, without what belongs to
one visitor. Before storing, the CSRF token of every form, and every hidden id rendered
by ``FreshIdInput`` (a form's one-time submission id), is replaced by a slot. Each visitor
served from the cache gets a token of their own (and the CSRF cookie, from Django's
middleware) and new ids in those slots. A page is not stored when a token or an id would
remain elsewhere in it. Such pages are ``private``: no shared cache may keep them.

Entries are keyed by scheme, host, path and the normalised parameters, and hold the
content version (``cms.content_cache``) they were made at: a page is served only at that
version, so any change to public content makes every stored page unreachable at once.
A page is replaced by its next visit, or expires on its own. Reading an entry and the
version is one round trip to the cache.
"""

import os
import re
import uuid

from django import forms
from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, CsrfViewMiddleware
from django.utils.cache import patch_cache_control, patch_vary_headers

from cms.cache_keys import request_digest, site_for_request
from cms.content_cache import read_current, read_recent, store_current
from cms.renditions import stand_ins_shown

ALLOWED_ATTRIBUTE = "page_cache_parameters"
STATUS_HEADER = "X-Page-Cache"
FRESH_ATTRIBUTE = "data-page-cache-fresh"
TOKEN_SLOT = b"{{page-cache:csrf-token}}"
ID_SLOT = b"{{page-cache:fresh-id}}"
TOKEN_VALUE = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")([A-Za-z0-9]+)(")')
FRESH_INPUT = re.compile(rb"<input[^>]*\b" + FRESH_ATTRIBUTE.encode() + rb"\b[^>]*>")
INPUT_VALUE = re.compile(rb'( value=")([^"]*)(")')
# Random bytes at or above this would make the first characters of the alphabet likelier.
UNBIASED_BYTES = 256 - 256 % len(CSRF_ALLOWED_CHARS)
ALPHABET_PLACE = {character: place for place, character in enumerate(CSRF_ALLOWED_CHARS)}


def allow(request, parameters=()):
    """Let the page cache store this request's answer if its query string has only ``parameters``."""
    setattr(request, ALLOWED_ATTRIBUTE, frozenset(parameters))


def refuse(request):
    """Never store this request's answer: its parameters hold what no link of the site names
    (an unknown filter value), and each made-up value would be an entry of its own."""
    setattr(request, ALLOWED_ATTRIBUTE, None)


class FreshIdInput(forms.HiddenInput):
    """A hidden one-time id (e.g. a form's submission id) that each visitor of a cached page gets anew."""

    def __init__(self, attrs=None):
        super().__init__({FRESH_ATTRIBUTE: "", **(attrs or {})})


class PageCacheMiddleware:
    """Answers anonymous GETs of public pages from the shared cache; place it right after WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        key = self.key(request)
        # From this process's copy if it read the version moments ago; else the entry and the
        # version come in one round trip to the shared cache.
        stored = None if key is None else read_recent(key) or read_current(key)
        if stored is not None:
            return self.rebuild(request, stored)
        stand_ins = stand_ins_shown()
        response = self.get_response(request)
        shown_as_is = stand_ins_shown() == stand_ins  # no image stood in for a missing file
        entry = self.entry(request, response) if key is not None and shown_as_is else None
        if entry is not None:
            store_current(key, entry)
            response[STATUS_HEADER] = "miss"
        elif getattr(request, ALLOWED_ATTRIBUTE, None) is not None:
            # A cacheable page not stored for this visitor (an editor, other parameters): no shared cache may.
            patch_cache_control(response, private=True)
        return response

    def key(self, request):
        """The entry naming this request, or None when it must not be served from the cache.

        An entry holds the content version it was made at and is served only at that
        version; it is written only for a site's own host (``storable``).
        """
        if request.method != "GET" or set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}:
            return None
        if request.path.split("/", 2)[1] not in self.languages:
            return None
        digest = request_digest(request, request.GET)
        return None if digest is None else f"hluttaw:page:{digest}"

    def entry(self, request, response):
        """What to store for this answer, its headers marked for caches, or None when it is not to be stored."""
        if not self.storable(request, response):
            return None
        content, has_form = response.content, bool(response.cookies)
        if has_form:
            content = without_visitor_values(content)
            if content is None:
                return None
            patch_cache_control(response, private=True)
        else:
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
        # Visitors with cookies (editors) are told apart.
        patch_vary_headers(response, ("Cookie",))
        headers = {name: value for name, value in response.items() if name != "Content-Length"}
        return content, headers, has_form

    @staticmethod
    def storable(request, response):
        allowed = getattr(request, ALLOWED_ATTRIBUTE, None)
        control = response.get("Cache-Control", "")
        return (
            allowed is not None
            and site_for_request(request) is not None
            and set(request.GET) <= allowed
            and response.status_code == 200
            and not response.streaming
            and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
            and not any(word in control for word in ("private", "no-store", "no-cache"))
        )

    @staticmethod
    def rebuild(request, stored):
        content, headers, has_form = stored

        def respond(request):
            body = with_visitor_values(content, visitor_token(request)) if has_form else content
            response = HttpResponse(body, headers=headers)
            response["Content-Length"] = str(len(body))
            response[STATUS_HEADER] = "hit"
            return response

        # Django's middleware reads the visitor's CSRF cookie and sets or renews it, as on any form page.
        return CsrfViewMiddleware(respond)(request) if has_form else respond(request)


def visitor_token(request):
    """The CSRF token for this visitor's forms: what Django's ``get_token`` gives, drawn in two reads.

    Django asks the system's random source once per character of a new secret and of its
    mask (64 calls), a quarter of the time of a stored page. The secret goes where Django's
    middleware looks for it, so the cookie is set, or renewed, as for any form.
    """
    if "CSRF_COOKIE" not in request.META:
        request.META["CSRF_COOKIE"] = random_characters(CSRF_SECRET_LENGTH)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    secret, mask = request.META["CSRF_COOKIE"], random_characters(CSRF_SECRET_LENGTH)
    places = zip(map(ALPHABET_PLACE.get, secret), map(ALPHABET_PLACE.get, mask), strict=True)
    return mask + "".join(CSRF_ALLOWED_CHARS[(s + m) % len(CSRF_ALLOWED_CHARS)] for s, m in places)


def random_characters(length):
    """``length`` characters of Django's CSRF alphabet, each equally likely, from the system's random source."""
    chosen = []
    while len(chosen) < length:
        chosen += [
            CSRF_ALLOWED_CHARS[byte % len(CSRF_ALLOWED_CHARS)] for byte in os.urandom(length) if byte < UNBIASED_BYTES
        ]
    return "".join(chosen[:length])


def without_visitor_values(content):
    """The page with its CSRF tokens and fresh ids as slots, or None if one of them appears elsewhere too."""
    values = [match[2] for match in TOKEN_VALUE.finditer(content)]
    content = TOKEN_VALUE.sub(rb"\1" + TOKEN_SLOT + rb"\3", content)

    def slot_value(tag):
        values.extend(match[2] for match in INPUT_VALUE.finditer(tag[0]))
        return INPUT_VALUE.sub(rb"\1" + ID_SLOT + rb"\3", tag[0])

    content = FRESH_INPUT.sub(slot_value, content)
    if not values or any(value and value in content for value in values):
        return None
    return content


def with_visitor_values(content, token):
    """The stored page with this visitor's CSRF token and a new id in each slot."""
    return with_fresh_ids(content.replace(TOKEN_SLOT, token.encode()))


def with_fresh_ids(content):
    """``content`` with a new id in each of its slots for one (see ``FreshIdInput``)."""
    parts = content.split(ID_SLOT)
    fresh = [str(uuid.uuid4()).encode() for _ in parts[1:]]
    return b"".join(part for pair in zip(parts, [*fresh, b""], strict=True) for part in pair)
