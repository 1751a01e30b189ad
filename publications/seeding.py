"""Generated publications for benchmarks: any number, in English and Burmese, from the demo's real texts.

Publication *n* (slug ``bench-00001`` …) borrows the title, summary, issuer and documents
of one of the demo's translated publications and the summary of another as its body;
its type, date, topics and countries follow from *n* by a fixed rule, so every filter
value occurs and the same run gives the same archive. It is saved through the importer
and translated into Burmese through wagtail-localize with the demo's reviewed
translations of those segments (the number in Burmese digits), then published. A batch
is one transaction, so an interrupted run leaves whole pairs and a second run adds only
what is missing.
"""

import datetime
import html
from collections import ChainMap
from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, TranslatableObject

from cms.numerals import burmese_digits
from cms.translation import translate_page
from publications.importer import PublicationImporter, PublicationValues
from publications.models import PublicationIndexPage, PublicationPage
from search.indexing import deferred
from taxonomy.models import Country, PublicationType, Topic

SLUG_PREFIX = "bench-"
FIRST_DATE = datetime.date(2010, 1, 1)
DAYS_SPREAD = 16 * 365


class SeedingError(Exception):
    pass


@dataclass(frozen=True)
class Template:
    """A demo publication whose title and summary have Burmese translations."""

    title: str
    summary: str
    issued_by: str
    documents: tuple  # (language, Document)


def slug_of(number):
    return f"{SLUG_PREFIX}{number:05d}"


class BenchSeeder:
    def __init__(self):
        self.english = Locale.objects.filter(language_code="en").first()
        self.burmese = Locale.objects.filter(language_code="my").first()
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        self.index = None
        if site is not None and self.english is not None:
            self.index = PublicationIndexPage.objects.filter(
                locale=self.english, path__startswith=site.root_page.path
            ).first()
        if self.index is None or self.burmese is None or not self.index.has_translation(self.burmese):
            raise SeedingError("No English publication index with a Burmese translation: run load_demo first.")
        self.strings = self._translated_strings()
        self.templates = self._templates()
        if not self.templates:
            raise SeedingError("No translated demo publication to borrow text from: run load_demo first.")
        self.topics = list(Topic.objects.filter(locale=self.english).order_by("slug"))
        self.countries = list(Country.objects.filter(locale=self.english).order_by("code"))
        self.importer = PublicationImporter(self.index)

    def _translated_strings(self):
        rows = StringTranslation.objects.filter(locale=self.burmese, has_error=False).values_list(
            "translation_of__data", "data"
        )
        return {html.unescape(source): translated for source, translated in rows}

    def _templates(self):
        pages = (
            PublicationPage.objects.child_of(self.index)
            .live()
            .exclude(slug__startswith=SLUG_PREFIX)
            .prefetch_related("documents__document")
            .order_by("path")
        )
        return [
            Template(
                page.title,
                page.summary,
                page.issued_by,
                tuple((item.language, item.document) for item in page.documents.all()),
            )
            for page in pages
            if page.title in self.strings and page.summary in self.strings
        ]

    # Which ------------------------------------------------------------------

    def generated(self):
        return PublicationPage.objects.child_of(self.index).filter(slug__startswith=SLUG_PREFIX)

    def total(self):
        return self.generated().count()

    def missing(self, count):
        existing = set(self.generated().values_list("slug", flat=True))
        return [number for number in range(1, count + 1) if slug_of(number) not in existing]

    def reset(self):
        """Delete the generated publications, their translations and their translation records."""
        keys = list(self.generated().values_list("translation_key", flat=True))
        pages = Page.objects.filter(translation_key__in=keys)
        removed = pages.filter(locale=self.english).count()
        for page in pages.order_by("-depth"):
            page.delete()
        TranslatableObject.objects.filter(translation_key__in=keys).delete()
        return removed

    # Making -----------------------------------------------------------------

    def seed(self, numbers, batch=100, progress=None):
        for start in range(0, len(numbers), batch):
            chunk = numbers[start : start + batch]
            with transaction.atomic(), deferred():
                for number in chunk:
                    self.seed_one(number)
            if progress is not None:
                progress(len(chunk))

    def seed_one(self, number):
        values, strings = self.values(number)
        self.importer.save(values)
        page = self.generated().get(slug=values.slug)
        translate_page(page, self.burmese, strings)

    def values(self, number):
        """The English values of publication ``number`` and the Burmese of each of its segments."""
        template = self.templates[number % len(self.templates)]
        other = self.templates[(number * 7 + 3) % len(self.templates)]
        title = f"{template.title} ({number})"
        strings = ChainMap({title: f"{self.strings[template.title]} ({burmese_digits(number)})"}, self.strings)
        values = PublicationValues(
            slug=slug_of(number),
            title=title[:255],
            publication_type=PublicationType.values[number % len(PublicationType.values)],
            date=FIRST_DATE + datetime.timedelta(days=number * 37 % DAYS_SPREAD),
            summary=template.summary,
            body_html=f"<p>{html.escape(other.summary, quote=False)}</p>",
            issued_by=template.issued_by,
            topics=self._pick(self.topics, number, 2),
            countries=self._pick(self.countries, number, 1 + number % 2),
            documents=list(template.documents),
        )
        return values, strings

    @staticmethod
    def _pick(terms, number, count):
        picked = [terms[(number * (step + 3) + step) % len(terms)] for step in range(count)] if terms else []
        return list(dict.fromkeys(picked))
