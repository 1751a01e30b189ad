"""Brand files of a site: its favicon, touch icon and share image, or the defaults.

A site whose branding's short name is ``MWPN`` uses ``static/brand/mwpn/<file>`` when that
file exists and ``static/brand/default/<file>`` otherwise, so a new network works at once.
"""

from functools import lru_cache

from django.contrib.staticfiles import finders
from django.utils.text import slugify

DEFAULT_KEY = "default"


def brand_key(branding):
    """The folder name of a site's brand files: its short name as a slug."""
    return slugify(branding.short_name) or DEFAULT_KEY if branding else DEFAULT_KEY


@lru_cache(maxsize=64)
def _asset_path(key, name):
    path = f"brand/{key}/{name}"
    return path if finders.find(path) else f"brand/{DEFAULT_KEY}/{name}"


def brand_asset_path(branding, name):
    """The static path of ``name`` for the site of ``branding``."""
    return _asset_path(brand_key(branding), name)
