"""Creating Burmese translations through wagtail-localize from code (demo content, tests)."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


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
