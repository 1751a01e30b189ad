"""Sites in the API: each network's branding and its navigation, per locale."""

from wagtail.models import Site

from cms.api.media import image_data
from cms.api.pages import PAGE_LINK_SCHEMA, page_link
from cms.api.refs import array_of, nullable, obj, ref
from cms.models import SiteBranding
from cms.restrictions import live_public_pages


def all_sites():
    return list(Site.objects.select_related("root_page").order_by("pk"))


def site_data(site):
    return {
        "id": site.pk,
        "hostname": site.hostname,
        "port": site.port,
        "site_name": site.site_name,
        "is_default_site": site.is_default_site,
        "root_page_id": site.root_page_id,
    }


def branding_data(site, language_code, request):
    """The site's branding with its texts in ``language_code`` (English where not translated)."""
    # Read, not ``for_site``: that creates a missing setting, and a GET writes nothing.
    branding = SiteBranding.objects.filter(site=site).first() or SiteBranding(site=site)
    name = branding.name_for(language_code)
    return {
        "name": name,
        "short_name": branding.short_name,
        "logo": image_data(branding.logo, request, alt=name) if branding.logo_id else None,
        "about": branding.text_for("about", language_code),
        "contact_email": branding.contact_email,
        "social_links": [
            {"platform": child.value["platform"], "url": child.value["url"]} for child in branding.social_links
        ],
        "parent_organisation": {
            "name": branding.parent_organisation,
            "url": branding.parent_organisation_url,
            "about": branding.text_for("parent_organisation_about", language_code),
        },
    }


def navigation(root, request):
    """The menu of a site in one locale: the root's menu pages and, below each, its menu pages.

    Two queries whatever the size of the menu.
    """
    if root is None:
        return []
    menu = list(live_public_pages().in_menu().child_of(root))
    below = live_public_pages().in_menu().descendant_of(root).filter(depth=root.depth + 2)
    children = {}
    for page in below:
        children.setdefault(page.path[: -page.steplen], []).append(page)
    return [
        {**page_link(page, request), "children": [page_link(child, request) for child in children.get(page.path, [])]}
        for page in menu
    ]


SITE_SCHEMA = obj(
    {
        "id": {"type": "integer"},
        "hostname": {"type": "string"},
        "port": {"type": "integer"},
        "site_name": {"type": "string"},
        "is_default_site": {"type": "boolean"},
        "root_page_id": {"type": "integer"},
    }
)
BRANDING_SCHEMA = obj(
    {
        "name": {"type": "string"},
        "short_name": {"type": "string"},
        "logo": nullable(ref("Image")),
        "about": {"type": "string"},
        "contact_email": {"type": "string"},
        "social_links": array_of(obj({"platform": {"type": "string"}, "url": {"type": "string"}})),
        "parent_organisation": obj(
            {"name": {"type": "string"}, "url": {"type": "string"}, "about": {"type": "string"}}
        ),
    }
)
NAVIGATION_ITEM_SCHEMA = obj({**PAGE_LINK_SCHEMA["properties"], "children": array_of(ref("PageLink"))})
