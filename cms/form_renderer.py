"""The form renderer of every form: plain inputs and text areas written in Python.

Django renders each widget through templates (``text.html`` includes ``input.html``,
which includes ``attrs.html``): for a public form of ten fields that was a fifth of the
time its page took to render. These widgets' markup is written here exactly as those
templates write it; every other template (selects, labels, whole forms, Wagtail's own
widgets) still goes through the templates.
"""

from html import escape

from django.forms.renderers import DjangoTemplates
from django.utils.safestring import SafeString

INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in (
        "input",
        "text",
        "email",
        "url",
        "number",
        "password",
        "hidden",
        "checkbox",
        "date",
        "datetime",
        "time",
        "search",
        "tel",
        "color",
    )
)
TEXTAREA_TEMPLATE = "django/forms/widgets/textarea.html"


def html_text(value):
    """``value`` escaped for HTML unless it is already safe, like a template variable."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape(str(value))


def html_attrs(attrs):
    """Attributes as ``attrs.html`` writes them: ``True`` alone, ``False`` left out."""
    return "".join(
        f" {html_text(name)}" if value is True else f' {html_text(name)}="{html_text(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def input_html(widget):
    value = "" if widget["value"] is None else f' value="{html_text(widget["value"])}"'
    kind, name = html_text(widget["type"]), html_text(widget["name"])
    return f'<input type="{kind}" name="{name}"{value}{html_attrs(widget["attrs"])}>'


def textarea_html(widget):
    text = html_text(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{html_text(widget["name"])}"{html_attrs(widget["attrs"])}>\n{text}</textarea>'


class QuickWidgetRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if template_name in INPUT_TEMPLATES:
            return SafeString(input_html(context["widget"]))
        if template_name == TEXTAREA_TEMPLATE:
            return SafeString(textarea_html(context["widget"]))
        return super().render(template_name, context, request)
