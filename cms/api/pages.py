"""Pages as the API shows them: links, summaries with their translations, and full details.

Only live pages without a view restriction are ever serialized: every queryset here
starts from ``public_pages()``, and pages loaded by id are those the per-version tables of
public pages name (``public_page_types``, ``public_translations``), still live when loaded.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, get_page_models

from cms.api.fields import content_data, content_schema
from cms.api.lists import kept_items
from cms.api.params import LANGUAGE_CODES
from cms.api.refs import array_of, obj, ref
from cms.by_ids import instances_by_id
from cms.cached_objects import cached_rows
from cms.content_cache import shared_per_version
from cms.languages import locale_code
from cms.page_urls import url_parts as page_url_parts
from cms.restrictions import live_public_pages, public_page_types, public_translations


def public_pages():
    """Live pages without a view restriction, of the project's page types (not Wagtail's bare ``Page``).

    Built once per process and content version, like ``live_public_pages``; a copy each time.
    """
    return shared_per_version("api-public-pages", [], lambda: live_public_pages().not_exact_type(Page)).all()


def page_types():
    """``{"app_label.ModelName": model}`` of every page type the API serves."""
    return {model._meta.label: model for model in get_page_models() if model is not Page}


def site_pages(site):
    """Public pages of one site, in every locale: below its root page and the root's translations."""
    root = site.root_page
    roots = cached_rows(
        Page.objects.filter(translation_key=root.translation_key, depth=root.depth).values_list("path", flat=True)
    )
    return public_pages().filter(Q(*[Q(path__startswith=path) for path in roots], _connector=Q.OR))


def public_page(pk):
    """The live public page ``pk`` as its own type with its live public translations, in one query.

    Returns ``(page, {translation_key: [the page and its translations]})``, or ``(None, {})``.
    Which type each public page is comes from a table of them kept per process and content
    version (``public_page_types``): an id not in it costs no query at all. Translations share
    their source's type, so the page and its translations are read from that type's table
    together (``_with_translations``).
    """
    content_type_id = public_page_types().get(pk)
    model = ContentType.objects.get_for_id(content_type_id).model_class() if content_type_id else None
    if model is None:
        return None, {}
    pages, translations = _with_translations(model, [pk])
    return (pages[pk], translations) if pk in pages else (None, {})


def _with_translations(model, ids):
    """``({id: page}, {translation_key: [live public pages]})`` of the live public pages ``ids`` of ``model``."""
    table = public_translations()
    wanted = [pk for pk in ids if pk in table]
    grouped = _live_groups(model, [table[pk] for pk in wanted])
    pages = {page.pk: page for members in grouped.values() for page in members}
    return {pk: pages[pk] for pk in wanted if pk in pages}, grouped


def _live_groups(model, groups):
    """``{translation_key: [pages]}`` of ``groups`` (tuples of ids from ``public_translations``), in one query.

    The table says which pages translate which; they are loaded by id (``cms.by_ids``), and the
    query only confirms they are still live.
    """
    loaded = instances_by_id(model, [member for group in groups for member in group])
    grouped = {}
    for group in groups:
        members = [loaded[member] for member in group if member in loaded and loaded[member].live]
        if members:
            grouped[members[0].translation_key] = members
    return grouped


def page_type(page):
    return page.cached_content_type.model_class()._meta.label


def url_parts(page, request):
    """``(full URL, path)`` of a page, the path with its language prefix (``/my/…``)."""
    parts = page_url_parts(page, request)  # for a plain ``Page`` too
    if parts is None:
        return None, None
    _site_id, root_url, path = parts
    return f"{root_url}{path}", path


def page_link(page, request):
    """What a front end needs to link to a page."""
    if page is None:
        return None
    url, path = url_parts(page, request)
    return {
        "id": page.pk,
        "type": page_type(page),
        "title": page.title,
        "locale": locale_code(page.locale_id),
        "url": url,
        "html_path": path,
    }


def translations_of(pages):
    """``{translation_key: [live public pages]}`` for the given pages (a draft's too), in one query."""
    table = public_translations()
    return _live_groups(Page, [table[key] for key in {page.translation_key for page in pages} if key in table])


def page_summary(page, request, translations):
    """A page's link, metadata and its translations (``translations`` from ``translations_of``)."""
    return {
        **page_link(page, request),
        "slug": page.slug,
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "show_in_menus": page.show_in_menus,
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "translations": [
            page_link(other, request) for other in translations.get(page.translation_key, []) if other.pk != page.pk
        ],
    }


def page_summaries(ids, request):
    """The summaries of the live public pages ``ids``, in their order, each kept per content version."""

    def build(missing):
        pages, translations = _with_translations(Page, missing)
        return {pk: page_summary(page, request, translations) for pk, page in pages.items()}

    return kept_items("page-summary", request, ids, build)


def page_detail(page, request, translations=None):
    """Everything a front end needs to render ``page``: its summary and its type's content."""
    page = page.specific
    if translations is None:
        translations = translations_of([page]) if page.pk else {}
    return {**page_summary(page, request, translations), "content": content_data(page, request)}


PAGE_LINK_SCHEMA = obj(
    {
        "id": {"type": "integer"},
        "type": {"type": "string", "description": "app_label.ModelName of the page type, e.g. home.HomePage."},
        "title": {"type": "string"},
        "locale": {"type": "string", "enum": list(LANGUAGE_CODES)},
        "url": {"type": ["string", "null"], "format": "uri"},
        "html_path": {"type": ["string", "null"], "description": "The path on the site, with the language prefix."},
    }
)
PAGE_SUMMARY_PROPERTIES = {
    **PAGE_LINK_SCHEMA["properties"],
    "slug": {"type": "string"},
    "seo_title": {"type": "string"},
    "search_description": {"type": "string"},
    "show_in_menus": {"type": "boolean"},
    "first_published_at": {"type": ["string", "null"], "format": "date-time"},
    "last_published_at": {"type": ["string", "null"], "format": "date-time"},
    "translations": array_of(ref("PageLink")),
}
PAGE_SUMMARY_SCHEMA = obj(PAGE_SUMMARY_PROPERTIES)


def page_detail_schema(page_models):
    """One variant per page type: its ``type`` names it, its ``content`` is that type's fields."""
    variants = []
    for model in page_models:
        properties = {
            **PAGE_SUMMARY_PROPERTIES,
            "type": {"const": model._meta.label},
            "content": content_schema(model),
        }
        variants.append({**obj(properties), "title": model._meta.label})
    return {"oneOf": variants}
