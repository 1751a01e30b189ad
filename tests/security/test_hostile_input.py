"""Control characters on every way in, over fields listed from the forms themselves.

Public forms refuse them with a message in the visitor's language; admin forms strip
them; the content API refuses them in parameters.
"""

import pytest
from django import forms
from django.http import QueryDict
from django.utils import translation
from wagtail.documents.forms import get_document_form
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from cms.control_chars import has_control_chars
from participation.forms import PublicForm
from participation.models import JoinRequest, Signatory
from tests.participation.helpers import join_data, sign_on_data

HOSTILE = "a\x01b\x1b\x7fc\x0bd\x9fe\x00"
PUBLIC_FORMS = {form.Meta.model: form for form in PublicForm.__subclasses__()}
VALID_DATA = {Signatory: sign_on_data, JoinRequest: join_data}


def typed_fields(form):
    """Fields a visitor types into (not hidden, not choices, not the honeypot)."""
    return [
        name
        for name, field in form.fields.items()
        if isinstance(field, forms.CharField) and not isinstance(field.widget, forms.HiddenInput) and name != "website"
    ]


def public_cases():
    return [(form, name) for form in PUBLIC_FORMS.values() for name in typed_fields(form())]


def test_every_public_form_is_covered():
    assert set(PUBLIC_FORMS) == {Signatory, JoinRequest}
    assert len(public_cases()) >= 12


@pytest.mark.parametrize(("form_class", "name"), public_cases(), ids=lambda value: getattr(value, "__name__", value))
@pytest.mark.parametrize("language", ["en", "my"])
def test_public_forms_refuse_control_characters_with_a_message(countries, form_class, name, language):
    data = VALID_DATA[form_class.Meta.model]()
    data[name] = f"x{HOSTILE}" if name != "email" else "a\x01@example.org"
    with translation.override(language):
        form = form_class(QueryDict(mutable=True) | data, language_code=language)
        assert not form.is_valid()
        message = str(form.errors[name][0])
    assert ("control characters" in message) == (language == "en")
    assert form_class(QueryDict(mutable=True) | VALID_DATA[form_class.Meta.model](), language_code="en").is_valid()


def test_a_hostile_sign_on_post_is_refused_and_nothing_is_stored(client, statement):
    response = client.post(f"{statement.url}sign/", sign_on_data(name="a\x01\x1b\x7f"))
    assert response.status_code == 400
    assert "control characters" in response.content.decode()
    assert not Signatory.objects.exists()


def admin_form_classes():
    """The admin's forms: every page type, every snippet, images and documents."""
    classes = [model.get_edit_handler().get_form_class() for model in get_page_models() if model.__name__ != "Page"]
    for model in get_snippet_models():
        classes.append(model.snippet_viewset.get_edit_handler().get_form_class())
    classes += [get_image_form(get_image_model()), get_document_form(get_document_model())]
    return classes


@pytest.mark.parametrize("form_class", admin_form_classes(), ids=lambda form_class: form_class.__name__)
def test_admin_forms_strip_control_characters_from_every_text_field(db, form_class):
    names = [name for name, field in form_class.base_fields.items() if isinstance(field, forms.CharField)]
    assert names, form_class
    data = QueryDict(mutable=True)
    for name in names:
        data[name] = f"Title {HOSTILE}"
    form = form_class(data, instance=form_class._meta.model())
    form.is_valid()
    assert not any(has_control_chars(value) for value in form.data.values())
    assert not any(has_control_chars(value) for value in form.cleaned_data.values())


def test_the_api_refuses_control_characters_in_parameters(client, home):
    response = client.get("/api/v2/search/", {"q": "a\x0bb"})
    assert response.status_code == 400
