"""Burmese translations through wagtail-localize: creating them from code, guarding their text."""

import html
from contextvars import ContextVar

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.zawgyi import Encoding, check


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


# While a view imports many segments at once (a PO upload), the Zawgyi texts converted on
# the way in are collected here so the view can tell the translator.
converted_segments = ContextVar("converted_segments", default=None)

DOUBTFUL_SEGMENT = (
    "This Burmese text may be in the Zawgyi encoding and is not used yet. Retype it in Unicode, "
    "or save exactly the same text again to keep it as it is."
)


def guard_string_translation(sender, instance, **kwargs):
    """Zawgyi guard for translated segments, whether typed in the editor or uploaded in a PO file.

    Zawgyi is converted to Unicode before it is stored. Doubtful text is stored with an
    error (wagtail-localize then leaves it out of the page and shows the error beside
    the segment); saving the same text again is the translator's choice to keep it.
    """
    if getattr(instance, "zawgyi_reviewed", False):
        return
    result = check(instance.data)
    if result.encoding is Encoding.ZAWGYI:
        instance.data = result.converted
        collected = converted_segments.get()
        if collected is not None:
            collected.append(result.converted)
    elif result.encoding is Encoding.DOUBTFUL:
        previous = sender.objects.filter(pk=instance.pk).values_list("data", "field_error").first()
        confirmed = previous is not None and previous == (instance.data, DOUBTFUL_SEGMENT)
        instance.has_error = not confirmed
        instance.field_error = "" if confirmed else DOUBTFUL_SEGMENT
