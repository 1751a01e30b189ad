"""Finding a page by its path on a site, in either locale: ``/en/publications/x/`` or ``/my/publications/x/``.

Wagtail's own lookup routes from the site's root page, which is the English home
page; here the language prefix picks the root page's translation to route from.
"""

from django.conf import settings
from django.http import Http404

from cms.api.errors import bad_parameter, not_found
from cms.api.pages import public_pages
from cms.api.params import LANGUAGE_CODES, locale_for
from cms.pages import localized_root


def split_language(html_path):
    """``(language code, path components)``; paths without a known prefix are in the default language."""
    components = [component for component in html_path.split("/") if component]
    if components and components[0] in LANGUAGE_CODES:
        return components[0], components[1:]
    return settings.LANGUAGE_CODE, components


def find_page(request, params):
    html_path = params.text("html_path")
    if not html_path:
        raise bad_parameter("html_path", "Give the path of a page, e.g. /en/publications/ or /my/.")
    language, components = split_language(html_path)
    root = localized_root(params.site(), locale_for(language))
    if root is None:
        raise not_found("This site has no live home page in this language.")
    try:
        page = root.specific.route(request, components).page
    except Http404:
        raise not_found("No live page has this path.") from None
    if not public_pages().filter(pk=page.pk).exists():
        raise not_found("No live page has this path.")
    return page
