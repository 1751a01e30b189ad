"""Generated publications for benchmarks: any number, in English and Burmese, from the demo's real texts.

Publication *n* (slug ``bench-00001`` …) borrows the title, summary, issuer and documents
of one of the demo's translated publications and the summary of another as its body;
its type, date, topics and countries follow from *n* by a fixed rule, so every filter
value occurs and the same run gives the same archive. Its Burmese translation carries
the demo's reviewed translations of those texts (the number in Burmese digits).

The pages are written in bulk, a batch of pairs in a few statements, rather than saved
one by one through the importer and wagtail-localize (over half a second a pair): the
page rows and their publication rows, their documents, topic and country links, the
tree bookkeeping of both indexes, then every index a save would update
(``search.indexing.index_created``). What is written is what the importer and a
wagtail-localize translation leave in the rows public pages, feeds, search and the API
read:

- both pages live and published, in treebeard's tree under the English index and its
  Burmese twin (path, depth, url_path; the indexes' child counts), sharing one
  ``translation_key``, the Burmese page in the Burmese locale with the same slug;
- the Burmese text where the demo has a reviewed translation of a segment, the
  English text where it has none (the issuer), as a translation with fallback shows;
- the same documents and the same English topic and country terms on both pages, as
  wagtail-localize copies these synchronized fields (pages show the terms' names in
  their own language through ``taxonomy.models.localized_terms``).

Left out, as nothing public reads them: revisions (the rows hold the live content),
the pages' history in the admin, and wagtail-localize's translation records (source,
segments, translation). Without those records the Burmese translations report counts
a generated pair as translated outside wagtail-localize: live, up to date. Opening a
Burmese page in the admin gives the ordinary page editor rather than the translation
editor, and a sync of the English page has nothing to start from.

A batch is one transaction, so an interrupted run leaves whole pairs and a second run
adds only what is missing.
"""

import csv
import datetime
import html
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, TranslatableObject

from cms.bulk_pages import insert_pages, link, place_children, without_inline_children
from cms.content_cache import bump_content_version
from cms.numerals import burmese_digits
from publications.importer import PublicationValues
from publications.models import PublicationDocument, PublicationIndexPage, PublicationPage
from search.indexing import index_created
from taxonomy.models import Country, PublicationType, Topic

SLUG_PREFIX = "bench-"
# Slugs of the records written for import_publications, apart from the seeded ones.
IMPORT_SLUG_PREFIX = "imported-"
IMPORT_COLUMNS = ["slug", "title", "type", "date", "summary", "body", "issued_by", "topics", "countries", "documents"]
FIRST_DATE = datetime.date(2010, 1, 1)
DAYS_SPREAD = 16 * 365
# Generated pairs removed per statement by --reset.
RESET_CHUNK = 500


class SeedingError(Exception):
    pass


@dataclass(frozen=True)
class Template:
    """A demo publication whose title and summary have Burmese translations."""

    title: str
    summary: str
    issued_by: str
    documents: tuple  # (language, Document)


@dataclass(frozen=True)
class Texts:
    """The translated fields of a publication in one language."""

    title: str
    summary: str
    body_html: str
    issued_by: str


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
        self.burmese_index = self.index.get_translation(self.burmese)
        self.strings = self._translated_strings()
        self.templates = self._templates()
        if not self.templates:
            raise SeedingError("No translated demo publication to borrow text from: run load_demo first.")
        self.topics = list(Topic.objects.filter(locale=self.english).order_by("slug"))
        self.countries = list(Country.objects.filter(locale=self.english).order_by("code"))

    def _translated_strings(self):
        """The demo's reviewed Burmese of each English segment, both as plain text."""
        rows = StringTranslation.objects.filter(locale=self.burmese, has_error=False).values_list(
            "translation_of__data", "data"
        )
        return {html.unescape(source): html.unescape(translated) for source, translated in rows}

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
        """Delete the generated publications, their translations and any translation records of theirs.

        Treebeard's bulk delete keeps the indexes' child counts; the pages' index entries
        and links go with them.
        """
        keys = list(self.generated().values_list("translation_key", flat=True))
        for start in range(0, len(keys), RESET_CHUNK):
            chunk = keys[start : start + RESET_CHUNK]
            Page.objects.filter(translation_key__in=chunk).delete()
            TranslatableObject.objects.filter(translation_key__in=chunk).delete()
        if keys:
            bump_content_version()
        return len(keys)

    # Making -----------------------------------------------------------------

    def seed(self, numbers, batch=100, progress=None):
        for start in range(0, len(numbers), batch):
            chunk = numbers[start : start + batch]
            with transaction.atomic():
                self.seed_batch(chunk)
            if progress is not None:
                progress(len(chunk))

    def seed_batch(self, numbers):
        """Publications ``numbers`` and their Burmese translations, in a few statements whatever their count."""
        pairs = [self.pair(number) for number in numbers]
        english = [pair[0] for pair in pairs]
        burmese = [pair[1] for pair in pairs]
        place_children(english, self.index)
        place_children(burmese, self.burmese_index)
        pages = english + burmese
        insert_pages(pages)
        PublicationDocument.objects.bulk_create([item for page in pages for item in page.documents.all()])
        for name in ("topics", "countries"):
            link(PublicationPage, name, [(page, getattr(page, name).all()) for page in pages])
        index_created(pages)

    def pair(self, number):
        """Publication ``number`` and its Burmese translation as unsaved pages, outside the tree."""
        values, burmese_texts = self.values(number)
        english_texts = Texts(values.title, values.summary, values.body_html, values.issued_by)
        published_at = timezone.now()
        body_id = str(uuid.uuid4())
        english, burmese = (
            self._page(values, texts, locale, published_at, body_id)
            for texts, locale in ((english_texts, self.english), (burmese_texts, self.burmese))
        )
        burmese.translation_key = english.translation_key
        return english, burmese

    @staticmethod
    def _page(values, texts, locale, published_at, body_id):
        page = PublicationPage(
            title=texts.title,
            draft_title=texts.title,
            slug=values.slug,
            locale=locale,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published_at,
            last_published_at=published_at,
            publication_type=values.publication_type,
            date=values.date,
            summary=texts.summary,
            issued_by=texts.issued_by,
            body=[{"type": "text", "value": texts.body_html, "id": body_id}],
        )
        without_inline_children(page)
        page.documents = [PublicationDocument(document=item, language=language) for language, item in values.documents]
        # A translation links to the same English terms and documents: wagtail-localize synchronizes these fields.
        page.topics, page.countries = values.topics, values.countries
        return page

    def values(self, number):
        """The English values of publication ``number`` (as the importer takes them) and the Burmese texts.

        A text the demo has no translation of stays English in Burmese, as wagtail-localize's
        fallback leaves an untranslated segment.
        """
        template = self.templates[number % len(self.templates)]
        other = self.templates[(number * 7 + 3) % len(self.templates)]
        values = PublicationValues(
            slug=slug_of(number),
            title=f"{template.title} ({number})"[:255],
            publication_type=PublicationType.values[number % len(PublicationType.values)],
            date=FIRST_DATE + datetime.timedelta(days=number * 37 % DAYS_SPREAD),
            summary=template.summary,
            body_html=_paragraph(other.summary),
            issued_by=template.issued_by,
            topics=self._pick(self.topics, number, 2),
            countries=self._pick(self.countries, number, 1 + number % 2),
            documents=list(template.documents),
        )
        burmese = Texts(
            title=f"{self.strings[template.title]} ({burmese_digits(number)})"[:255],
            summary=self.strings[template.summary],
            body_html=_paragraph(self.strings[other.summary]),
            issued_by=self.strings.get(template.issued_by, template.issued_by),
        )
        return values, burmese

    # An import file -----------------------------------------------------------

    def write_import_file(self, path, count):
        """Publications 1 … ``count`` as a CSV file for ``import_publications``, their documents beside it.

        The rows are the English of what ``seed`` adds, under slugs ``imported-00001`` …,
        so the same file imported twice changes nothing the second time.
        """
        path = Path(path)
        files = self._document_files(path.parent)
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=IMPORT_COLUMNS)
            writer.writeheader()
            for number in range(1, count + 1):
                writer.writerow(self.import_record(number, files))

    def import_record(self, number, files):
        """Publication ``number`` as a record of an import file; ``files`` names each document's file."""
        values, _burmese = self.values(number)
        other = self.templates[(number * 7 + 3) % len(self.templates)]
        return {
            "slug": f"{IMPORT_SLUG_PREFIX}{number:05d}",
            "title": values.title,
            "type": values.publication_type,
            "date": values.date.isoformat(),
            "summary": values.summary,
            "body": other.summary,
            "issued_by": values.issued_by,
            "topics": ";".join(topic.slug for topic in values.topics),
            "countries": ";".join(country.code for country in values.countries),
            "documents": ";".join(f"{language}:{files[item.pk]}" for language, item in values.documents),
        }

    def _document_files(self, folder):
        """Copy the templates' documents into ``folder``; their file names by document id."""
        files = {}
        for template in self.templates:
            for _language, item in template.documents:
                name = f"document-{item.pk}{Path(item.file.name).suffix}"
                with item.open_file() as source:
                    (folder / name).write_bytes(source.read())
                files[item.pk] = name
        return files

    @staticmethod
    def _pick(terms, number, count):
        picked = [terms[(number * (step + 3) + step) % len(terms)] for step in range(count)] if terms else []
        return list(dict.fromkeys(picked))


def _paragraph(text):
    return f"<p>{html.escape(text, quote=False)}</p>"
