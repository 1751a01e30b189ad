"""A statement's signatures: counts, countries and the public list.

Only approved signatures count, and only those whose signatory consented are named.
A statement's signatures are those of all its translations (same ``translation_key``).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from cms.content_cache import cached, shared_per_version
from cms.pagination import page_links
from participation.models import Signatory, Status
from taxonomy.countries import collation_key
from taxonomy.models import Country

PAGE_SIZE = 50
COUNTRY_PARAMETER = "signatories_country"
PAGE_PARAMETER = "signatories_page"


def page_of_record(statement):
    """The page a new signature is stored on: the statement in the default language.

    Signatures then stay whatever happens to a translation, and the page they protect
    from deletion is the one editors own.
    """
    return statement.get_translation_or_none(Locale.get_default()) or statement


def signatures_of(statement):
    """Every signature of ``statement`` in any language, whatever its status."""
    return Signatory.objects.filter(statement__translation_key=statement.translation_key)


def with_duplicate_flag(signatures):
    """Annotate ``possible_duplicate``: the same statement (any language) was signed with the
    same email, or by the same name from the same country, in another signature.

    People sign twice (a second device, a corrected party); moderators see the pair and
    reject one rather than counting one person twice.
    """
    others = Signatory.objects.filter(statement__translation_key=OuterRef("statement__translation_key")).exclude(
        pk=OuterRef("pk")
    )
    same_email = Q(email__iexact=OuterRef("email")) & ~Q(email="")
    same_name = Q(name__iexact=OuterRef("name"), country=OuterRef("country"))
    return signatures.annotate(possible_duplicate=Exists(others.filter(same_email | same_name)))


def approved_of(statement):
    return signatures_of(statement).filter(status=Status.APPROVED)


@dataclass(frozen=True)
class CountryCount:
    """Approved signatures from one country; ``code`` is empty for "other countries",
    which then lists the ``(code, name)`` of the countries it holds in ``merged``."""

    code: str
    name: str
    count: int
    listed: int
    merged: tuple = ()

    @property
    def unnamed(self):
        return self.count - self.listed


def country_counts(statement, locale_id):
    """Approved signatures per country, named in ``locale_id`` where translated, by name,
    small groups of unnamed people merged (``merge_small_groups``).

    Cached per content version, which a signature bumps once it can show (approved,
    edited or moderated in bulk); a new pending one leaves the cache alone.
    """
    return cached(
        "signature-counts",
        [statement.translation_key, locale_id],
        lambda: merge_small_groups(_country_counts(statement, locale_id), locale_id),
    )


def number_of_countries(counts):
    """How many countries signatures come from, those counted as "other countries" included."""
    return sum(len(item.merged) or 1 for item in counts)


def is_small_group(item):
    """A country whose unnamed signatories are too few to stay unknown: "Norway (1)" with
    nobody named points at one person."""
    return 0 < item.unnamed < settings.PUBLIC_GROUP_MINIMUM


def merge_small_groups(counts, locale_id):
    """Countries with a small group of unnamed signatories, counted together as "other countries"."""
    small = [item for item in counts if is_small_group(item)]
    if not small:
        return counts
    with translation.override(Locale.objects.get(pk=locale_id).language_code):
        other = CountryCount(
            code="",
            name=gettext("Other countries"),
            count=sum(item.count for item in small),
            listed=sum(item.listed for item in small),
            merged=tuple((item.code, item.name) for item in small),
        )
    return [item for item in counts if not is_small_group(item)] + [other]


def signed_statements():
    """The ``translation_key`` of every statement with an approved signature, once per process and content version.

    Most statements have none: their counts then cost no query (a join of four tables,
    whose planning alone took longer than the page's other queries).
    """
    return shared_per_version(
        "signed-statements",
        [],
        lambda: frozenset(
            Signatory.objects.filter(status=Status.APPROVED)
            .values_list("statement__translation_key", flat=True)
            .distinct()
        ),
    )


def _country_counts(statement, locale_id):
    if statement.translation_key not in signed_statements():
        return []
    rows = (
        approved_of(statement)
        .values("country__code", "country__name", "country__translation_key")
        .annotate(count=Count("pk"), listed=Count("pk", filter=Q(consent_to_list=True)))
    )
    rows = list(rows)
    if not rows:
        return []
    names = dict(
        Country.objects.filter(
            locale_id=locale_id, translation_key__in=[row["country__translation_key"] for row in rows]
        ).values_list("translation_key", "name")
    )
    counts = [
        CountryCount(
            code=row["country__code"],
            name=names.get(row["country__translation_key"], row["country__name"]),
            count=row["count"],
            listed=row["listed"],
        )
        for row in rows
    ]
    return sorted(counts, key=lambda item: collation_key(item.name))


def listed_signatories(statement, country_code=None):
    """Approved signatories who consented to be listed, by name."""
    queryset = approved_of(statement).filter(consent_to_list=True)
    if country_code:
        queryset = queryset.filter(country__code=country_code)
    return (
        queryset.select_related("country")
        .only(*Signatory.PUBLIC_FIELDS, "country__code", "country__translation_key", "country__name")
        .order_by("name", "pk")
    )


class Signatures:
    """What a statement page shows about its signatures, for one request."""

    def __init__(self, statement, request):
        self.statement = statement
        self.countries = country_counts(statement, statement.locale_id)
        self.total = sum(item.count for item in self.countries)
        self.listed_total = sum(item.listed for item in self.countries)
        self.unlisted = self.total - self.listed_total
        codes = {item.code for item in self.countries if item.code}
        selected = request.GET.get(COUNTRY_PARAMETER, "")
        self.country = selected if selected in codes else ""
        self.unknown_country = bool(selected) and not self.country
        listed = listed_signatories(statement, self.country) if self.listed_total else []
        self.page_obj = Paginator(listed, PAGE_SIZE).get_page(request.GET.get(PAGE_PARAMETER))
        names = {code: name for item in self.countries for code, name in (*item.merged, (item.code, item.name))}
        for signatory in self.page_obj.object_list:
            signatory.country_name = names.get(signatory.country.code, signatory.country.name)

    @property
    def country_count(self):
        return number_of_countries(self.countries)

    @property
    def page_links(self):
        return page_links(self.page_obj, self.url_for)

    def url_for(self, number):
        query = {PAGE_PARAMETER: number}
        if self.country:
            query[COUNTRY_PARAMETER] = self.country
        return f"?{urlencode(query)}#signatories"
