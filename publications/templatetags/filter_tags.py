"""The publication index's filter options, written in Python.

A library's country filter alone lists a few hundred options; written by a template
loop they were a fifth of an uncached index page's time. Every value and label is
escaped here, and counts (and the years' labels) are written in the page language's digits.
"""

import functools
from html import escape as html_escape

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from cms.numerals import localize_digits
from publications.filters import NUMERIC_FILTERS

register = template.Library()


def escape(value):
    """What Django's ``escape`` writes, without its wrapper for lazy text (hundreds of calls a page)."""
    return html_escape(str(value))


@register.simple_tag
def filter_options(group):
    """The options of one filter group: checkboxes for a multiple choice, else ``<option>``s."""
    language = translation.get_language()
    numeric = group["name"] in NUMERIC_FILTERS
    parts = []
    for option in group["options"]:
        label = localize_digits(option["label"], language) if numeric else option["label"]
        opening, before_count, closing = option_markup(group["name"], option["value"], label, group["multiple"])
        state = (" checked" if group["multiple"] else " selected") if option["selected"] else ""
        parts.append(f"{opening}{state}{before_count}{localize_digits(option['count'], language)}{closing}")
    return mark_safe("\n".join(parts))  # every value and label is escaped by option_markup


@functools.lru_cache(maxsize=16384)
def option_markup(name, value, label, multiple):
    """An option's escaped markup before its state, between its state and its count, and after its count.

    The same options are written on every page of an index, in each language: each is
    escaped once per process (bounded: options come from content, never from a request).
    """
    name, value, label = escape(name), escape(value), escape(label)
    if multiple:
        opening = f'<label class="filters__option"><input type="checkbox" name="{name}" value="{value}"'
        return opening, f'> {label} <span class="count">(', ")</span></label>"
    return f'<option value="{value}"', f">{label} (", ")</option>"
