"""Control characters on every way in, over fields listed from the forms themselves.

Public forms refuse them with a message in the visitor's language; admin forms strip
them; the content API refuses them in parameters.
"""

import contextlib
import json

import pytest
from django import forms
from django.http import QueryDict
from django.utils import translation
from wagtail.contrib.settings.registry import registry
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
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


def typed_fields(form_class):
    """Fields a visitor types into (not hidden, not choices, not the honeypot)."""
    return [
        name
        for name, field in form_class.base_fields.items()
        if isinstance(field, forms.CharField) and not isinstance(field.widget, forms.HiddenInput) and name != "website"
    ]


def public_cases():
    return [(form, name) for form in PUBLIC_FORMS.values() for name in typed_fields(form)]


def as_post(data):
    post = QueryDict(mutable=True)
    post.update(data)
    return post


def test_every_public_form_is_covered():
    assert set(PUBLIC_FORMS) == {Signatory, JoinRequest}
    assert len(public_cases()) >= 12


@pytest.mark.parametrize(("form_class", "name"), public_cases(), ids=lambda value: getattr(value, "__name__", value))
@pytest.mark.parametrize("language", ["en", "my"])
def test_public_forms_refuse_control_characters_with_a_message(countries, form_class, name, language):
    data = VALID_DATA[form_class.Meta.model]()
    data[name] = f"x{HOSTILE}" if name != "email" else "a\x01@example.org"
    with translation.override(language):
        form = form_class(as_post(data), language_code=language)
        assert not form.is_valid()
        messages = [str(message) for message in form.errors[name]]
    expected = "control characters" if language == "en" else "ထိန်းချုပ်စာလုံး"
    assert any(expected in message for message in messages), messages
    assert form_class(as_post(VALID_DATA[form_class.Meta.model]()), language_code="en").is_valid()


def test_a_hostile_sign_on_post_is_refused_and_nothing_is_stored(client, statement):
    response = client.post(f"{statement.url}sign/", sign_on_data(name="a\x01\x1b\x7f"))
    assert response.status_code == 400
    assert "control characters" in response.content.decode()
    assert not Signatory.objects.exists()


ADMIN_FORMS = {
    **{model.__name__: model.get_edit_handler for model in get_page_models() if model.__name__ != "Page"},
    **{model.__name__: lambda model=model: model.snippet_viewset.get_edit_handler() for model in get_snippet_models()},
    "Image": lambda: get_image_form(get_image_model()),
    "Document": lambda: get_document_form(get_document_model()),
    **{model.__name__: lambda model=model: get_setting_edit_handler(model) for model in registry},
}


def admin_form_class(name):
    made = ADMIN_FORMS[name]()
    return made if isinstance(made, type) else made.get_form_class()


def test_every_page_type_snippet_and_setting_is_covered():
    expected = {"HomePage", "PublicationPage", "NetworkPage", "Signatory", "Member", "SiteBranding", "Image"}
    assert expected <= set(ADMIN_FORMS)


def is_typed_text(field):
    """A text box or area (rich text and StreamField post JSON: see the test after this one)."""
    return isinstance(field, forms.CharField) and isinstance(field.widget, (forms.TextInput, forms.Textarea))


@pytest.mark.parametrize("name", sorted(ADMIN_FORMS))
def test_admin_forms_strip_control_characters_from_every_text_field(db, name):
    """Each text field's submitted value, and what the field makes of it, hold no control character."""
    form_class = admin_form_class(name)
    names = [name for name, field in form_class.base_fields.items() if is_typed_text(field)]
    assert names, form_class
    form = form_class(as_post(dict.fromkeys(names, f"Title {HOSTILE}")), instance=form_class._meta.model())
    for name in names:
        field = form.fields[name]
        raw = field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
        assert not has_control_chars(raw), name
        with contextlib.suppress(forms.ValidationError):  # refused for another reason (an email): nothing stored
            assert not has_control_chars(field.clean(raw)), name


def test_rich_text_and_streamfield_payloads_are_stripped_inside_their_json(db):
    form_class = admin_form_class("ContentPage")
    payload = json.dumps([{"type": "text", "value": "<p>a\x0bb\x01c</p>"}])
    form = form_class(as_post({"title": "T", "body": payload}), instance=form_class._meta.model())
    assert json.loads(form.data["body"])[0]["value"] == "<p>abc</p>"


def test_the_api_refuses_control_characters_in_parameters(client, home):
    response = client.get("/api/v2/search/", {"q": "a\x0bb"})
    assert response.status_code == 400
