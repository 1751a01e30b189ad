"""One search of one site in one locale: the matching entries, counted per kind."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from search.indexing import PAGE_KIND
from search.models import SearchEntry
from search.query import matching, parse
from taxonomy.models import PublicationType

KIND_LABELS = {PAGE_KIND: _("Pages"), **dict(PublicationType.choices)}


@dataclass
class SiteSearch:
    query: object
    entries: object  # the matching SearchEntry queryset, best first, of the chosen kind
    counts: dict  # kind -> number of matches, whatever kind is chosen

    def facets(self, chosen=""):
        return [
            {"value": kind, "label": str(label), "count": self.counts.get(kind, 0), "selected": kind == chosen}
            for kind, label in KIND_LABELS.items()
            if self.counts.get(kind)
        ]


def site_entries(root):
    """Index entries of the live, public pages under a site's root (one locale)."""
    return SearchEntry.objects.filter(
        site_root_path=root.path, locale_id=root.locale_id, page__in=Page.objects.live().public()
    )


def search_site(root, raw_query, kind=""):
    query = parse(raw_query)
    if not query:
        return SiteSearch(query, SearchEntry.objects.none(), {})
    found = matching(site_entries(root), query)
    counts = dict(found.order_by().values_list("kind").annotate(total=Count("pk")))
    if kind:
        found = found.filter(kind=kind)
    return SiteSearch(query, found, counts)
