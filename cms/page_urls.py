"""A page's URL as Wagtail writes it, without a ``reverse`` for every page.

A search answer links twenty pages and a page detail seven; Wagtail's ``get_url_parts``
reverses its serve view in the page's language for each, a fifth of a search answer's
time. Only the page's own part of the path differs from one page to the next: the path
is its language's prefix, found once per process, then the page's path under its site's
root, quoted as ``reverse`` quotes it.
"""

import re
from functools import lru_cache
from urllib.parse import quote

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.coreutils import WAGTAIL_APPEND_SLASH, get_supported_content_language_variant
from wagtail.models import Page

# The paths Wagtail's serve view answers (``wagtail.urls``, WAGTAIL_APPEND_SLASH on).
SERVED_PATH = re.compile(r"(?:[\w\-]+/)*")
# What ``reverse`` leaves unquoted in a path (RFC 3986's ``pchar``).
PATH_SAFE = RFC3986_SUBDELIMS + "/~:@"


def url_parts(page, request=None):
    """``(site id, root URL, path)`` of ``page``, as Wagtail's ``Page.get_url_parts`` answers.

    Left to Wagtail: a page under the roots of several sites, whose choice depends on the
    request, and a path its serve view would refuse.
    """
    sites = page._get_relevant_site_root_paths(request)
    if len(sites) != 1 or not WAGTAIL_APPEND_SLASH:
        return Page.get_url_parts(page, request)
    site_id, root_path, root_url, language = sites[0]
    rest = page.url_path[len(root_path) :]
    if not SERVED_PATH.fullmatch(rest):
        return Page.get_url_parts(page, request)
    return site_id, root_url, serve_prefix(_url_language(language)) + quote(rest, safe=PATH_SAFE)


def _url_language(language):
    """The site root's language, or the active one when it is a variant of it (as Wagtail does)."""
    active = translation.get_language()
    try:
        return active if get_supported_content_language_variant(active) == language else language
    except LookupError:
        return language


def serve_prefix(language):
    """The path of a site's root page in ``language`` (``/my/``), under the URLs and the mount point in force."""
    return _serve_prefix(language, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())


@lru_cache(maxsize=64)
def _serve_prefix(language, urlconf, script_prefix):
    """``reverse`` reads the script prefix itself; it is in the key so that a process mounted at
    two paths keeps one prefix for each."""
    with translation.override(language):
        return reverse("wagtail_serve", args=("",), urlconf=urlconf)
