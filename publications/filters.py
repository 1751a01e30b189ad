"""Filtering, sorting and facet counts of a publication index.

``FILTERS`` is the fixed list of filter definitions: a query parameter is read only if
it is named there, and each definition says which fact of a publication it matches,
so a URL can never reach a field that is not on the list.

The facts of every publication of an index (type, year, topics, countries, document
languages) are loaded in a handful of queries whatever the number of publications;
filtering, facet counts and sorting then run in memory, and only the publications of
the requested page are fetched whole.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.content_cache import cached
from cms.languages import DOCUMENT_LANGUAGE_CHOICES
from cms.text import MAX_QUERY_LENGTH, clean_text
from cms.zawgyi import Encoding, check
from taxonomy.models import Country, PublicationType, Topic

SORT_NEWEST = "newest"
SORT_OLDEST = "oldest"
SORT_TITLE = "title"
SORT_RELEVANCE = "relevance"
SORT_CHOICES = [
    (SORT_NEWEST, _("Newest first")),
    (SORT_OLDEST, _("Oldest first")),
    (SORT_TITLE, _("Title A–Z")),
    (SORT_RELEVANCE, _("Best match")),
]


@dataclass(frozen=True)
class Facts:
    """What the filters know of one publication."""

    pk: int
    title: str
    date: datetime.date
    type: str
    topics: frozenset = field(default_factory=frozenset)
    countries: frozenset = field(default_factory=frozenset)
    languages: frozenset = field(default_factory=frozenset)

    @property
    def year(self):
        return str(self.date.year)


@dataclass(frozen=True)
class FilterDefinition:
    """One filter: its query parameter, its label and the publication values it matches."""

    name: str
    label: str
    multiple: bool
    values: object  # Facts -> iterable of str

    def matches(self, facts, selected):
        return not selected or not selected.isdisjoint(self.values(facts))


FILTERS = (
    FilterDefinition("type", _("Type"), False, lambda facts: (facts.type,)),
    FilterDefinition("topic", _("Topic"), True, lambda facts: facts.topics),
    FilterDefinition("country", _("Country"), True, lambda facts: facts.countries),
    FilterDefinition("year", _("Year"), False, lambda facts: (facts.year,)),
    FilterDefinition("lang", _("Language"), False, lambda facts: facts.languages),
)
FILTER_NAMES = tuple(definition.name for definition in FILTERS)


def load_facts(publications):
    """Facts of the given publications queryset, in four queries."""
    from publications.models import PublicationDocument, PublicationPage

    rows = list(publications.values_list("pk", "title", "date", "publication_type"))
    topics, countries, languages = (
        _grouped(
            PublicationPage.topics.through.objects.filter(publicationpage__in=publications).values_list(
                "publicationpage_id", "topic__slug"
            )
        ),
        _grouped(
            PublicationPage.countries.through.objects.filter(publicationpage__in=publications).values_list(
                "publicationpage_id", "country__code"
            )
        ),
        _grouped(PublicationDocument.objects.filter(page__in=publications).values_list("page_id", "language")),
    )
    return [
        Facts(
            pk=pk,
            title=title,
            date=date,
            type=kind,
            topics=topics.get(pk, frozenset()),
            countries=countries.get(pk, frozenset()),
            languages=languages.get(pk, frozenset()),
        )
        for pk, title, date, kind in rows
    ]


def index_facts(index_path):
    """Facts and filter options of the index at ``index_path``, cached per content version.

    Keyed by path so a publication page can use its index's facts without loading
    the index page itself.
    """

    def load():
        from publications.models import PublicationIndexPage

        index = PublicationIndexPage.objects.get(path=index_path)
        facts = load_facts(index.publications())
        return facts, option_labels(facts, index.locale_id)

    return cached("publication-facts", [index_path], load)


def neighbours(facts, pk):
    """The pks of the publications before (older) and after (newer) ``pk`` by date."""
    ordered = sorted(facts, key=lambda item: (item.date, item.pk))
    position = next((number for number, item in enumerate(ordered) if item.pk == pk), None)
    if position is None:
        return None, None
    older = ordered[position - 1].pk if position > 0 else None
    newer = ordered[position + 1].pk if position + 1 < len(ordered) else None
    return older, newer


def related(facts, pk, limit):
    """The pks of the newest publications sharing a topic with ``pk``."""
    current = next((item for item in facts if item.pk == pk), None)
    if current is None or not current.topics:
        return []
    sharing = [item for item in facts if item.pk != pk and not current.topics.isdisjoint(item.topics)]
    return [item.pk for item in sort_facts(sharing, SORT_NEWEST)[:limit]]


def _grouped(pairs):
    grouped = {}
    for key, value in pairs:
        grouped.setdefault(key, set()).add(value)
    return {key: frozenset(values) for key, values in grouped.items()}


class SubsetMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values of a repeated parameter instead of rejecting them all.

    The form reports the unknown ones; a link shared with one stale topic still
    shows the rest of what it asked for.
    """

    def clean(self, value):
        values = self.to_python(value)
        known = {str(choice) for choice, _label in self.choices}
        return list(dict.fromkeys(item for item in values if item in known))


INVALID_CHOICE = _("“%(value)s” is not one of the options.")


class PublicationFilterForm(forms.Form):
    """The index's filters as a plain GET form; invalid values become errors and are ignored."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": _("Use at most %(limit_value)d characters (this has %(show_value)d).")},
    )
    sort = forms.ChoiceField(
        label=_("Sort by"), required=False, choices=SORT_CHOICES, error_messages={"invalid_choice": INVALID_CHOICE}
    )

    def __init__(self, data, options):
        super().__init__(data)
        self.unknown = {}
        self.zawgyi = None
        for definition in FILTERS:
            choices = options.get(definition.name, [])
            if definition.multiple:
                self.fields[definition.name] = SubsetMultipleChoiceField(
                    label=definition.label, required=False, choices=choices, widget=forms.CheckboxSelectMultiple
                )
            else:
                self.fields[definition.name] = forms.ChoiceField(
                    label=definition.label,
                    required=False,
                    choices=[("", _("Any"))] + choices,
                    error_messages={"invalid_choice": INVALID_CHOICE},
                )
        self.order_fields(["q", *FILTER_NAMES, "sort"])

    def clean_q(self):
        """Zawgyi is searched as Unicode; doubtful text is searched as typed, with the other offered."""
        result = check(clean_text(self.cleaned_data["q"]))
        self.zawgyi = result
        return result.converted if result.encoding is Encoding.ZAWGYI else result.original

    def clean(self):
        cleaned = super().clean()
        for definition in FILTERS:
            if not definition.multiple or definition.name not in cleaned:
                continue
            unknown = [value for value in self.data.getlist(definition.name) if value not in cleaned[definition.name]]
            if unknown:
                self.unknown[definition.name] = unknown
                self.add_error(
                    None,
                    _("Unknown %(filter)s ignored: %(values)s")
                    % {
                        "filter": definition.label.lower(),
                        "values": ", ".join(value[:40] for value in unknown[:5]),
                    },
                )
        return cleaned

    def selected(self):
        """The valid filter values, each as a set (empty when not filtering)."""
        data = getattr(self, "cleaned_data", {})
        selection = {}
        for definition in FILTERS:
            value = data.get(definition.name)
            if definition.multiple:
                selection[definition.name] = frozenset(value or ())
            else:
                selection[definition.name] = frozenset([value]) if value else frozenset()
        return selection

    def search_query(self):
        return getattr(self, "cleaned_data", {}).get("q", "")

    def chosen_sort(self):
        """The valid sort order; relevance only makes sense with a text query."""
        sort = getattr(self, "cleaned_data", {}).get("sort") or ""
        if sort == SORT_RELEVANCE and not self.search_query():
            return SORT_NEWEST
        return sort or (SORT_RELEVANCE if self.search_query() else SORT_NEWEST)


@dataclass
class FilterResult:
    """What one request to the index found: ordered matches and counts per option."""

    matches: list
    counts: dict


def apply_filters(facts, selection, search_ranking=None):
    """Filter ``facts`` by ``selection``; count each option given the other filters.

    ``search_ranking`` maps the pk of every publication matching the text query to
    its rank (``None`` when there is no text query).
    """
    pool = facts if search_ranking is None else [item for item in facts if item.pk in search_ranking]
    matches = [item for item in pool if all(d.matches(item, selection[d.name]) for d in FILTERS)]
    counts = {}
    for definition in FILTERS:
        others = [d for d in FILTERS if d is not definition]
        counter = Counter()
        for item in pool:
            if all(d.matches(item, selection[d.name]) for d in others):
                counter.update(definition.values(item))
        counts[definition.name] = counter
    return FilterResult(matches=matches, counts=counts)


def sort_facts(matches, sort, search_ranking=None):
    if sort == SORT_RELEVANCE and search_ranking is not None:
        return sorted(matches, key=lambda item: search_ranking[item.pk])
    if sort == SORT_OLDEST:
        return sorted(matches, key=lambda item: (item.date, item.pk))
    if sort == SORT_TITLE:
        return sorted(matches, key=lambda item: (item.title.casefold(), item.pk))
    return sorted(matches, key=lambda item: (item.date, item.pk), reverse=True)


def option_labels(facts, locale_id):
    """Choices of every filter: the values present in ``facts``, labelled in the page's locale."""
    topic_slugs = set().union(*(item.topics for item in facts)) if facts else set()
    country_codes = set().union(*(item.countries for item in facts)) if facts else set()
    years = sorted({item.year for item in facts}, reverse=True)
    types = {item.type for item in facts}
    languages = set().union(*(item.languages for item in facts)) if facts else set()
    return {
        "type": [(value, label) for value, label in PublicationType.choices if value in types],
        "topic": _term_labels(Topic, "slug", topic_slugs, locale_id),
        "country": _term_labels(Country, "code", country_codes, locale_id),
        "year": [(year, year) for year in years],
        "lang": [(value, label) for value, label in DOCUMENT_LANGUAGE_CHOICES if value in languages],
    }


def _term_labels(model, key, values, locale_id):
    """(value, name) pairs sorted by name, the name in ``locale_id`` where translated."""
    if not values:
        return []
    names = {}
    rows = model.objects.filter(**{f"{key}__in": values}).values_list(key, "name", "locale_id")
    for value, name, term_locale in rows:
        if term_locale == locale_id or value not in names:
            names[value] = name
    return sorted(names.items(), key=lambda pair: pair[1].casefold())
