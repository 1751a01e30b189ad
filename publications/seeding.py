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

import datetime
import html
import uuid
from dataclasses import dataclass

from django.db import connections, router, transaction
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, TranslatableObject

from cms.content_cache import bump_content_version
from cms.numerals import burmese_digits
from publications.importer import PublicationValues
from publications.models import PublicationDocument, PublicationIndexPage, PublicationPage
from search.indexing import index_created
from taxonomy.models import Country, PublicationType, Topic

SLUG_PREFIX = "bench-"
FIRST_DATE = datetime.date(2010, 1, 1)
DAYS_SPREAD = 16 * 365
# Generated pairs removed per statement by --reset.
RESET_CHUNK = 500
# The columns of a page row, taken from the specific page built in memory.
PAGE_COLUMNS = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]


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
        if numbers:
            bump_content_version()

    def seed_batch(self, numbers):
        """Publications ``numbers`` and their Burmese translations, in a few statements whatever their count."""
        pairs = [self.pair(number) for number in numbers]
        english = [pair[0] for pair in pairs]
        burmese = [pair[1] for pair in pairs]
        self._place(english, self.index)
        self._place(burmese, self.burmese_index)
        pages = english + burmese
        parents = Page.objects.bulk_create(
            [Page(**{column: getattr(page, column) for column in PAGE_COLUMNS}) for page in pages]
        )
        for page, parent in zip(pages, parents, strict=True):
            page.id = page.page_ptr_id = parent.pk
        _insert_own_rows(PublicationPage, pages)
        PublicationDocument.objects.bulk_create([item for page in pages for item in page.documents.all()])
        for name in ("topics", "countries"):
            _link(name, [(page, getattr(page, name).all()) for page in pages])
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
        # A new page has no inline children but its documents: set so, they are not looked up page by page.
        for relation in get_all_child_relations(page):
            setattr(page, relation.get_accessor_name(), [])
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

    @staticmethod
    def _place(pages, parent):
        """Give ``pages`` the next places under ``parent`` (whose row is locked meanwhile) and count them there."""
        parent = Page.objects.select_for_update().get(pk=parent.pk)
        last = Page.objects.child_of(parent).order_by("-path").values_list("path", flat=True).first()
        step = Page._str2int(last[-Page.steplen :]) if last else 0
        if len(Page._int2str(step + len(pages))) > Page.steplen:
            raise SeedingError(f"No room left under {parent.url_path} in the page tree.")
        for offset, page in enumerate(pages, start=1):
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, step + offset)
            page.url_path = f"{parent.url_path}{page.slug}/"
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))

    @staticmethod
    def _pick(terms, number, count):
        picked = [terms[(number * (step + 3) + step) % len(terms)] for step in range(count)] if terms else []
        return list(dict.fromkeys(picked))


def _paragraph(text):
    return f"<p>{html.escape(text, quote=False)}</p>"


def _insert_own_rows(model, instances):
    """Insert the rows of ``model``'s own table for instances whose parent rows exist.

    ``bulk_create`` refuses models with a parent table; this is the insert it would make
    for the child table alone, in batches the database accepts.
    """
    fields = model._meta.local_concrete_fields
    alias = router.db_for_write(model)
    size = connections[alias].ops.bulk_batch_size(fields, instances) or len(instances)
    for start in range(0, len(instances), size):
        model._base_manager._insert(instances[start : start + size], fields=fields, using=alias)
    for instance in instances:
        instance._state.adding, instance._state.db = False, alias


def _link(name, pairs):
    """The rows of many-to-many field ``name`` of PublicationPage: (page, terms) pairs, one insert."""
    field = PublicationPage._meta.get_field(name)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    through.objects.bulk_create(
        [through(**{f"{source}_id": page.pk, f"{target}_id": term.pk}) for page, terms in pairs for term in terms]
    )
