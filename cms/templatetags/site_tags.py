"""Template tags of the reference front end: navigation, language switcher, site name."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

register = template.Library()

# Each language named in itself, as a reader looking for it expects.
NATIVE_LANGUAGE_NAMES = {"en": "English", "my": "မြန်မာ"}


def site_root(request, page=None):
    """The current site's HomePage in the page's locale (or the active language)."""
    if page is not None and hasattr(page, "site_root"):
        return page.site_root
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized.specific


@register.inclusion_tag("includes/navigation.html", takes_context=True)
def main_navigation(context, page=None):
    request = context["request"]
    page = page or None
    root = site_root(request, page)
    items = list(root.get_children().live().public().in_menu()) if root else []
    current_path = page.path if page is not None else ""
    return {
        "request": request,
        "root_url": root.get_url(request) if root else None,
        "items": [
            {"title": item.title, "url": item.get_url(request), "active": current_path.startswith(item.path)}
            for item in items
        ],
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """A link per language to this page's translation, or a plain note that there is none."""
    request = context["request"]
    page = page or None
    current = translation.get_language()
    pages = {}
    if page is not None:
        pages = {
            p.locale.language_code: p
            for p in Page.objects.live().filter(translation_key=page.translation_key).select_related("locale")
        }
    root = site_root(request, page)
    roots = {}
    if root is not None:
        roots = {
            p.locale.language_code: p
            for p in Page.objects.live().filter(translation_key=root.translation_key).select_related("locale")
        }
    languages = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = pages.get(code) if page is not None else roots.get(code)
        fallback = roots.get(code)
        languages.append(
            {
                "code": code,
                "name": NATIVE_LANGUAGE_NAMES.get(code, code),
                "current": code == current,
                "url": target.get_url(request) if target else None,
                "fallback_url": fallback.get_url(request) if fallback else None,
            }
        )
    return {"languages": languages}


@register.simple_tag(takes_context=True)
def site_name(context):
    """The network's name from the site's branding, in the active language."""
    branding = context["settings"]["cms"]["SiteBranding"]
    return branding.name_for(translation.get_language()) or settings.WAGTAIL_SITE_NAME


JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """``data`` as JSON that is safe inside a <script type="application/ld+json"> element."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))
