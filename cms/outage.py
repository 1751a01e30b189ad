"""Answers while the database cannot be reached: 503 with ``Retry-After``, never a 500.

Django turns an exception raised anywhere in a request (a view, a middleware, a
template) into a call of ``handler500``, with the exception still being handled. A
connection failure of the database (``OperationalError``, ``InterfaceError``) is an
outage, not a bug: the visitor gets a 503 that says when to come back, in their
language, and the content API keeps its JSON contract. The page uses nothing that
needs the database.
"""

import sys

from django.core.exceptions import DisallowedHost
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views import defaults

from cms.api.errors import error_response

RETRY_AFTER_SECONDS = 30
OUTAGE_ERRORS = (OperationalError, InterfaceError)


def server_error(request):
    """``handler500``: a 503 for a database outage, the usual error otherwise."""
    outage = isinstance(sys.exc_info()[1], OUTAGE_ERRORS)
    if request.path_info.startswith("/api/"):
        if outage:
            response = error_response(503, "unavailable", "The service is unavailable for a moment; try again.")
        else:
            response = error_response(500, "server_error", "Something went wrong; the error has been logged.")
    elif outage:
        response = unavailable_page(request)
    else:
        return defaults.server_error(request)
    if outage:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def unavailable_page(request):
    """The site's stylesheet and the visitor's language: /my/… in Burmese, else as the browser asks."""
    language = translation.get_language_from_path(request.path_info) or translation.get_language_from_request(request)
    with translation.override(language):
        body = render_to_string(
            "503.html", {"language": language, "host": _host(request), "path": request.get_full_path()}
        )
    response = HttpResponse(body, status=503)
    response["Cache-Control"] = "no-store"
    return response


def _host(request):
    try:
        return request.get_host()
    except DisallowedHost:
        return ""
