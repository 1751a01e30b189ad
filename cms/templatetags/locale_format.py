"""Template filters that write numbers the way the active language does."""

from django import template
from django.utils import formats, translation
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

from cms.numerals import localize_digits

register = template.Library()


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
    return localize_digits(formats.date_format(value, format_name), translation.get_language())
