"""How every endpoint answers: JSON, cached per content version, revalidated with ETag and Last-Modified.

A view decorated with ``@endpoint(...)`` returns plain data; the decorator checks the
method and the parameters, serializes once per content version and bounded key
(``cms.cache_keys``), and answers a revalidation (``If-None-Match``, ``If-Modified-Since``) with 304 without building
anything.
"""

import hashlib
import json
from functools import wraps

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt

from cms.api.errors import ApiError, error_response
from cms.api.params import Params
from cms.cache_keys import request_digest, site_for_request
from cms.content_cache import cached, content_changed_at
from cms.routing import find_site

SAFE_METHODS = ("GET", "HEAD")
JSON_CONTENT_TYPE = "application/json"


def to_json(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")).encode()


def method_not_allowed():
    response = error_response(405, "method_not_allowed", "The content API is read-only: use GET or HEAD.")
    response["Allow"] = ", ".join(SAFE_METHODS)
    return response


def endpoint(allowed=(), repeatable=()):
    """Turn ``view(request, params, **kwargs) -> data`` into a cached, conditional JSON endpoint."""

    def decorate(view):
        # Read-only: a write is answered 405 in JSON, not stopped by the CSRF check in HTML.
        @csrf_exempt
        @wraps(view)
        def wrapper(request, **kwargs):
            if request.method not in SAFE_METHODS:
                return method_not_allowed()
            find_site(request)  # from the content cache; page links read it
            try:
                params = Params(request, allowed, repeatable)
                body = stored_answer(request, params.data, lambda: to_json(view(request, params, **kwargs)))
            except ApiError as error:
                return error.response()
            return conditional_json(request, body, public=True)

        return wrapper

    return decorate


def stored_answer(request, parameters, answer):
    """``answer()``, from the shared cache when an answer to the same request is stored at this content version.

    Reading costs one round trip to the cache (the entry with the version); answers are
    stored only for a site's own host, so other hosts find nothing to read.
    """
    digest = request_digest(request, parameters)
    if digest is None:
        return answer()
    return cached("api", [digest], answer, keep=lambda: site_for_request(request) is not None)


def conditional_json(request, body, public):
    """``body`` as a JSON response, or 304 when the client's copy is current."""
    response = HttpResponse(body, content_type=JSON_CONTENT_TYPE)
    if not public:
        response["Cache-Control"] = "private, no-store"
        return response
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    changed_at = content_changed_at()
    response["ETag"] = etag
    response["Last-Modified"] = http_date(changed_at)
    patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
    return get_conditional_response(request, etag=etag, last_modified=changed_at, response=response)
