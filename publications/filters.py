"""Filtering, sorting and facet counts of a publication index, as database queries.

``FILTERS`` is the fixed list of filter definitions: a query parameter is read only if
it is named there, and each definition maps its values to a condition on
``PublicationPage`` and counts its options with one grouped query, so a URL can never
reach a field that is not on the list and no request loads more than the page it shows.

The filter options of an index (the values its publications have, labelled in the
index's language) and their counts on the unfiltered index are cached per content
version (``facet_counts``: a ``UNION ALL`` of the grouped queries). A filtered request
counts its options from the index's bitmaps instead (``publications.bitmaps``), which also
give every list and feed its matches in order.
"""

import datetime
import operator
from dataclasses import dataclass
from functools import reduce

from django import forms
from django.db.models import CharField, Count, Exists, F, OuterRef, Q, Value
from django.db.models.functions import Cast, ExtractYear, Lower
from django.utils.translation import gettext_lazy as _

from cms.content_cache import cached
from cms.languages import DOCUMENT_LANGUAGE_CHOICES
from cms.text import MAX_QUERY_LENGTH, clean_text
from cms.zawgyi import check
from taxonomy.countries import collation_key
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
ORDERINGS = {
    SORT_NEWEST: ("-date", "-pk"),
    SORT_OLDEST: ("date", "pk"),
    SORT_TITLE: (Lower("title"), "pk"),
}


def _models():
    from publications.models import PublicationDocument, PublicationPage

    return PublicationPage, PublicationDocument


def _tagged(relation, term, field):
    """Filter and facet of a many-to-many relation (topics, countries), keyed by ``field`` of the term."""

    def condition(values):
        through = getattr(_models()[0], relation).through
        links = through.objects.filter(publicationpage=OuterRef("pk"), **{f"{term}__{field}__in": values})
        return Q(Exists(links))

    def facet(publications):
        through = getattr(_models()[0], relation).through
        links = through.objects.filter(publicationpage__in=publications.values("pk"))
        return links.values(value=F(f"{term}__{field}")).annotate(count=Count("publicationpage", distinct=True))

    return condition, facet


def _type_condition(values):
    return Q(publication_type__in=values)


def _type_facet(publications):
    return publications.values(value=F("publication_type")).annotate(count=Count("pk"))


def _year_condition(values):
    """A date range per year, so the date index answers it."""
    starts = [datetime.date(int(year), 1, 1) for year in values]
    return reduce(operator.or_, (Q(date__gte=start, date__lt=start.replace(year=start.year + 1)) for start in starts))


def _year_facet(publications):
    return publications.values(value=Cast(ExtractYear("date"), CharField())).annotate(count=Count("pk"))


def _language_condition(values):
    documents = _models()[1].objects.filter(page=OuterRef("pk"), language__in=values)
    return Q(Exists(documents))


def _language_facet(publications):
    documents = _models()[1].objects.filter(page__in=publications.values("pk"))
    return documents.values(value=F("language")).annotate(count=Count("page", distinct=True))


@dataclass(frozen=True)
class FilterDefinition:
    """One filter: its query parameter, its label, its condition and its grouped count.

    ``condition(values)`` is a ``Q`` on publications having any of ``values``;
    ``facet(publications)`` is a query of ``(value, count)`` rows, one per option.
    """

    name: str
    label: str
    multiple: bool
    condition: object
    facet: object

    def filter(self, publications, selected):
        return publications.filter(self.condition(selected)) if selected else publications


FILTERS = (
    FilterDefinition("type", _("Type"), False, _type_condition, _type_facet),
    FilterDefinition("topic", _("Topic"), True, *_tagged("topics", "topic", "slug")),
    FilterDefinition("country", _("Country"), True, *_tagged("countries", "country", "code")),
    FilterDefinition("year", _("Year"), False, _year_condition, _year_facet),
    FilterDefinition("lang", _("Language"), False, _language_condition, _language_facet),
)
FILTER_NAMES = tuple(definition.name for definition in FILTERS)
# Filters whose labels are numbers (years): written in the page language's digits, as counts are.
NUMERIC_FILTERS = frozenset({"year"})
# Every publication has exactly one type: the type counts add up to the number of matches.
TOTAL_FROM = "type"


def filtered(publications, selection, skip=None):
    """``publications`` narrowed by every selected filter except ``skip``."""
    for definition in FILTERS:
        if definition is not skip:
            publications = definition.filter(publications, selection[definition.name])
    return publications


def facet_counts(publications, selection):
    """Per filter, the count of each option given the other filters, in one query."""
    parts = [
        definition.facet(filtered(publications, selection, skip=definition).order_by())
        .annotate(facet=Value(definition.name, output_field=CharField()))
        .values_list("value", "count", "facet")
        .order_by()
        for definition in FILTERS
    ]
    counts = {definition.name: {} for definition in FILTERS}
    for value, count, name in parts[0].union(*parts[1:], all=True):
        counts[name][value] = count
    return counts


def total_count(counts, selection):
    """The number of matches, read from the counts of the filter every publication has once."""
    selected = selection[TOTAL_FROM]
    return sum(count for value, count in counts[TOTAL_FROM].items() if not selected or value in selected)


def index_options(index):
    """Options of every filter of ``index`` and their counts unfiltered, cached per content version.

    The cache holds the counts and the names of terms (the database's part); the other
    labels are translations, added in the language of each request.
    """

    def load():
        counts = facet_counts(index.publications(), {name: frozenset() for name in FILTER_NAMES})
        return term_labels(counts, index.locale_id), counts

    terms, counts = cached("publication-options", [index.path], load)
    return option_labels(counts, terms), counts


class FlatChoicesMixin:
    """A choice field whose choices are given as a flat list of ``(value, label)`` pairs, kept as they are.

    Django walks every choice twice (for the field and its widget) looking for groups;
    an index's form, built on every request, offers hundreds of topics and countries.
    """

    @property
    def choices(self):
        return self._choices

    @choices.setter
    def choices(self, value):
        self._choices = self.widget._choices = list(value)


class FlatChoiceField(FlatChoicesMixin, forms.ChoiceField):
    pass


class SubsetMultipleChoiceField(FlatChoicesMixin, forms.MultipleChoiceField):
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
                self.fields[definition.name] = FlatChoiceField(
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
        return result.text

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


def term_labels(counts, locale_id):
    """Choices of the filters by term, the values present in ``counts`` named in ``locale_id``."""
    return {
        "topic": _term_labels(Topic, "slug", set(counts["topic"]), locale_id),
        "country": _term_labels(Country, "code", set(counts["country"]), locale_id),
    }


def option_labels(counts, terms):
    """Choices of every filter: the values present in ``counts``, the terms' as ``term_labels`` gave them."""
    years = sorted(counts["year"], reverse=True)
    return {
        "type": [(value, label) for value, label in PublicationType.choices if value in counts["type"]],
        **terms,
        "year": [(year, year) for year in years],
        "lang": [(value, label) for value, label in DOCUMENT_LANGUAGE_CHOICES if value in counts["lang"]],
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
    return sorted(names.items(), key=lambda pair: collation_key(pair[1]))
