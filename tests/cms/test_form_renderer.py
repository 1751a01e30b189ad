"""The quick form renderer writes exactly what Django's widget templates write."""

import datetime

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.functional import lazy
from django.utils.safestring import mark_safe

from cms.form_renderer import INPUT_TEMPLATES, QuickWidgetRenderer
from participation.forms import JoinRequestForm

lazy_text = lazy(lambda: "lazy <text>", str)
WIDGETS = [
    forms.TextInput(attrs={"required": True, "maxlength": 10, "hidden": False, "aria-describedby": 'a"b'}),
    forms.EmailInput(attrs={"autocomplete": "email"}),
    forms.URLInput(),
    forms.NumberInput(attrs={"min": 0}),
    forms.PasswordInput(render_value=True),
    forms.HiddenInput(),
    forms.CheckboxInput(),
    forms.DateInput(),
    forms.DateTimeInput(),
    forms.TimeInput(),
    forms.SearchInput(),
    forms.TelInput(),
    forms.ColorInput(),
    forms.Textarea(attrs={"placeholder": "ပြောပါ"}),
    forms.Select(choices=[("a", "A & B"), ("b", "<b>")]),
]
VALUES = [
    None,
    "",
    "plain",
    "quotes \" and ' <tags> & ampersands",
    mark_safe("<em>already safe</em>"),
    lazy_text(),
    "မြန်မာ စာ",
    0,
    12,
    True,
    False,
    datetime.date(2021, 2, 1),
    datetime.datetime(2021, 2, 1, 10, 30),
    datetime.time(8, 15),
]


@pytest.mark.parametrize("widget", WIDGETS, ids=lambda widget: type(widget).__name__)
def test_every_widget_and_value_renders_as_the_templates_render_it(widget):
    templates, quick = DjangoTemplates(), QuickWidgetRenderer()
    for value in VALUES:
        expected = widget.render("field", value, attrs={"id": "id_field"}, renderer=templates)
        assert widget.render("field", value, attrs={"id": "id_field"}, renderer=quick) == expected, value


def test_every_input_widget_of_django_is_known():
    """A Django upgrade that adds an input widget is noticed here."""
    django_inputs = [
        widget
        for widget in vars(forms.widgets).values()
        if isinstance(widget, type) and issubclass(widget, forms.widgets.Input) and widget.template_name
    ]
    file_inputs = {f"django/forms/widgets/{name}.html" for name in ("file", "clearable_file_input", "multiple_hidden")}
    assert {widget.template_name for widget in django_inputs} - file_inputs <= INPUT_TEMPLATES


def test_a_public_form_renders_the_same_with_either_renderer(db):
    data = {"name": 'Aung <San> "Suu"', "email": "not an email", "message": "ကျေးဇူး & <thanks>"}
    templates = JoinRequestForm(data, renderer=DjangoTemplates())
    quick = JoinRequestForm(data, renderer=QuickWidgetRenderer())
    assert not quick.is_valid() and not templates.is_valid()
    assert [str(field) for field in quick] == [str(field) for field in templates]
    assert 'value="Aung &lt;San&gt; &quot;Suu&quot;"' in str(quick["name"])
