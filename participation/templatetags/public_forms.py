"""The fields of a public form (a sign-on, a join request), a blank one rendered once per language.

A blank form looks the same to every visitor but for its one-time submission id
(``FreshIdInput``). It is kept rendered per content version (its country list is content)
with a slot where each visitor gets a new id, as the page cache does: building and
rendering the form was a quarter of an uncached campaign page.
"""

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from cms.content_cache import cached
from cms.page_cache import with_fresh_ids, without_visitor_values

register = template.Library()

FIELDS_TEMPLATE = "participation/includes/form_fields.html"


@register.simple_tag
def form_fields(form):
    """The form's fields, errors and hidden inputs, as ``FIELDS_TEMPLATE`` writes them."""
    if form.is_bound:
        return _render(form)
    kind = getattr(form, "form_class", type(form))  # a BlankForm is built only if nothing is kept
    key = [kind.__name__, form.language_code, translation.get_language()]
    kept = cached("blank-form", key, lambda: without_visitor_values(_render(form).encode()))
    if kept is None:  # no slot could be made: rendered for this visitor alone
        return _render(form)
    return mark_safe(with_fresh_ids(kept).decode())  # the template's output, escaped there


def _render(form):
    return render_to_string(FIELDS_TEMPLATE, {"form": form})
