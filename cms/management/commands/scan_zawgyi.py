"""Report (and with --fix convert) Zawgyi-encoded Burmese already stored in the CMS."""

import json

from django.core.management.base import BaseCommand
from django.db import models, transaction
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from cms.models import SiteBranding
from cms.snippets import translatable_snippet_models
from cms.zawgyi import Encoding, check

# Tree and routing fields are Latin by construction; draft_title follows title.
SKIPPED_FIELDS = {"slug", "url_path", "path", "draft_title", "translation_key", "file", "file_hash"}


def text_values(instance):
    """(field name, text) of every text-bearing field; StreamFields as their JSON."""
    for field in instance._meta.concrete_fields:
        if field.name in SKIPPED_FIELDS or getattr(field, "choices", None):
            continue
        value = getattr(instance, field.attname)
        if isinstance(field, StreamField):
            yield field.name, json.dumps(field.get_prep_value(value), ensure_ascii=False)
        elif isinstance(field, models.CharField | models.TextField) and isinstance(value, str):
            yield field.name, value


def converted_fields(instance, report):
    """Convert the Zawgyi fields of ``instance`` in place; report each finding. True if changed."""
    changed = False
    for name, text in text_values(instance):
        result = check(text)
        if result.encoding is Encoding.UNICODE:
            continue
        report(instance, name, result)
        if result.changes:
            value = json.loads(result.text) if isinstance(instance._meta.get_field(name), StreamField) else result.text
            setattr(instance, name, value)
            changed = True
    return changed


class Command(BaseCommand):
    help = (
        "List Burmese text stored in the Zawgyi encoding (pages, snippets, settings, translations, "
        "image and document titles). With --fix, convert what is surely Zawgyi to Unicode; doubtful "
        "text is listed for a person to check."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Convert Zawgyi text to Unicode.")

    def handle(self, *args, **options):
        self.fix = options["fix"]
        self.found = {Encoding.ZAWGYI: 0, Encoding.DOUBTFUL: 0}
        with transaction.atomic():
            self.scan_pages()
            for model in (
                *translatable_snippet_models(),
                SiteBranding,
                StringTranslation,
                get_image_model(),
                get_document_model(),
            ):
                self.scan_objects(model.objects.all())
        zawgyi, doubtful = self.found[Encoding.ZAWGYI], self.found[Encoding.DOUBTFUL]
        action = "converted" if self.fix else "found"
        self.stdout.write(f"Zawgyi: {zawgyi} {action}. Doubtful: {doubtful} to check by hand.")

    def report(self, instance, field, result):
        self.found[result.encoding] += 1
        label = f"{instance._meta.label} {instance.pk} {field}"
        self.stdout.write(f"{result.encoding.value:<8} {result.probability:.2f}  {label}: {result.original[:60]!r}")

    def scan_objects(self, objects):
        for instance in objects.iterator():
            if converted_fields(instance, self.report) and self.fix:
                instance.save()

    def scan_pages(self):
        """Pages are fixed in their latest revision, published again if they were published as is."""
        for page in Page.objects.specific().iterator():
            draft = page.get_latest_revision_as_object() if page.latest_revision_id else page
            if converted_fields(draft, self.report) and self.fix:
                republish = page.live and not page.has_unpublished_changes
                revision = draft.save_revision(log_action=True)
                if republish:
                    revision.publish()
