"""Every ISO 3166-1 country as a Country term, named in English and Burmese from CLDR (Babel).

Countries are reference data that the sign-on and join forms need on every install, so
``load_countries`` adds whatever is missing and leaves existing names alone: an editor's
spelling, or a translator's, is never overwritten.
"""

import unicodedata
import uuid

from babel import Locale as CldrLocale
from django.db import transaction
from wagtail.models import Locale
from wagtail.search.backends import get_search_backends

from cms.content_cache import bump_content_version
from taxonomy.models import Country

# CLDR territory codes that are not ISO 3166-1 countries (regions, reserved and user-assigned codes).
NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
# Where CLDR's everyday name is not the one the networks use.
NAME_OVERRIDES = {("en", "mm"): "Myanmar"}


def cldr_country_names(language_code):
    """``{code: name}`` of every ISO 3166-1 country in ``language_code``, codes in lower case."""
    territories = CldrLocale.parse(language_code).territories
    return {
        code.lower(): NAME_OVERRIDES.get((language_code, code.lower()), name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }


def collation_key(name):
    """Sort key for names in any of the site's languages.

    Accents do not count first (Åland Islands sorts with the A's, Côte d'Ivoire with the C's);
    Burmese sorts in its alphabet's order, which the Myanmar block follows.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    base = "".join(char for char in decomposed if not unicodedata.combining(char))
    return base.casefold(), name.casefold()


@transaction.atomic
def load_countries():
    """Create missing countries and missing translations; returns how many terms were created."""
    created = []
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    english = locales["en"]
    existing = {country.code: country for country in Country.objects.filter(locale=english)}
    for code, name in cldr_country_names("en").items():
        if code not in existing:
            existing[code] = Country(locale=english, code=code, name=name, translation_key=uuid.uuid4())
            created.append(existing[code])
    for language_code, locale in locales.items():
        if language_code == "en":
            continue
        translated = set(Country.objects.filter(locale=locale).values_list("code", flat=True))
        for code, name in cldr_country_names(language_code).items():
            if code not in translated and code in existing:
                source = existing[code]
                created.append(Country(locale=locale, code=code, name=name, translation_key=source.translation_key))
    Country.objects.bulk_create(created)
    if created:
        for backend in get_search_backends():
            backend.add_bulk(Country, created)
        bump_content_version()
    return len(created)
