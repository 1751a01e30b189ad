"""The publication index's filter options, written in Python.

A library's country filter alone lists a few hundred options; written by a template
loop they were a fifth of an uncached index page's time. Every value and label is
escaped here, and counts (and the years' labels) are written in the page language's digits.
"""

from html import escape as html_escape

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from cms.numerals import localize_digits

register = template.Library()

# Years are numbers: their labels follow the page's digits, as the counts do.
NUMERIC_LABELS = {"year"}


def escape(value):
    """What Django's ``escape`` writes, without its wrapper for lazy text (hundreds of calls a page)."""
    return html_escape(str(value))


@register.simple_tag
def filter_options(group):
    """The options of one filter group: checkboxes for a multiple choice, else ``<option>``s."""
    language = translation.get_language()
    name = escape(group["name"])
    numeric = group["name"] in NUMERIC_LABELS
    parts = []
    for option in group["options"]:
        value = escape(option["value"])
        label = escape(localize_digits(option["label"], language) if numeric else option["label"])
        count = localize_digits(option["count"], language)
        if group["multiple"]:
            checked = " checked" if option["selected"] else ""
            parts.append(
                f'<label class="filters__option"><input type="checkbox" name="{name}" value="{value}"{checked}>'
                f' {label} <span class="count">({count})</span></label>'
            )
        else:
            selected = " selected" if option["selected"] else ""
            parts.append(f'<option value="{value}"{selected}>{label} ({count})</option>')
    return mark_safe("\n".join(parts))  # every value above is escaped
