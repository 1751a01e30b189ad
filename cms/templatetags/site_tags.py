"""Template tags of the reference front end: the site chrome, the site name, JSON-LD."""

import functools
import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import select_template
from django.templatetags.static import static
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page

from cms import sharing
from cms.branding import brand_asset_path, brand_key
from cms.content_cache import cached, shared_per_version
from cms.pages import site_root_of
from cms.renditions import stand_ins_shown
from cms.routing import find_site
from cms.text import MAX_QUERY_LENGTH

register = template.Library()

# Each language named in itself, as a reader looking for it expects.
NATIVE_LANGUAGE_NAMES = {"en": "English", "my": "မြန်မာ"}
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def site_root(request, page=None):
    """The current site's HomePage in the page's locale (or the active language)."""
    if page is not None:
        return site_root_of(page)
    site = find_site(request)
    return site.root_page.localized if site else None


@register.simple_tag(takes_context=True)
def site_chrome(context, page=None):
    """Navigation and language links of the page's site, cached per content version.

    Returns ``root_url``, ``nav`` (menu pages with ``active`` set for the current
    section), ``section`` (the path of that menu page, or ""), ``at_home`` (whether the
    page is the site's home page) and ``languages`` (each
    language with the page's translation URL, or the home page URL when the page is not
    translated).
    """
    request = context["request"]
    page = page or None
    key = [request.scheme, request.get_host(), page.translation_key if page else "-", page.locale_id if page else ""]
    if page is None:
        key.append(translation.get_language())
    chrome = cached("site-chrome", key, lambda: _build_chrome(request, page))
    current_path = page.path if page is not None else ""
    current_language = translation.get_language()
    nav = [dict(item, active=current_path.startswith(item["path"])) for item in chrome["nav"]]
    return {
        "root_url": chrome["root_url"],
        "nav": nav,
        "section": next((item["path"] for item in nav if item["active"]), ""),
        "at_home": current_path == chrome.get("root_path"),  # kept by an older release without it: never
        "languages": [dict(item, current=item["code"] == current_language) for item in chrome["languages"]],
    }


def _build_chrome(request, page):
    root = site_root(request, page)
    if root is None:
        return {"root_url": None, "root_path": None, "nav": [], "languages": []}
    menu = root.get_children().live().public().in_menu()
    keys = [root.translation_key] + ([page.translation_key] if page is not None else [])
    translations = Page.objects.live().filter(translation_key__in=keys).select_related("locale")
    roots = {p.locale.language_code: p for p in translations if p.translation_key == root.translation_key}
    if page is None:
        pages = roots
    else:
        pages = {p.locale.language_code: p for p in translations if p.translation_key == page.translation_key}
    languages = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target, fallback = pages.get(code), roots.get(code)
        url = target.get_url(request) if target else None
        languages.append(
            {
                "code": code,
                "name": NATIVE_LANGUAGE_NAMES.get(code, code),
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if url else None,
                "fallback_url": fallback.get_url(request) if fallback else None,
            }
        )
    return {
        "root_url": root.get_url(request),
        "root_path": root.path,
        "nav": [{"title": item.title, "url": item.get_url(request), "path": item.path} for item in menu],
        "languages": languages,
    }


@register.simple_tag(takes_context=True)
def site_name(context):
    """The network's name from the site's branding, in the active language."""
    branding = context["settings"]["cms"]["SiteBranding"]
    return branding.name_for(translation.get_language()) or settings.WAGTAIL_SITE_NAME


@register.simple_tag(takes_context=True)
def branding_text(context, field):
    """A text of the site's branding in the active language (``about``, ``parent_organisation_about``)."""
    return context["settings"]["cms"]["SiteBranding"].text_for(field, translation.get_language())


@register.filter
def ld_json(data):
    """``data`` as JSON that is safe inside a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))


@functools.lru_cache(maxsize=256)
def static_url(path):
    """``static(path)``, kept per process: the files' hashed names change only with a release."""
    return static(path)


@register.simple_tag(takes_context=True)
def brand_static(context, name):
    """URL of the site's own copy of a brand file (``favicon.svg``…), or of the default one."""
    return static_url(brand_asset_path(context["settings"]["cms"]["SiteBranding"], name))


@register.simple_tag(takes_context=True)
def brand_wordmark(context):
    """The site's SVG wordmark (``includes/wordmarks/<short name>.svg``), or a plain one from its names."""
    branding = context["settings"]["cms"]["SiteBranding"]
    template_ = select_template([f"includes/wordmarks/{brand_key(branding)}.svg", "includes/wordmarks/default.svg"])
    return template_.render(context.flatten() | {"wordmark_id": "wordmark"})


@register.simple_tag(takes_context=True)
def share_meta(context, page=None):
    """Title, description, image and locales of the page for link previews (Open Graph, cards)."""
    request = context["request"]
    branding = context["settings"]["cms"]["SiteBranding"]

    def fallback_image():
        return request.build_absolute_uri(static_url(brand_asset_path(branding, "share.png")))

    return sharing.share_meta(request, page or None, translation.get_language(), fallback_image)


@register.simple_tag
def max_query_length():
    """The longest search text the forms accept, for ``maxlength`` attributes."""
    return MAX_QUERY_LENGTH


@register.tag
def kept_per_version(parser, token):
    """``{% kept_per_version "name" part ... %}…{% end_kept_per_version %}``: the enclosed HTML, rendered once per
    process for the site, the active language and the given parts at each content version.

    For the pieces of the chrome that every page of a site repeats (the header bar, the
    footer): they are made of content (branding, pages, their URLs), which moves the version
    on when it changes, and of translations, which change only with a release. Nothing of
    the request or the visitor may be rendered inside. Unlike Django's ``{% cache %}``, no
    round trip to the shared cache and nothing to expire.
    """
    arguments = token.split_contents()[1:]
    if not arguments:
        raise template.TemplateSyntaxError('kept_per_version needs a name: {% kept_per_version "footer" %}')
    name, *parts = arguments
    nodelist = parser.parse(("end_kept_per_version",))
    parser.delete_first_token()
    return KeptPerVersionNode(nodelist, parser.compile_filter(name), [parser.compile_filter(part) for part in parts])


class KeptPerVersionNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist, self.name, self.parts = nodelist, name, parts

    def render(self, context):
        request = context.get("request")
        if request is None:  # a template rendered outside a request: nothing says which site
            return self.nodelist.render(context)
        site = find_site(request)
        parts = [site.pk if site else None, translation.get_language(), *(part.resolve(context) for part in self.parts)]
        name = f"fragment:{self.name.resolve(context)}"
        before = stand_ins_shown()  # a logo whose file is missing is shown, not kept: it may come back
        render = functools.partial(self.nodelist.render, context)
        return shared_per_version(name, parts, render, keep=lambda: stand_ins_shown() == before)
