"""Burmese translations through wagtail-localize: creating them from code, guarding their text."""

import html
from contextvars import ContextVar

from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.zawgyi import Encoding, check, describe_changes

# StringTranslation.tool_name's max_length.
TOOL_NAME_LENGTH = 255


def admin_edit_url(instance):
    """Where a page or snippet is edited in the admin (for a translation: its translation editor)."""
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    return reverse(instance.snippet_viewset.get_url_name("edit"), args=[instance.pk])


def translate_page(instance, locale, strings=None):
    """Translate a page or snippet into ``locale`` (publishing a page); returns the translation.

    ``strings`` maps English segment text to its translation; other segments keep the
    source text until a translator takes them on. The records are the ones the
    translation editor uses, so translators carry on from here. Strings given here are
    reviewed text, so the Zawgyi guard does not question them. A page's revision is
    published at once rather than on commit (wagtail-localize's default), so a parent
    published later from a stale copy cannot overwrite the tree's child count.
    """
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        translated = (strings or {}).get(html.unescape(segment.string.data))
        if translated:
            key = {"translation_of": segment.string, "locale": locale, "context": segment.context}
            string_translation = StringTranslation.objects.filter(**key).first() or StringTranslation(**key)
            string_translation.data = translated
            string_translation.has_error, string_translation.field_error = False, ""
            string_translation.zawgyi_reviewed = True
            string_translation.save()
    is_page = isinstance(instance, Page)
    translation, _ = source.create_or_update_translation(
        locale, publish=not is_page, fallback=True, copy_parent_pages=True
    )
    if is_page:
        translation.get_latest_revision().publish()
    translation.refresh_from_db()
    return translation


# While a view imports many segments at once (a PO upload), the Zawgyi runs converted on the
# way in are collected here (one tuple of (typed, stored) pairs per segment) to tell the translator.
converted_segments = ContextVar("converted_segments", default=None)

DOUBTFUL_SEGMENT = (
    "This Burmese text may be in the Zawgyi encoding and is not used yet. Retype it in Unicode, "
    "or save exactly the same text again to keep it as it is."
)


def zawgyi_notice(changes):
    """The note shown beside a segment whose Zawgyi runs were converted (wagtail-localize shows
    "Translated with <tool> on <date>" under the segment, so the note takes the tool's place)."""
    return f"the Zawgyi converter, please check: {describe_changes(changes)}"[:TOOL_NAME_LENGTH]


def guard_string_translation(sender, instance, **kwargs):
    """Zawgyi guard for translated segments, whether typed in the editor or uploaded in a PO file.

    The Zawgyi runs are converted to Unicode before the text is stored, and the segment says
    so in the editor. Doubtful text is stored with an error (wagtail-localize then leaves it
    out of the page and shows the error beside the segment); saving the same text again is
    the translator's choice to keep it.
    """
    if getattr(instance, "zawgyi_reviewed", False):
        return
    result = check(instance.data)
    if result.changes:
        instance.data = result.text
        instance.tool_name = zawgyi_notice(result.changes)
        collected = converted_segments.get()
        if collected is not None:
            collected.append(result.changes)
    if result.encoding is Encoding.DOUBTFUL:
        previous = sender.objects.filter(pk=instance.pk).values_list("data", "field_error").first()
        confirmed = previous is not None and previous == (instance.data, DOUBTFUL_SEGMENT)
        instance.has_error = not confirmed
        instance.field_error = "" if confirmed else DOUBTFUL_SEGMENT
