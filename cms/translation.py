"""Burmese translations through wagtail-localize: creating them from code, guarding their text."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.zawgyi import Encoding, check


def translate_page(page, locale, strings=None):
    """Translate ``page`` into ``locale`` and publish it; returns the translated page.

    ``strings`` maps English segment text to its translation; other segments keep the
    source text until a translator takes them on. The records are the ones the
    translation editor uses, so translators carry on from here. The revision is
    published at once rather than on commit (wagtail-localize's default), so a parent
    published later from a stale copy cannot overwrite the tree's child count.
    """
    source, _ = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        translated = (strings or {}).get(segment.string.data)
        if translated:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": translated},
            )
    translation, _ = source.create_or_update_translation(locale, publish=False, fallback=True, copy_parent_pages=True)
    translation.get_latest_revision().publish()
    translation.refresh_from_db()
    return translation


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
    result = check(instance.data)
    if result.encoding is Encoding.ZAWGYI:
        instance.data = result.converted
    elif result.encoding is Encoding.DOUBTFUL:
        previous = sender.objects.filter(pk=instance.pk).values_list("data", "field_error").first()
        confirmed = previous is not None and previous == (instance.data, DOUBTFUL_SEGMENT)
        instance.has_error = not confirmed
        instance.field_error = "" if confirmed else DOUBTFUL_SEGMENT
