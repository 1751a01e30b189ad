"""Bulk import of publications from CSV or JSON, in batches with a savepoint per row.

A row is keyed by its ``slug`` under the target index: importing the same file twice
changes nothing, and a changed row updates its publication with a new revision.
Every problem of a row is collected before anything is written, so a rejected row
leaves no trace and the report says everything that is wrong with it at once.
"""

import csv
import datetime
import hashlib
import html
import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_slug
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Locale

from cms.control_chars import strip_control_chars
from cms.importing import RowRejected, import_rows, numbered
from cms.languages import DOCUMENT_LANGUAGE_CHOICES
from publications.models import PublicationDocument, PublicationPage
from search.indexing import deferred
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

    def run(self, rows, progress=iter):
        """Rows in batches: one transaction each, a savepoint per row, every index written once per page at the end."""
        return import_rows(rows, self.import_row, self.key_of, progress, batch=self.batch)

    @staticmethod
    def key_of(row):
        return row.get("slug") or row.get("title")

    @staticmethod
    @contextmanager
    def batch():
        with transaction.atomic(), deferred():
            yield

    def import_row(self, row):
        return self.save(self.parse(row))

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

    # Saving ---------------------------------------------------------------

    def save(self, values):
        existing = PublicationPage.objects.child_of(self.index).filter(slug=values.slug).first()
        if existing is not None:
            existing = existing.get_latest_revision_as_object()  # a draft saved by an earlier run counts
            if self.fingerprint_of(existing) == values.fingerprint():
                return "unchanged"
        self._new_files = []
        try:
            self._write(existing, values)
        except ValidationError as error:
            self._remove_new_files()
            reasons = [f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()]
            raise RowRejected(reasons) from error
        return "updated" if existing else "created"

    def _remove_new_files(self):
        """Files stored for a row whose transaction was rolled back would stay in storage."""
        storage = get_document_model()._meta.get_field("file").storage
        for name in self._new_files:
            storage.delete(name)

    def _write(self, existing, values):
        with transaction.atomic():
            page = existing or PublicationPage(slug=values.slug, owner=self.owner, live=not self.draft)
            own_documents = self._documents_of(existing)
            page.title = values.title
            page.publication_type = values.publication_type
            page.date = values.date
            page.summary = values.summary
            page.issued_by = values.issued_by
            page.body = [("text", values.body_html)] if values.body_html else []
            page.topics = values.topics
            page.countries = values.countries
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
            documents=[(item.language, item.document) for item in page.documents.select_related("document")],
        ).fingerprint()

    @staticmethod
    def _documents_of(page):
        """This publication's own documents by file hash: the only ones a row may keep using."""
        if page is None:
            return {}
        return {item.document.file_hash: item.document for item in page.documents.select_related("document")}

    def _document(self, title, own_documents, language, *item):
        """The Document for an item: given, kept when this publication already has the same file, or new.

        A file identical to another publication's document gets a document of its own:
        sharing one would let an edit or a deletion on one publication change the other.
        """
        if len(item) == 1:
            return item[0]
        filename, content = item
        document_model = get_document_model()
        candidate = document_model(title=f"{title} ({LANGUAGES[language]})", file=ContentFile(content, name=filename))
        candidate._set_document_file_metadata()
        if candidate.file_hash in own_documents:
            return own_documents[candidate.file_hash]
        candidate.uploaded_by_user = self.owner
        candidate.save()
        self._new_files.append(candidate.file.name)
        return candidate
