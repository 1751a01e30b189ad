"""Template filters that write numbers the way the active language does."""

import datetime
import functools
import re

from django import template
from django.utils import formats, timezone, translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext, ngettext

from cms.numerals import localize_digits

register = template.Library()

BURMESE_LETTER = re.compile("[\u1000-\u109f]")
LATIN_LETTER = re.compile("[A-Za-z]")


@register.filter
def digits(value):
    """Numbers in the active language's digits: ``57`` becomes ``၅၇`` under /my/."""
    if value is None or value == "":
        return ""
    text = localize_digits(value, translation.get_language())
    return mark_safe(text) if isinstance(value, SafeData) else conditional_escape(text)


@register.filter
def local_date(value, format_name="DATE_FORMAT"):
    """A date in the active language's format and digits: ၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက် under /my/."""
    if not value:
        return ""
    return _formatted_date(calendar_date(value), format_name, translation.get_language())


@register.filter
def time_element(value):
    """``<time datetime="2021-02-01">`` around the date as ``local_date`` writes it."""
    if not value:
        return ""
    day = calendar_date(value)
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), local_date(day))


def calendar_date(value):
    """The date of ``value``: a moment (an aware datetime) falls on its date in the active time zone."""
    if isinstance(value, datetime.datetime):
        return (timezone.localtime(value) if timezone.is_aware(value) else value).date()
    return value


@functools.lru_cache(maxsize=8192)
def _formatted_date(value, format_name, language):
    """Kept per process: Django's date formatting reads a format character by character,
    and a listing or a search shows a dozen dates a page (bounded: dates come from content)."""
    return localize_digits(formats.date_format(value, format_name), language)


@register.filter
def file_size(value):
    """A file size in the active language's words and digits: ``၉၀၆ ကီလိုဘိုက်`` under /my/."""
    if value in (None, ""):
        return ""
    size = int(value)
    if size < 1024:
        text = ngettext("%(size)s byte", "%(size)s bytes", size) % {"size": size}
    elif size < 1024 * 1024:
        text = gettext("%(size)s KB") % {"size": round(size / 1024)}
    else:
        text = gettext("%(size)s MB") % {"size": f"{size / (1024 * 1024):.1f}"}
    return localize_digits(text, translation.get_language())


@register.filter
def latin_lang(value):
    """`` lang="en"`` for a text in Latin letters without Burmese on a page in another language.

    Untranslated titles and English names inside a Burmese page are then read, and
    hyphenated, as English by screen readers and browsers.
    """
    text = str(value or "")
    if translation.get_language() == "en" or BURMESE_LETTER.search(text) or not LATIN_LETTER.search(text):
        return ""
    return mark_safe(' lang="en"')
