"""One request to a publication index: the filter form, the matches, a page of them.

Used by the HTML index and its feeds, so every view of an index reads the same
parameters the same way.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator

from cms.pagination import page_links
from cms.zawgyi import Encoding
from publications.filters import (
    FILTERS,
    SORT_NEWEST,
    SORT_RELEVANCE,
    PublicationFilterForm,
    apply_filters,
    index_facts,
    sort_facts,
)


def fetch_publications(pks):
    """The publications with these pks, in that order, in one query."""
    from publications.models import PublicationPage

    pages = PublicationPage.objects.in_bulk([pk for pk in pks if pk is not None])
    return [pages.get(pk) if pk is not None else None for pk in pks]


@dataclass(frozen=True)
class Chip:
    """An active filter the visitor can remove."""

    label: str
    value_label: str
    remove_url: str


class PublicationListing:
    def __init__(self, index, request, page_size):
        self.index = index
        self.request = request
        self.base_url = index.get_url(request)
        params = request.GET
        facts, options = index_facts(index.path)
        self.form = PublicationFilterForm(params, options)
        self.form.is_valid()
        self.selection = self.form.selected()
        self.query = self.form.search_query()
        self.sort = self.form.chosen_sort()
        ranking = self._search_ranking() if self.query else None
        self.result = apply_filters(facts, self.selection, ranking)
        self.paginator = Paginator(sort_facts(self.result.matches, self.sort, ranking), page_size)
        self.params = params

    def _search_ranking(self):
        """Rank of each publication of this index matching the text query (the site search's index)."""
        from search.models import SearchEntry
        from search.query import matching, parse

        # Only live, public publications are in the facts the ranking is applied to.
        entries = SearchEntry.objects.filter(locale_id=self.index.locale_id, page__path__startswith=self.index.path)
        query = parse(self.query)
        if not query:
            return {}
        return {pk: rank for rank, pk in enumerate(matching(entries, query).values_list("page_id", flat=True))}

    @property
    def is_filtered(self):
        return bool(self.query) or any(self.selection.values())

    def page(self):
        """The requested page: the first for a non-number, the last past the end."""
        page_obj = self.paginator.get_page(self.params.get("page"))
        page_obj.object_list = fetch_publications([facts.pk for facts in page_obj.object_list])
        return page_obj

    # Query strings, rebuilt from the clean values only --------------------

    def params_list(self, selection=None, include_sort=True):
        selection = self.selection if selection is None else selection
        pairs = [("q", self.query)] if self.query else []
        for definition in FILTERS:
            pairs += [(definition.name, value) for value in sorted(selection[definition.name])]
        default_sort = SORT_RELEVANCE if self.query else SORT_NEWEST
        if include_sort and self.sort != default_sort:
            pairs.append(("sort", self.sort))
        return pairs

    def url(self, pairs):
        return f"{self.base_url}?{urlencode(pairs)}" if pairs else self.base_url

    def page_url(self, number):
        return self.url([*self.params_list(), *([("page", number)] if number > 1 else [])])

    def canonical_url(self, page_obj):
        """The unfiltered index for filtered views; the plain page otherwise."""
        number = 1 if self.is_filtered else page_obj.number
        path = f"{self.base_url}?page={number}" if number > 1 else self.base_url
        return self.request.build_absolute_uri(path)

    def zawgyi_notice(self):
        """What to tell a visitor whose search was (or may have been) typed in Zawgyi."""
        result = self.form.zawgyi
        if result is None or result.encoding is Encoding.UNICODE:
            return None
        if result.encoding is Encoding.ZAWGYI:
            return {"converted": True, "original": result.original}
        pairs = [("q", result.converted), *[pair for pair in self.params_list() if pair[0] != "q"]]
        return {"converted": False, "alternative": result.converted, "alternative_url": self.url(pairs)}

    @property
    def feed_query(self):
        """The filters as a query string for the feed links (feeds are always newest first)."""
        return urlencode(self.params_list(include_sort=False))

    def page_links(self, page_obj):
        return page_links(page_obj, self.page_url)

    def chips(self):
        labels = {definition.name: dict(self.form.fields[definition.name].choices) for definition in FILTERS}
        chips = []
        if self.query:
            without_query = [pair for pair in self.params_list() if pair[0] != "q"]
            chips.append(Chip(self.form.fields["q"].label, f"“{self.query}”", self.url(without_query)))
        for definition in FILTERS:
            for value in sorted(self.selection[definition.name]):
                remaining = dict(self.selection)
                remaining[definition.name] = self.selection[definition.name] - {value}
                chips.append(
                    Chip(
                        definition.label,
                        str(labels[definition.name].get(value, value)),
                        self.url(self.params_list(remaining)),
                    )
                )
        return chips

    def option_groups(self):
        """Each filter with its options, their counts and whether they are chosen."""
        groups = []
        for definition in FILTERS:
            counts = self.result.counts[definition.name]
            selected = self.selection[definition.name]
            options = [
                {"value": value, "label": label, "count": counts.get(value, 0), "selected": value in selected}
                for value, label in self.form.fields[definition.name].choices
                if value
            ]
            groups.append(
                {
                    "name": definition.name,
                    "label": definition.label,
                    "multiple": definition.multiple,
                    "options": options,
                    "errors": self.form.errors.get(definition.name, []),
                }
            )
        return groups
