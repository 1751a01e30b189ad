"""Reading query parameters: only the names an endpoint lists, each checked, each error named.

Every endpoint declares the parameters it accepts; anything else is a 400 that names
the parameter, so a typo (``?limt=5``) is never silently ignored.
"""

import unicodedata

from django.conf import settings
from wagtail.models import Site

from cms.api.errors import bad_parameter, not_found
from cms.content_cache import shared_per_version
from cms.languages import known_locale
from cms.routing import find_site

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000
MAX_VALUE_LENGTH = 2_000
# The largest id a database column holds; a larger one names nothing (and must not reach SQL).
MAX_ID = 2**63 - 1
PAGINATION = ("limit", "offset")
LANGUAGE_CODES = tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)


class Params:
    """The query string of one request, checked against the names in ``allowed``.

    ``repeatable`` names may be given several times (``?topic=a&topic=b``); any other
    name given twice is an error, as its meaning would be ambiguous.
    """

    def __init__(self, request, allowed, repeatable=()):
        self.request = request
        self.data = request.GET
        for name in self.data:
            if name not in allowed:
                accepted = ", ".join(sorted(allowed)) or "none"
                raise bad_parameter(name, f"Unknown parameter “{name[:50]}”. This endpoint accepts: {accepted}.")
            values = self.data.getlist(name)
            if len(values) > 1 and name not in repeatable:
                raise bad_parameter(name, "Give this parameter once.")
            for value in values:
                _check_value(name, value)

    def text(self, name, default=""):
        return self.data.get(name, default)

    def integer(self, name, default, minimum, maximum):
        raw = self.data.get(name)
        if raw is None or raw == "":
            return default
        if not raw.isascii() or not raw.isdigit():
            raise bad_parameter(name, f"Must be a whole number from {minimum} to {maximum}.")
        value = int(raw)
        if not minimum <= value <= maximum:
            raise bad_parameter(name, f"Must be a whole number from {minimum} to {maximum}.")
        return value

    def pagination(self):
        """``(limit, offset)``: at most 100 items a response, 20 unless asked."""
        return (
            self.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
            self.integer("offset", 0, 0, MAX_OFFSET),
        )

    def locale(self, default=None):
        """The Locale named by ``?locale=`` (``en`` or ``my``), or ``default``'s."""
        code = self.data.get("locale") or default
        if code is None:
            return None
        if code not in LANGUAGE_CODES:
            raise bad_parameter("locale", f"Must be one of: {', '.join(LANGUAGE_CODES)}.")
        return locale_for(code)

    def site(self):
        """The Site named by ``?site=`` (an id or a hostname), else the one serving this host."""
        raw = self.data.get("site")
        if not raw:
            site = find_site(self.request)
            if site is None:
                raise not_found("No site is configured for this host.")
            return site
        site = _named_site(raw)
        if site is None:
            raise bad_parameter("site", "No such site. See /api/v2/sites/ for the sites and their ids.")
        return site


def _named_site(raw):
    """The site ``raw`` names: its id, or its hostname with or without ``:port`` (the lowest port first).

    Read from the sites, loaded once per process and content version (a handful of rows).
    """
    sites = shared_per_version(
        "sites", [], lambda: list(Site.objects.select_related("root_page").order_by("port", "pk"))
    )
    if raw.isascii() and raw.isdigit():
        return next((site for site in sites if site.pk == int(raw)), None)
    hostname, _, port = raw.partition(":")
    if port and not (port.isascii() and port.isdigit()):
        return None
    named = (site for site in sites if site.hostname == hostname.lower() and (not port or site.port == int(port)))
    return next(named, None)


def locale_for(code):
    """The Locale of a language code; a 404 when it is not set up."""
    locale = known_locale(code)
    if locale is None:
        raise not_found(f"The locale “{code}” is not set up.")
    return locale


def _check_value(name, value):
    if len(value) > MAX_VALUE_LENGTH:
        raise bad_parameter(name, f"Use at most {MAX_VALUE_LENGTH} characters.")
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise bad_parameter(name, "Control characters are not allowed.")
