"""Where each English page and translatable term stands in Burmese.

- missing: no Burmese version yet;
- draft: a Burmese version exists but is not live (with the share of segments translated);
- awaiting review: the Burmese page was submitted and waits for a moderator;
- live, out of date: the Burmese version is live, but what is live does not reflect the
  current English text (the English changed since the last sync, or the sync or later
  translations were never published, or segments are still untranslated), with how many
  segments differ;
- live, up to date: the live Burmese revision was made from the current English source,
  with every segment translated.

Terms have no draft state: a Burmese term is live as soon as it exists.
Everything is computed in a fixed number of queries, plus one per page type when English
pages changed since their last sync (their text is read to count the changed segments).
"""

import json
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F
from django.urls import reverse
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from cms.snippets import translatable_snippet_models

MISSING, DRAFT, AWAITING_REVIEW, OUT_OF_DATE, UP_TO_DATE = (
    "missing",
    "draft",
    "awaiting-review",
    "out-of-date",
    "up-to-date",
)
STATUS_LABELS = {
    MISSING: "Missing",
    DRAFT: "Draft",
    AWAITING_REVIEW: "Awaiting review",
    OUT_OF_DATE: "Live, out of date",
    UP_TO_DATE: "Live, up to date",
}


@dataclass
class StatusRow:
    title: str
    kind: str
    status: str
    percent: int | None
    changed: int | None
    action_label: str
    action_url: str
    title_url: str

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


@dataclass
class Target:
    """The Burmese version of a source object, as far as the report needs it."""

    pk: int
    live: bool = True
    live_at: object = None


def status_rows(target_locale, site=None, user=None):
    """One row per English page (of ``site``, or all sites) and translatable term.

    With ``user``, each row's title links where that user can act (the translation editor
    for translators, the English editor for editors), or nowhere.
    """
    english = Locale.get_default()
    pages = Page.objects.filter(locale=english, depth__gt=1).order_by("path")
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    snippet_models = translatable_snippet_models()
    sources = list(pages) + [term for model in snippet_models for term in model.objects.filter(locale=english)]
    keys = [obj.translation_key for obj in sources]
    targets = _targets(keys, target_locale, snippet_models)
    translation_sources = {
        source.object_id: source for source in TranslationSource.objects.filter(object_id__in=keys, locale=english)
    }
    translations = {
        translation.source_id: translation
        for translation in Translation.objects.filter(
            source__in=translation_sources.values(), target_locale=target_locale
        )
    }
    context = ReportContext(
        targets=targets,
        sources=translation_sources,
        translations=translations,
        progress=segment_progress(translation_sources.values(), target_locale),
        updates=_translation_updates(keys, target_locale),
        in_review=_pages_in_review(targets),
        editable=_editable(user, sources, targets, snippet_models),
    )
    rows = [_row(obj, context) for obj in sources]
    _count_english_changes(rows, sources, translation_sources)
    return rows


@dataclass
class ReportContext:
    targets: dict
    sources: dict
    translations: dict
    progress: tuple
    updates: dict
    in_review: set
    editable: set | None


def _model(obj):
    return Page if isinstance(obj, Page) else type(obj)


def _targets(keys, target_locale, snippet_models):
    rows = Page.objects.filter(translation_key__in=keys, locale=target_locale).values_list(
        "translation_key", "pk", "live", "live_revision__created_at"
    )
    targets = {(Page, key): Target(pk, live, live_at) for key, pk, live, live_at in rows}
    for model in snippet_models:
        terms = model.objects.filter(translation_key__in=keys, locale=target_locale).values_list(
            "translation_key", "pk"
        )
        targets.update({(model, key): Target(pk) for key, pk in terms})
    return targets


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


def _translation_updates(keys, target_locale):
    """Per translated object: when each of its segment translations was last changed."""
    updates = defaultdict(list)
    rows = StringTranslation.objects.filter(locale=target_locale, context__object_id__in=keys).values_list(
        "context__object_id", "updated_at"
    )
    for key, updated_at in rows:
        updates[key].append(updated_at)
    return updates


def _pages_in_review(targets):
    page_ids = [str(target.pk) for (model, _key), target in targets.items() if model is Page]
    return {
        int(pk)
        for pk in WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=page_ids,
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    }


def _editable(user, sources, targets, snippet_models):
    """(model, pk) of the sources and targets ``user`` may edit; None when no user is given."""
    if user is None:
        return None
    by_model = defaultdict(set)
    for obj in sources:
        by_model[_model(obj)].add(obj.pk)
    for (model, _key), target in targets.items():
        by_model[model].add(target.pk)
    editable = set()
    page_policy = PagePermissionPolicy()
    pages = page_policy.instances_user_has_permission_for(user, "change").filter(pk__in=by_model[Page])
    editable.update((Page, pk) for pk in pages.values_list("pk", flat=True))
    for model in snippet_models:
        policy = model.snippet_viewset.permission_policy
        terms = policy.instances_user_has_any_permission_for(user, ["change"]).filter(pk__in=by_model[model])
        editable.update((model, pk) for pk in terms.values_list("pk", flat=True))
    return editable


def _edit_url(model, pk):
    if model is Page:
        return reverse("wagtailadmin_pages:edit", args=[pk])
    return reverse(model.snippet_viewset.get_url_name("edit"), args=[pk])


def _title_url(model, obj, target, editable):
    """The target's editor (the translation editor) when the user may use it, else the source's."""
    for pk in ([target.pk] if target else []) + [obj.pk]:
        if editable is None or (model, pk) in editable:
            return _edit_url(model, pk)
    return ""


def _row(obj, context):
    model = _model(obj)
    kind = "Page" if model is Page else obj._meta.verbose_name.capitalize()
    target = context.targets.get((model, obj.translation_key))
    title_url = _title_url(model, obj, target, context.editable)
    if target is None:
        return StatusRow(str(obj), kind, MISSING, None, None, "Translate", _submit_url(obj), title_url)
    target_url = _edit_url(model, target.pk)
    source = context.sources.get(obj.translation_key)
    translation = context.translations.get(source.pk) if source else None
    if translation is None:  # translated outside wagtail-localize: nothing to measure
        status = UP_TO_DATE if target.live else DRAFT
        return StatusRow(str(obj), kind, status, None, None, "Open", target_url, title_url)
    totals, done = context.progress
    total, translated = totals.get(source.pk, 0), done.get(source.pk, 0)
    percent = 100 if total == 0 else round(100 * translated / total)
    if model is Page and target.pk in context.in_review:
        return StatusRow(str(obj), kind, AWAITING_REVIEW, percent, None, "Review", target_url, title_url)
    if not target.live:
        return StatusRow(str(obj), kind, DRAFT, percent, None, "Edit translation", target_url, title_url)
    if _source_changed(obj, source):
        # Counted later from the English text (see _count_english_changes).
        return StatusRow(str(obj), kind, OUT_OF_DATE, percent, None, "Sync", _sync_url(source), title_url)
    unpublished = _unpublished_changes(model, target, source, context.updates.get(obj.translation_key, []))
    changed = (total - translated) + unpublished
    if changed or (model is Page and target.live_at and target.live_at < source.last_updated_at):
        return StatusRow(str(obj), kind, OUT_OF_DATE, percent, changed, "Edit translation", target_url, title_url)
    return StatusRow(str(obj), kind, UP_TO_DATE, percent, 0, "Edit translation", target_url, title_url)


def _unpublished_changes(model, target, source, updates):
    """Segment translations changed after the live Burmese revision was made (pages only:
    a term's translation is live as soon as it is saved)."""
    if model is not Page or target.live_at is None:
        return 0
    return sum(1 for updated_at in updates if updated_at > target.live_at)


def _source_changed(obj, source):
    if isinstance(obj, Page):
        return bool(obj.last_published_at and obj.last_published_at > source.last_updated_at)
    current = json.dumps(get_serializable_data_for_fields(obj), cls=DjangoJSONEncoder)
    return current != source.content_json


def _count_english_changes(rows, sources, translation_sources):
    """Fill in how many segments differ between the English text and its last sync, for the
    rows out of date because the English changed."""
    waiting = [
        (row, obj) for row, obj in zip(rows, sources, strict=True) if row.status == OUT_OF_DATE and row.changed is None
    ]
    if not waiting:
        return
    page_ids = [obj.pk for _row, obj in waiting if isinstance(obj, Page)]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    synced = defaultdict(set)
    source_ids = [translation_sources[obj.translation_key].pk for _row, obj in waiting]
    for source_id, path, data in StringSegment.objects.filter(source_id__in=source_ids).values_list(
        "source_id", "context__path", "string__data"
    ):
        synced[source_id].add((path, data))
    for row, obj in waiting:
        instance = specific.get(obj.pk, obj)
        current = {
            (segment.path, segment.string.data)
            for segment in extract_segments(instance)
            if isinstance(segment, StringSegmentValue)
        }
        row.changed = len({path for path, _data in current ^ synced[translation_sources[obj.translation_key].pk]})


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
