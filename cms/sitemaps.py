"""The sitemap of a site: its pages in every locale, each with its translations as hreflang alternates."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from cms.restrictions import live_public_pages

DEFAULT_LANGUAGE = "en"


class LocalizedSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
        in_site = Q()
        for path in roots:
            in_site |= Q(path__startswith=path)
        return (
            live_public_pages()
            .filter(in_site)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """Each page's URL, with ``alternates`` naming every language it is live in (and x-default)."""
        pages = list(self.paginator.page(page).object_list)
        urls, by_key = [], defaultdict(list)
        for item in pages:
            for info in item.get_sitemap_urls(self.request):
                by_key[item.translation_key].append(
                    {"lang_code": item.locale.language_code, "location": info["location"]}
                )
                urls.append((item.translation_key, info))
        for key, info in urls:
            versions = sorted(by_key[key], key=lambda version: version["lang_code"])
            default = [
                dict(version, lang_code="x-default") for version in versions if version["lang_code"] == DEFAULT_LANGUAGE
            ]
            info["alternates"] = versions + default if len(versions) > 1 else []
        last_mods = {info.get("lastmod") for _key, info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return [info for _key, info in urls]
