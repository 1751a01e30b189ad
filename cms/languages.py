"""Language choices shared by documents, blocks and templates, and the language of a locale."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

DOCUMENT_LANGUAGE_CHOICES = [("en", _("English")), ("my", _("Burmese"))]


_LOCALES = {}  # language code and locale id -> Locale, read once per process


def known_locale(key):
    """The Locale of a language code or a locale id, or None; the locales are read once per process."""
    if key not in _LOCALES:
        for locale in Locale.objects.all():
            _LOCALES[locale.language_code] = _LOCALES[locale.pk] = locale
    return _LOCALES.get(key)


def locale_code(locale_id):
    """The language code of a locale id, without a query after the first call."""
    locale = known_locale(locale_id)
    return locale.language_code if locale else None
