"""One request to a publication index: the filter form, the matches, a page of them.

Used by the HTML index and its feeds, so every view of an index reads the same
parameters the same way.
"""

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils import translation
from django.utils.functional import cached_property

from cms.cached_objects import cached_objects
from cms.content_cache import cached, shared_per_version
from cms.numerals import localize_digits
from cms.pagination import page_links
from cms.zawgyi import Encoding
from publications.bitmaps import LINKED_TERMS, bitmaps_for
from publications.filters import (
    FILTERS,
    NUMERIC_FILTERS,
    SORT_NEWEST,
    SORT_RELEVANCE,
    PublicationFilterForm,
    index_options,
    total_count,
)
from publications.queries import attached_files

# Text queries per index whose matches a process keeps at one content version.
TEXT_MATCHES_KEPT = 256


@dataclass(frozen=True)
class Chip:
    """An active filter the visitor can remove."""

    label: str
    value_label: str
    remove_url: str


class CountedPaginator(Paginator):
    """A paginator told its count (read from the facet counts) instead of asking the database."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.count = count


class OrderedPublications:
    """Publications of ``model`` in the order of ``ids``; a slice loads only its own pages, and only when read."""

    def __init__(self, model, ids):
        self.model = model
        self.ids = ids

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return cached_objects(self.model, [self.ids[item]])[0]
        return PublicationRows(self.model, self.ids[item])

    def __iter__(self):
        return iter(self[:])


class PublicationRows(Sequence):
    """The publications ``ids``, loaded when first read.

    A page of an index lists their cards, each kept per content version: when every
    card is kept, no publication is loaded at all (``publication_cards`` reads ``ids``
    and asks ``by_id`` for the others only).
    """

    def __init__(self, model, ids):
        self.model = model
        self.ids = ids

    @cached_property
    def _loaded(self):
        return cached_objects(self.model, self.ids)

    def __len__(self):
        return len(self._loaded)

    def __getitem__(self, item):
        return self._loaded[item]

    def by_id(self, ids):
        """``{id: publication}`` of ``ids``, with the fields a card shows."""
        return {page.pk: page for page in cached_objects(self.model, ids, self.model.CARD_FIELDS)}


def _publication_model():
    """The publications' page type, without building the index's queryset of them (a millisecond)."""
    from publications.models import PublicationPage  # which imports this module

    return PublicationPage


class PublicationListing:
    """The filter form, the matching publications in order, their counts per option and a page of them.

    Nothing is loaded until asked for: a feed reads the first rows of ``matches`` and
    never counts; the HTML index and the API count once and load one page.
    """

    def __init__(self, index, request, page_size):
        self.index = index
        self.request = request
        self.page_size = page_size
        self.base_url = index.get_url(request)
        self.params = request.GET
        options, self.unfiltered_counts = index_options(index)
        self.form = PublicationFilterForm(self.params, options)
        self.form.is_valid()
        self.selection = self.form.selected()
        self.query = self.form.search_query()
        self.sort = self.form.chosen_sort()

    def _ranked_ids(self, query):
        """Ids of this index's pages matching ``query``, best first, from the search's full-text index.

        A list, not a subquery: the full-text condition is SQL written for the search
        table under its own name, which a subquery would rename. Kept per content version,
        as the site search keeps its rankings: the full-text query is most of a text search's time.
        """
        from search.models import SearchEntry
        from search.query import matching

        entries = SearchEntry.objects.filter(locale_id=self.index.locale_id, page__path__startswith=self.index.path)
        found = matching(entries, query).values_list("page_id", flat=True)
        return cached("index-text-matches", [self.index.pk, query.digest], lambda: list(found))

    @cached_property
    def _text_matches(self):
        """The bitmap of the publications the text query matches, and their bit places best first.

        Made once per process, content version and query (the least recently asked dropped
        past ``TEXT_MATCHES_KEPT``): a common word matches thousands, and setting their bits
        took longer than the rest of the page. Kept as places: 256 rankings of 10,000 take
        10 MB so, and took 90 MB as lists of ids.
        """
        from search.query import parse

        query = parse(self.query)
        if not query:
            return 0, array("I")

        def build():
            ranked, bitmaps = self._ranked_ids(query), self._bitmaps
            return bitmaps.mask_of(ranked), bitmaps.places_of(ranked)

        return shared_per_version("index-text-bitmap", [self.index.pk, query.digest], build, limit=TEXT_MATCHES_KEPT)

    @cached_property
    def _bitmaps(self):
        return bitmaps_for(self.index)

    @cached_property
    def _within(self):
        """The bitmap of the publications the text query matches (all of them without one)."""
        return self._text_matches[0] if self.query else self._bitmaps.everything

    @cached_property
    def counts(self):
        """Per filter, how many publications each option would give with the other filters."""
        if not self.is_filtered:
            return self.unfiltered_counts
        return self._bitmaps.counts(self.selection, self._within)

    @cached_property
    def total(self):
        return total_count(self.counts, self.selection)

    @cached_property
    def matches(self):
        """The matching publications in the chosen order, sliceable without loading the others."""
        bitmaps = self._bitmaps
        mask = bitmaps.matching(self.selection, self._within)
        model = _publication_model()
        if self.sort == SORT_RELEVANCE and self.query:
            places = self._text_matches[1]
            if mask == self._within:
                return OrderedPublications(model, bitmaps.ids_at(places))
            return OrderedPublications(model, bitmaps.ids_in_mask(places, mask))
        return OrderedPublications(model, bitmaps.ordered_ids(mask, self.sort))

    def tags(self, ids):
        """``{id: {"topic": [slug, ...], "country": [code, ...]}}`` of matches ``ids``, from the bitmaps."""
        return {pk: {name: self._bitmaps.values_of(pk, name) for name in LINKED_TERMS} for pk in ids}

    def files(self, ids):
        """``{id: [(document, language), ...]}`` of matches ``ids``, from the bitmaps and the kept documents."""
        return attached_files(self._bitmaps, ids)

    def newest(self, limit):
        """The first ``limit`` matches, newest first whatever the chosen order (for feeds), with a card's fields."""
        mask = self._bitmaps.matching(self.selection, self._within)
        model = _publication_model()
        return cached_objects(model, self._bitmaps.newest_ids(mask, limit), model.CARD_FIELDS)

    @cached_property
    def paginator(self):
        return CountedPaginator(self.matches, self.page_size, self.total)

    @property
    def is_filtered(self):
        return bool(self.query) or any(self.selection.values())

    def page(self):
        """The requested page: the first for a non-number, the last past the end."""
        return self.paginator.get_page(self.params.get("page"))

    def page_number_is_valid(self):
        """No ``page`` parameter, or the number of a page that exists."""
        number = self.params.get("page")
        if number is None:
            return True
        return number.isascii() and number.isdigit() and 1 <= int(number) <= self.paginator.num_pages

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

    @cached_property
    def feed_urls(self):
        """``{"rss": url, "atom": url}``: the index's feeds with the same filters (feeds are always newest first)."""
        query = urlencode(self.params_list(include_sort=False))
        base = self.base_url if self.base_url.endswith("/") else f"{self.base_url}/"
        suffix = f"?{query}" if query else ""
        return {name: f"{base}{self.index.reverse_subpage(name)}{suffix}" for name in ("rss", "atom")}

    def page_links(self, page_obj):
        return page_links(page_obj, self.page_url)

    @cached_property
    def chips(self):
        """The active filters, each with the URL that removes it (the form's summary and the results both show them)."""
        labels = {definition.name: dict(self.form.fields[definition.name].choices) for definition in FILTERS}
        chips = []
        if self.query:
            without_query = [pair for pair in self.params_list() if pair[0] != "q"]
            chips.append(Chip(self.form.fields["q"].label, f"“{self.query}”", self.url(without_query)))
        for definition in FILTERS:
            for value in sorted(self.selection[definition.name]):
                remaining = dict(self.selection)
                remaining[definition.name] = self.selection[definition.name] - {value}
                label = str(labels[definition.name].get(value, value))
                if definition.name in NUMERIC_FILTERS:
                    label = localize_digits(label, translation.get_language())
                chips.append(Chip(definition.label, label, self.url(self.params_list(remaining))))
        return chips

    def option_groups(self):
        """Each filter with its options (labels as text, in the active language), counts and whether chosen."""
        groups = []
        for definition in FILTERS:
            counts = self.counts[definition.name]
            selected = self.selection[definition.name]
            options = [
                {"value": value, "label": str(label), "count": counts.get(value, 0), "selected": value in selected}
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
