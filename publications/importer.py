"""Bulk import of publications from CSV or JSON, in batches of one transaction each.

A row is keyed by its ``slug`` under the target index: importing the same file twice
changes nothing, and a changed row updates its publication with a new revision.
Every problem of a row is collected before anything is written, so a rejected row
leaves no trace and the report says everything that is wrong with it at once.

A batch looks up its slugs at once. Its new publications are validated as Wagtail
validates a page (``full_clean``) and then written together, a few statements for the
whole batch (``cms.bulk_pages``): documents, pages in the tree, links, a first revision
each, published or a draft, with the log entries of a save and a publish; then every
index a save would update (``search.indexing.index_created``). Rows of publications
that exist go through Wagtail's own path, a savepoint each: unchanged ones are left
alone, changed ones get a new revision, published unless ``draft``; their indexes are
written once per page at the end of the batch (``search.indexing.deferred``).
"""

import csv
import datetime
import hashlib
import html
import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_slug
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from cms.bulk_pages import (
    add_first_revisions,
    insert_pages,
    link,
    place_children,
    validate_new_page,
    without_inline_children,
)
from cms.control_chars import strip_control_chars
from cms.importing import RowRejected, import_batches, numbered, outcome_of
from cms.languages import DOCUMENT_LANGUAGE_CHOICES
from publications.models import PublicationDocument, PublicationPage
from search.indexing import deferred, index_created
from taxonomy.models import Country, PublicationType, Topic

LANGUAGES = dict(DOCUMENT_LANGUAGE_CHOICES)
LIST_SEPARATOR = ";"
MAX_DOCUMENT_BYTES = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE


@dataclass
class PublicationValues:
    """A row after validation: everything needed to save one publication."""

    slug: str
    title: str
    publication_type: str
    date: datetime.date
    summary: str
    body_html: str
    issued_by: str
    topics: list
    countries: list
    documents: list  # (language, filename, bytes) or (language, Document)

    def fingerprint(self):
        documents = sorted((language, _digest(item)) for language, *item in self.documents)
        return (
            self.title,
            self.publication_type,
            self.date,
            self.summary,
            self.body_html,
            self.issued_by,
            sorted(topic.pk for topic in self.topics),
            sorted(country.pk for country in self.countries),
            documents,
        )


def _digest(item):
    if len(item) == 1:  # an existing Document
        return item[0].get_file_hash()
    return hashlib.sha1(item[1], usedforsecurity=False).hexdigest()


def read_rows(path):
    """(record number, dict) pairs from a CSV file with a header row, or a JSON list of objects."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data = data.get("publications", [])
        if not isinstance(data, list):
            raise ValueError("The JSON file must hold a list of publications.")
        return numbered(item if isinstance(item, dict) else {} for item in data)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return numbered(dict(row) for row in csv.DictReader(handle))


def paragraphs_to_html(text):
    """Plain text with blank lines between paragraphs as Wagtail rich text."""
    blocks = [" ".join(part.split()) for part in str(text).replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{html.escape(block, quote=False)}</p>" for block in blocks if block)


class PublicationImporter:
    """Saves publications under ``index``: published, or as drafts when ``draft`` is set.

    ``owner`` becomes the owner of new pages and the author of every revision.
    """

    def __init__(self, index, base_dir=None, draft=False, owner=None):
        self.index = index
        self.base_dir = Path(base_dir).resolve() if base_dir else None
        self.draft = draft
        self.owner = owner
        english = Locale.get_default()
        self.topics = {topic.slug: topic for topic in Topic.objects.filter(locale=english)}
        self.countries = {country.code: country for country in Country.objects.filter(locale=english)}
        self.collection = Collection.get_first_root_node()
        self._new_files = []

    def run(self, rows, progress=iter):
        """Rows in batches: one transaction each, every index written once per page at the end."""
        return import_batches(rows, self.import_batch, self.key_of, progress)

    @staticmethod
    def key_of(row):
        return row.get("slug") or row.get("title")

    def import_batch(self, chunk):
        """Each ``(number, row)``'s outcome, in order: new publications written in bulk, the others one by one."""
        parsed = [outcome_of(self.parse, row) for _number, row in chunk]
        self._new_files = []
        try:
            with transaction.atomic(), deferred():
                return self._import_parsed(parsed)
        except BaseException:
            self._remove_new_files()
            raise

    def _import_parsed(self, parsed):
        existing = self._existing({values.slug for values in parsed if isinstance(values, PublicationValues)})
        outcomes = self._create(_first_of_each_new_slug(parsed, existing))
        for position, values in enumerate(parsed):
            if position not in outcomes:  # rejected already, an existing slug, or one met earlier in the batch
                outcomes[position] = values if isinstance(values, RowRejected) else self._save_other(values, existing)
        return [outcomes[position] for position in range(len(parsed))]

    def _save_other(self, values, existing):
        page = existing.get(values.slug) or self._find(values.slug)
        return outcome_of(self._save_one, values, page)

    def _existing(self, slugs):
        """This index's publications with these slugs, with what a row is compared with."""
        pages = (
            PublicationPage.objects.child_of(self.index)
            .filter(slug__in=slugs)
            .prefetch_related("topics", "countries", "documents__document")
        )
        return {page.slug: page for page in pages}

    # Validation -----------------------------------------------------------

    def parse(self, row):
        reasons = []

        def text(name, required=False, limit=None):
            value = row.get(name)
            value = "" if value is None else strip_control_chars(str(value)).strip()
            if required and not value:
                reasons.append(f"{name} is required")
            if limit and len(value) > limit:
                reasons.append(f"{name} is longer than {limit} characters")
            return value

        title = text("title", required=True, limit=255)
        slug = text("slug", limit=255) or slugify(title)
        try:
            if slug:  # an empty one only happens without a title, which is reported already
                validate_slug(slug)
        except ValidationError:
            reasons.append(f"slug '{slug[:40]}' may only hold Latin letters, digits, hyphens and underscores")
        kind = text("type", required=True)
        if kind and kind not in PublicationType.values:
            reasons.append(f"type '{kind[:40]}' is not one of {', '.join(PublicationType.values)}")
        date = self._date(text("date", required=True), reasons)
        summary = text("summary", required=True, limit=600)
        values = PublicationValues(
            slug=slug,
            title=title,
            publication_type=kind,
            date=date,
            summary=summary,
            body_html=paragraphs_to_html(text("body")),
            issued_by=text("issued_by", limit=250),
            topics=self._terms(row.get("topics"), self.topics, "topic", reasons),
            countries=self._terms(row.get("countries"), self.countries, "country", reasons),
            documents=self._documents(row.get("documents"), reasons),
        )
        if reasons:
            raise RowRejected(reasons)
        return values

    @staticmethod
    def _date(value, reasons):
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            reasons.append(f"date '{value[:40]}' is not a date like 2021-02-01")
            return None

    @staticmethod
    def _list(value):
        if isinstance(value, list):
            return [str(item).strip() for item in value if str(item).strip()]
        return [item.strip() for item in str(value or "").split(LIST_SEPARATOR) if item.strip()]

    def _terms(self, value, known, label, reasons):
        keys = self._list(value)
        unknown = [key for key in keys if key not in known]
        if unknown:
            reasons.append(f"unknown {label} {', '.join(key[:40] for key in unknown)}")
        return [known[key] for key in dict.fromkeys(keys) if key in known]

    def _documents(self, value, reasons):
        """'en:report.pdf;my:report-my.pdf' in CSV, or a list of {language, path} in JSON."""
        if isinstance(value, list):
            pairs = [
                (str(item.get("language", "")), str(item.get("path", ""))) for item in value if isinstance(item, dict)
            ]
        else:
            pairs = [tuple(part.split(":", 1)) if ":" in part else ("", part) for part in self._list(value)]
        documents = []
        for language, name in pairs:
            language = language.strip()
            if language not in LANGUAGES:
                reasons.append(f"document '{name[:60]}' needs a language prefix, one of {', '.join(LANGUAGES)}")
                continue
            if any(language == taken for taken, *_item in documents):
                reasons.append(f"more than one document in {LANGUAGES[language]}: a publication has one per language")
                continue
            content = self._read_document(name.strip(), reasons)
            if content is not None:
                documents.append((language, Path(name).name, content))
        return documents

    def _read_document(self, name, reasons):
        if self.base_dir is None:
            reasons.append("documents need the folder of the import file")
            return None
        path = (self.base_dir / name).resolve()
        if not path.is_relative_to(self.base_dir):
            reasons.append(f"document '{name[:60]}' is outside the import file's folder")
        elif not path.is_file():
            reasons.append(f"document '{name[:60]}' was not found")
        elif path.suffix.lower().lstrip(".") not in settings.WAGTAILDOCS_EXTENSIONS:
            reasons.append(f"document '{name[:60]}' has a file type that is not allowed")
        elif path.stat().st_size > MAX_DOCUMENT_BYTES:
            reasons.append(f"document '{name[:60]}' is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
        else:
            return path.read_bytes()
        return None

    # Saving in bulk ---------------------------------------------------------

    def _create(self, new):
        """Write the publications of rows ``{position: values}`` whose slugs are new here, validated first.

        Returns each row's outcome: "created", or RowRejected with what validation found.
        """
        outcomes, pages = {}, []
        for position, values in new.items():
            page = self._new_page(values)
            try:
                validate_new_page(page)
            except ValidationError as error:
                outcomes[position] = RowRejected(_reasons(error))
                continue
            outcomes[position] = "created"
            pages.append(page)
        if pages:
            self._insert(pages)
        return outcomes

    def _new_page(self, values):
        page = PublicationPage(slug=values.slug, owner=self.owner, live=not self.draft, locale_id=self.index.locale_id)
        without_inline_children(page)
        page.documents = [
            PublicationDocument(document=self._unsaved_document(values.title, *item), language=item[0])
            for item in values.documents
        ]
        self._fill(page, values)
        return page

    def _insert(self, pages):
        place_children(pages, self.index)
        documents = [item.document for page in pages for item in page.documents.all() if item.document.pk is None]
        get_document_model().objects.bulk_create(documents)  # stores their files
        self._new_files += [document.file.name for document in documents]
        insert_pages(pages)
        PublicationDocument.objects.bulk_create([item for page in pages for item in page.documents.all()])
        for name in ("topics", "countries"):
            link(PublicationPage, name, [(page, getattr(page, name).all()) for page in pages])
        add_first_revisions(pages, user=self.owner, publish=not self.draft)
        index_created(pages, documents)

    # Saving one by one ------------------------------------------------------

    def save(self, values):
        """One row through Wagtail's own path: ``add_child`` or a new revision, then publish unless ``draft``."""
        return self._save_one(values, self._find(values.slug))

    def _find(self, slug):
        return PublicationPage.objects.child_of(self.index).filter(slug=slug).first()

    def _save_one(self, values, existing):
        if existing is not None:
            existing = self._latest(existing)
            if self.fingerprint_of(existing) == values.fingerprint():
                return "unchanged"
        new_files = len(self._new_files)
        try:
            self._write(existing, values)
        except ValidationError as error:
            self._remove_new_files(since=new_files)
            raise RowRejected(_reasons(error)) from error
        return "updated" if existing else "created"

    @staticmethod
    def _latest(page):
        """The page as its latest revision has it: a draft saved by an earlier run counts."""
        return page.get_latest_revision_as_object() if page.has_unpublished_changes else page

    def _remove_new_files(self, since=0):
        """Files stored for rows whose transaction was rolled back would stay in storage."""
        storage = get_document_model()._meta.get_field("file").storage
        for name in self._new_files[since:]:
            storage.delete(name)
        del self._new_files[since:]

    def _write(self, existing, values):
        with transaction.atomic():
            page = existing or PublicationPage(slug=values.slug, owner=self.owner, live=not self.draft)
            own_documents = self._documents_of(existing)
            self._fill(page, values)
            page.documents = [
                PublicationDocument(document=self._document(values.title, own_documents, *item), language=item[0])
                for item in values.documents
            ]
            if existing is None:
                self.index.add_child(instance=page)
            revision = page.save_revision(user=self.owner)
            if not self.draft:
                revision.publish(user=self.owner)

    @staticmethod
    def _fill(page, values):
        """Set a page's fields, but its slug and documents, from a row's values."""
        page.title = values.title
        page.publication_type = values.publication_type
        page.date = values.date
        page.summary = values.summary
        page.issued_by = values.issued_by
        page.body = [("text", values.body_html)] if values.body_html else []
        page.topics = values.topics
        page.countries = values.countries

    @staticmethod
    def fingerprint_of(page):
        body = "".join(str(child.value.source) for child in page.body if child.block_type == "text")
        return PublicationValues(
            slug=page.slug,
            title=page.title,
            publication_type=page.publication_type,
            date=page.date,
            summary=page.summary,
            body_html=body,
            issued_by=page.issued_by,
            topics=list(page.topics.all()),
            countries=list(page.countries.all()),
            documents=[(item.language, item.document) for item in page.documents.all()],
        ).fingerprint()

    @staticmethod
    def _documents_of(page):
        """This publication's own documents by file hash: the only ones a row may keep using."""
        if page is None:
            return {}
        return {item.document.file_hash: item.document for item in page.documents.all()}

    def _document(self, title, own_documents, language, *item):
        """The Document for an item: given, kept when this publication already has the same file, or new.

        A file identical to another publication's document gets a document of its own:
        sharing one would let an edit or a deletion on one publication change the other.
        """
        candidate = self._unsaved_document(title, language, *item)
        if candidate.pk is not None:
            return candidate
        if candidate.file_hash in own_documents:
            return own_documents[candidate.file_hash]
        candidate.save()
        self._new_files.append(candidate.file.name)
        return candidate

    def _unsaved_document(self, title, language, *item):
        """The Document given for an item, or a new one for its file, unsaved: the file is stored when it is."""
        if len(item) == 1:
            return item[0]
        filename, content = item
        document = get_document_model()(
            title=f"{title} ({LANGUAGES[language]})",
            file=ContentFile(content, name=filename),
            collection=self.collection,
            uploaded_by_user=self.owner,
        )
        document._set_document_file_metadata()
        return document


def _first_of_each_new_slug(parsed, existing):
    """``{position: values}`` of the first valid row of each slug not under the index yet."""
    first = {}
    for position, values in enumerate(parsed):
        if isinstance(values, PublicationValues) and values.slug not in existing:
            first.setdefault(values.slug, (position, values))
    return dict(first.values())


def _reasons(error):
    return [f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()]
