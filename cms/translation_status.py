"""Where each English page and taxonomy term stands in Burmese.

- missing: no Burmese version yet;
- in progress: a Burmese version exists and some segments are not translated;
- out of date: the English source changed since its last sync into the translation;
- up to date: synced, every segment translated.

Everything is computed in a fixed number of queries, whatever the number of pages.
"""

import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F
from django.urls import reverse
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from cms.snippets import translatable_snippet_models

MISSING, IN_PROGRESS, OUT_OF_DATE, UP_TO_DATE = "missing", "in-progress", "out-of-date", "up-to-date"
STATUS_LABELS = {
    MISSING: "Missing",
    IN_PROGRESS: "In progress",
    OUT_OF_DATE: "Out of date",
    UP_TO_DATE: "Up to date",
}


@dataclass
class StatusRow:
    title: str
    kind: str
    status: str
    percent: int | None
    action_label: str
    action_url: str
    source_edit_url: str

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def status_rows(target_locale, site=None):
    """One row per English page (of ``site``, or all sites) and taxonomy term."""
    english = Locale.get_default()
    pages = Page.objects.filter(locale=english, depth__gt=1).order_by("path")
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    sources = list(pages) + [
        term for model in translatable_snippet_models() for term in model.objects.filter(locale=english)
    ]
    keys = [obj.translation_key for obj in sources]

    targets = {
        (Page, key): pk
        for key, pk in Page.objects.filter(translation_key__in=keys, locale=target_locale).values_list(
            "translation_key", "pk"
        )
    }
    for model in translatable_snippet_models():
        rows = model.objects.filter(translation_key__in=keys, locale=target_locale).values_list("translation_key", "pk")
        targets.update({(model, key): pk for key, pk in rows})
    translation_sources = {
        source.object_id: source for source in TranslationSource.objects.filter(object_id__in=keys, locale=english)
    }
    translations = {
        translation.source_id: translation
        for translation in Translation.objects.filter(
            source__in=translation_sources.values(), target_locale=target_locale
        )
    }
    totals, done = segment_progress(translation_sources.values(), target_locale)
    return [
        _row(obj, translation_sources.get(obj.translation_key), translations, targets, totals, done) for obj in sources
    ]


def segment_progress(sources, target_locale):
    """Per source id: number of string segments, and how many have a valid translation."""
    segments = StringSegment.objects.filter(source__in=list(sources))
    totals = dict(segments.values_list("source_id").annotate(count=Count("id")))
    done = dict(
        segments.filter(
            string__translations__locale=target_locale,
            string__translations__context=F("context"),
            string__translations__has_error=False,
        )
        .values_list("source_id")
        .annotate(count=Count("id", distinct=True))
    )
    return totals, done


def _edit_url(model, pk):
    if issubclass(model, Page):
        return reverse("wagtailadmin_pages:edit", args=[pk])
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit", args=[pk])


def _row(obj, source, translations, targets, totals, done):
    model = Page if isinstance(obj, Page) else type(obj)
    kind = "Page" if model is Page else obj._meta.verbose_name.capitalize()
    source_url = _edit_url(model, obj.pk)
    target_pk = targets.get((model, obj.translation_key))
    if target_pk is None:
        return StatusRow(str(obj), kind, MISSING, None, "Translate", _submit_url(obj), source_url)
    target_url = _edit_url(model, target_pk)
    translation = translations.get(source.pk) if source else None
    if translation is None:  # translated outside wagtail-localize: nothing to measure
        return StatusRow(str(obj), kind, UP_TO_DATE, None, "Open", target_url, source_url)
    total = totals.get(source.pk, 0)
    percent = 100 if total == 0 else round(100 * done.get(source.pk, 0) / total)
    if _source_changed(obj, source):
        return StatusRow(str(obj), kind, OUT_OF_DATE, percent, "Sync", _sync_url(source), source_url)
    status = UP_TO_DATE if percent == 100 else IN_PROGRESS
    return StatusRow(str(obj), kind, status, percent, "Edit translation", target_url, source_url)


def _source_changed(obj, source):
    if isinstance(obj, Page):
        return bool(obj.last_published_at and obj.last_published_at > source.last_updated_at)
    current = json.dumps(get_serializable_data_for_fields(obj), cls=DjangoJSONEncoder)
    return current != source.content_json


def _submit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    meta = obj._meta
    return reverse("wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, obj.pk])


def _sync_url(source):
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def status_summary(rows):
    """(status, label, count) for every state, in a fixed order."""
    counts = dict.fromkeys(STATUS_LABELS, 0)
    for row in rows:
        counts[row.status] += 1
    return [(status, label, counts[status]) for status, label in STATUS_LABELS.items()]
