"""Malformed admin requests answered with a clear 400 instead of a server error.

Wagtail's bulk action views pass the ``id`` parameters straight to a query (``?id=x``
raised ``ValueError``), and wagtail-localize's PO upload reads ``request.FILES["file"]``
without checking it is there.
"""

from functools import wraps

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme

from cms.admin_paths import in_admin

BULK_ACTION_URL_NAME = "wagtail_bulk_action"
LARGEST_ID = 2**63 - 1  # what a database's integer column holds


def _is_id(model, value):
    try:
        key = model._meta.pk.to_python(value)
    except ValidationError:
        return False
    return not isinstance(key, int) or 0 < key <= LARGEST_ID


def _bad_ids(model, values):
    """The values that are not a primary key of ``model``, except the listing's ``all``."""
    return [value for value in values if value != "all" and not _is_id(model, value)]


class BulkSelectionMiddleware:
    """Refuses a bulk action whose ``id`` or ``childOf`` parameters are not record ids."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if in_admin(request, "bulk/"):
            problem = self._problem(request)
            if problem:
                return HttpResponseBadRequest(problem, content_type="text/plain; charset=utf-8")
        return self.get_response(request)

    def _problem(self, request):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        if match.url_name != BULK_ACTION_URL_NAME:
            return None
        try:
            model = apps.get_model(match.kwargs["app_label"], match.kwargs["model_name"])
        except LookupError:
            return None  # Wagtail answers 404
        bad = _bad_ids(model, request.GET.getlist("id")) + _bad_ids(
            apps.get_model("wagtailcore", "Page"), [value for value in request.GET.getlist("childOf") if value]
        )
        if bad:
            return f"These are not ids of records: {', '.join(repr(value) for value in bad[:5])}."
        return None


def require_uploaded_file(view, field_name="file"):
    """Sends a form posted without its file back where it came from, with a message."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.method == "POST" and not request.FILES.get(field_name):
            messages.error(request, "Choose a file to upload first.")
            back = request.META.get("HTTP_REFERER", "")
            if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
                back = reverse("wagtailadmin_home")
            return redirect(back)
        return view(request, *args, **kwargs)

    return guarded
