"""One search of one site in one locale: the matching entries, counted per kind, one page at a time.

A query is ranked once per content version: one pass of the database's full-text
index gives every match's page id and kind, best first (``Ranking``), kept in the
shared cache. Every page of results, every kind chosen and every count is then read
from it, and the rows a page of results shows are loaded once per content version. A query asked
again, paged or narrowed to a kind costs the same whatever the number of matches; a
query asked for the first time costs the one pass the database must make over its
matches to rank and count them.

The ranking is only as fresh as the content version: bulk index writes made without a
page save after them (the end of ``indexing.deferred()``, ``index_created``) move it on
themselves, so a search ranked meanwhile is not read again.

The index holds only live, public pages (``search.indexing`` keeps it so), so the
ranking does not join the page tree; the pages of the rows shown are checked again when
they are loaded (``shown``).
"""

from array import array
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.cached_objects import cached_objects
from cms.content_cache import cached
from cms.restrictions import public_page_types
from search.indexing import PAGE_KIND
from search.models import SearchEntry
from search.query import matching, parse
from taxonomy.models import PublicationType

KIND_LABELS = {PAGE_KIND: _("Pages"), **dict(PublicationType.choices)}
# What a result shows of its entry: the text is read for the snippet, never the token columns.
SHOWN_FIELDS = ("page_id", "kind", "title", "text", "date")
ID_TYPE = "q"  # 64-bit page ids


@dataclass(frozen=True)
class Ranking:
    """Every match of one query, best first: all page ids, and the ids of each kind."""

    ids: array = field(default_factory=lambda: array(ID_TYPE))
    by_kind: dict = field(default_factory=dict)

    @classmethod
    def of(cls, rows):
        """The ranking of ``(page_id, kind)`` rows given best first."""
        ranking = cls()
        for page_id, kind in rows:
            ranking.ids.append(page_id)
            ranking.by_kind.setdefault(kind, array(ID_TYPE)).append(page_id)
        return ranking

    def counts(self):
        return {kind: len(ids) for kind, ids in self.by_kind.items()}

    def window(self, kind, offset, limit):
        """Page ids ranked ``offset`` to ``offset + limit`` among those of ``kind`` (all if none)."""
        ids = self.by_kind.get(kind, array(ID_TYPE)) if kind else self.ids
        return list(ids[offset : offset + limit])


def rank(matches):
    """The ranking of a matching queryset (best first), read in one query of two columns."""
    return Ranking.of(matches.values_list("page_id", "kind"))


@dataclass
class SiteSearch:
    query: object
    entries: object  # the matching SearchEntry queryset, best first, of the chosen kind
    ranking: Ranking
    kind: str = ""

    @property
    def counts(self):
        """``{kind: number of matches}``, whatever kind is chosen."""
        return self.ranking.counts()

    @property
    def total(self):
        """How many entries of the chosen kind (of every kind if none is chosen) match."""
        return len(self.ranking.by_kind.get(self.kind, ())) if self.kind else len(self.ranking.ids)

    def rows(self, offset, limit):
        """The entries ranked ``offset`` to ``offset + limit``, with the fields a result shows.

        Each entry is kept per content version (``cms.cached_objects``): a page's entry is
        written as it is published, before the version moves on. Those not kept yet are
        read in one query.
        """
        return cached_objects(SearchEntry, self.ranking.window(self.kind, offset, limit), SHOWN_FIELDS)

    def facets(self, chosen=""):
        counts = self.counts
        return [
            {"value": kind, "label": str(label), "count": counts.get(kind, 0), "selected": kind == chosen}
            for kind, label in KIND_LABELS.items()
            if counts.get(kind)
        ]


class RankedPages:
    """A search's results as a sequence Django's ``Paginator`` slices: its length is the
    known total, a slice is one query of the rows shown."""

    def __init__(self, search):
        self.search = search

    def count(self):
        return self.search.total

    def __len__(self):
        return self.search.total

    def __getitem__(self, window):
        return self.search.rows(window.start or 0, window.stop - (window.start or 0))


def site_entries(root):
    """Index entries of the pages under a site's root, in the root's locale.

    The index holds an entry only while its page is live and public.
    """
    return SearchEntry.objects.filter(site_root_path=root.path, locale_id=root.locale_id)


def shown(entries):
    """``(entry, page)`` of the entries whose page is live and public, each page kept per content version.

    Which pages are public comes from a table kept per content version
    (``public_page_types``), the pages themselves from ``cms.cached_objects``: a page
    shown by an earlier search, whatever its words, costs no query.
    """
    public = public_page_types()
    ids = [entry.page_id for entry in entries if entry.page_id in public]
    pages = {page.pk: page for page in cached_objects(Page, ids)}
    return [(entry, pages[entry.page_id]) for entry in entries if entry.page_id in pages]


def search_site(root, raw_query, kind=""):
    query = parse(raw_query)
    if not query:
        return SiteSearch(query, SearchEntry.objects.none(), Ranking(), kind)
    found = matching(site_entries(root), query)
    ranking = cached("search-ranking", [root.path, root.locale_id, query.digest], lambda: rank(found))
    return SiteSearch(query, found.filter(kind=kind) if kind else found, ranking, kind)
