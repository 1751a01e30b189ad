"""How every endpoint answers: JSON, cached per content version, revalidated with ETag and Last-Modified.

A view decorated with ``@endpoint(...)`` returns plain data; the decorator checks the
method and the parameters, serializes the answer and stores it per content version and
bounded key (``cms.cache_keys``). ``StoredAnswerMiddleware`` serves what was stored, and
answers a revalidation (``If-None-Match``, ``If-Modified-Since``) with 304, without
reaching the view.
"""

import hashlib
import re
from functools import wraps

import orjson
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt

from cms.api.errors import ApiError, error_response
from cms.api.params import Params
from cms.cache_keys import request_digest, site_for_request
from cms.content_cache import cache_key, content_changed_at, read_current, read_recent, store_current
from cms.renditions import stand_ins_shown
from cms.routing import find_site, remember_site_root_paths

SAFE_METHODS = ("GET", "HEAD")
API_PATH = "/api/v2/"
# ``/pages/05/`` names page 5 too: answered, never stored, or each spelling would be an entry.
LEADING_ZERO = re.compile(r"/0\d")
JSON_CONTENT_TYPE = "application/json"


# Dates and times are left to Django's encoder, so they read as Django writes them
# (``2026-02-01T09:30:00.123Z``); so are lazy translations and decimals.
_DJANGO_ENCODER = DjangoJSONEncoder()
_JSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_NON_STR_KEYS


def to_json(data):
    """``data`` as compact UTF-8 JSON: what ``json.dumps`` with Django's encoder writes, twenty times faster.

    A list of 20 publications is 40 kB of JSON; the standard library took 1.5 ms to
    write it, a tenth of a fresh answer's time.
    """
    return orjson.dumps(data, default=_DJANGO_ENCODER.default, option=_JSON_OPTIONS)


def method_not_allowed():
    response = error_response(405, "method_not_allowed", "The content API is read-only: use GET or HEAD.")
    response["Allow"] = ", ".join(SAFE_METHODS)
    return response


def endpoint(allowed=(), repeatable=()):
    """Turn ``view(request, params, **kwargs) -> data`` into a cached, conditional JSON endpoint.

    A stored answer is served by ``StoredAnswerMiddleware`` before the view is reached;
    the view runs on a miss, and its answer is stored for the next request.
    """

    def decorate(view):
        # Read-only: a write is answered 405 in JSON, not stopped by the CSRF check in HTML.
        @csrf_exempt
        @wraps(view)
        def wrapper(request, **kwargs):
            if request.method not in SAFE_METHODS:
                return method_not_allowed()
            find_site(request)  # from the content cache; page links read it
            remember_site_root_paths(request)
            stand_ins = stand_ins_shown()
            try:
                params = Params(request, allowed, repeatable)
                body = to_json(view(request, params, **kwargs))
            except ApiError as error:
                return error.response()
            answer = (body, etag_of(body))
            key = answer_key(request)
            # Not kept when an image's file is missing: the next request shows it once it is back.
            if key is not None and site_for_request(request) is not None and stand_ins_shown() == stand_ins:
                store_current(key, answer)
            return json_answer(request, *answer)

        return wrapper

    return decorate


class StoredAnswerMiddleware:
    """Answers a GET of the content API from the shared cache, before sessions, users and routing run.

    Place it right after the page cache. An answer is stored by the endpoint that made it,
    at the content version it was made at, under a digest of the scheme, host, path and
    parameters in their normal form (``cms.cache_keys``), and only for a site's own host;
    reading it costs the one round trip to the cache that reads the version. Only an
    endpoint's answers are ever stored, so an error or another view is never served here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = answer_key(request)
        stored = read_recent(key) or read_current(key) if key is not None else None
        if stored is not None:
            return json_answer(request, *stored)
        return self.get_response(request)


def answer_key(request):
    """The cache key of the stored answer to this API request, or None when it is never stored."""
    if request.method not in SAFE_METHODS or not request.path.startswith(API_PATH) or LEADING_ZERO.search(request.path):
        return None
    digest = request_digest(request, request.GET)
    return None if digest is None else cache_key("api-answer", [digest])


def etag_of(body):
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def json_answer(request, body, etag):
    """A public answer with its validators, or 304 when the client's copy is current."""
    response = HttpResponse(body, content_type=JSON_CONTENT_TYPE)
    changed_at = content_changed_at()
    # A stored answer is served before the middleware that would add these.
    response["Content-Length"] = str(len(body))
    response["X-Frame-Options"] = settings.X_FRAME_OPTIONS
    response["ETag"] = etag
    response["Last-Modified"] = http_date(changed_at)
    patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
    return get_conditional_response(request, etag=etag, last_modified=changed_at, response=response)


def private_json(body):
    """An answer no cache may keep (a draft for a preview)."""
    response = HttpResponse(body, content_type=JSON_CONTENT_TYPE)
    response["Cache-Control"] = "private, no-store"
    return response
