"""Admin widgets for choosing several terms at once: checkboxes instead of ctrl-click lists."""

from django import forms


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
