"""The public forms: sign a statement, ask to join.

Every form carries the Zawgyi guard, a honeypot field that people never see and a
``submission_id`` that makes a repeated post of one form a no-op.
"""

import uuid

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from cms.content_cache import cached
from cms.control_chars import REFUSED_MESSAGE, has_control_chars
from cms.forms import ZawgyiGuardMixin, zawgyi_action_field
from cms.page_cache import FreshIdInput
from cms.widgets import LongSelect
from participation.models import JoinRequest, Signatory
from taxonomy.countries import collation_key
from taxonomy.models import Country

HONEYPOT = "website"
PERSON_FIELDS = ["honorific", "name", "country", "parliament", "party", "role", "email"]


def country_choices(language_code):
    """``(code, name)`` of every country, named and sorted in ``language_code``; cached per content version."""
    return cached("country-choices", [language_code], lambda: _country_choices(language_code))


def _country_choices(language_code):
    names = dict(Country.objects.filter(locale__language_code=language_code).values_list("translation_key", "name"))
    english = Country.objects.filter(locale__language_code="en").values_list("code", "translation_key", "name")
    choices = [(code, names.get(key, name)) for code, key, name in english]
    return sorted(choices, key=lambda choice: collation_key(choice[1]))


class CountryChoiceIterator(forms.models.ModelChoiceIterator):
    """The cached choices, after the empty one: no query and no model instance per country."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.field.country_choices

    def __len__(self):
        return len(self.field.country_choices) + (self.field.empty_label is not None)


class CountryChoiceField(forms.ModelChoiceField):
    """English countries by code, labelled and sorted in the visitor's language."""

    iterator = CountryChoiceIterator
    widget = LongSelect

    def __init__(self, language_code, **kwargs):
        self.language_code = language_code
        queryset = Country.objects.filter(locale__language_code="en")
        super().__init__(queryset, to_field_name="code", label=_("Country"), empty_label=_("Choose…"), **kwargs)

    @cached_property
    def country_choices(self):
        return country_choices(self.language_code)


ERROR_MESSAGES = {
    "required": _("This field is required."),
    "invalid_choice": _("Choose one of the options in the list."),
    "max_length": _("Use at most %(limit_value)d characters (this has %(show_value)d)."),
}


class PublicForm(ZawgyiGuardMixin, forms.ModelForm):
    """Control characters are refused with a message rather than silently removed."""

    strip_control_characters = False
    zawgyi_action = zawgyi_action_field()
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    submission_id = forms.CharField(required=False, widget=FreshIdInput)

    def __init__(self, data=None, *args, language_code="en", **kwargs):
        kwargs.setdefault("initial", {}).setdefault("submission_id", uuid.uuid4())
        super().__init__(data, *args, **kwargs)
        self.language_code = language_code
        self.fields["country"] = CountryChoiceField(language_code)
        for name in ("name", "parliament", "email"):
            self.fields[name].required = True
        # Django's own messages are not translated into Burmese: these are, in the project's catalogue.
        for field in self.fields.values():
            field.error_messages.update(ERROR_MESSAGES)
        self.fields["email"].error_messages["invalid"] = _("Enter an email address like name@example.org.")

    def clean(self):
        """Refuses control characters in what was typed, before a field's own cleaning could trim them."""
        cleaned = super().clean()
        for name in self.fields:
            if any(has_control_chars(value) for value in self.data.getlist(self.add_prefix(name))):
                self.add_error(name, forms.ValidationError(REFUSED_MESSAGE, code="control_characters"))
        return cleaned

    def clean_submission_id(self):
        """The form's one-time id; a missing or mangled one gets a fresh id rather than an error nobody can fix."""
        try:
            return uuid.UUID(self.cleaned_data["submission_id"])
        except ValueError:
            return uuid.uuid4()

    @property
    def error_summary(self):
        """(input id, label, first message) of each field with an error, in the form's order."""
        return [(field.id_for_label, field.label, field.errors[0]) for field in self.visible_fields() if field.errors]

    @property
    def is_spam(self):
        """A filled honeypot: only a bot sees and fills the field."""
        return bool(self.data.get(HONEYPOT, "").strip())

    def save(self, commit=True):
        self.instance.submission_id = self.cleaned_data["submission_id"]
        return super().save(commit)


class SignOnForm(PublicForm):
    confirm = forms.BooleanField(label=_("I am a current or former member of parliament and I sign this statement."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm"].error_messages["required"] = _("Please confirm that you sign this statement.")

    class Meta:
        model = Signatory
        fields = [*PERSON_FIELDS, "consent_to_list"]


class JoinRequestForm(PublicForm):
    class Meta:
        model = JoinRequest
        fields = [*PERSON_FIELDS, "phone", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}


class BlankForm:
    """A public form no one has filled in, made only when more than its kind and language is read.

    ``{% form_fields %}`` writes a blank form from a copy kept per language: building one
    (its fields, the country list) on every uncached page was a third of a campaign's time.
    """

    is_bound = False

    def __init__(self, form_class, language_code):
        self.form_class = form_class
        self.language_code = language_code

    @cached_property
    def form(self):
        return self.form_class(language_code=self.language_code)

    def __getattr__(self, name):
        return getattr(self.form, name)
