"""Widgets the project's forms share: checkbox lists for the admin, a quick long select for the public."""

from html import escape

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe


class CheckboxList(forms.CheckboxSelectMultiple):
    """Checkboxes for a short list (topics): every choice visible at once."""

    css_class = "checkbox-list"

    def __init__(self, attrs=None, choices=()):
        super().__init__({"class": self.css_class, **(attrs or {})}, choices)

    class Media:
        css = {"all": ["css/admin-checkbox-list.css"]}


class FilterableCheckboxList(CheckboxList):
    """Checkboxes for a long list (countries) in a scrolling box, with a field to type part of a
    name into: the list narrows to the matching choices, and ticked ones stay ticked."""

    css_class = "checkbox-list checkbox-list--filterable"

    class Media:
        js = ["js/admin-checkbox-filter.js"]


class LongSelect(forms.Select):
    """A select for a long flat list (every country), its options written in Python.

    Django renders each option through a template of its own: for some 250 countries that
    was most of the time a page carrying a public form took to render.
    """

    def render(self, name, value, attrs=None, renderer=None):
        selected = set(self.format_value(value))
        # The standard library's escape is Django's, without the lazy-string wrapper that
        # made escaping the options cost more than building them.
        options = "".join(
            f'<option value="{escape(str(choice))}"{" selected" if str(choice) in selected else ""}>'
            f"{escape(str(label))}</option>"
            for choice, label in self.choices
        )
        final_attrs = self.build_attrs(self.attrs, attrs)
        # The name first, as Django's select template writes it.
        return format_html('<select name="{}"{}>{}</select>', name, flatatt(final_attrs), mark_safe(options))
