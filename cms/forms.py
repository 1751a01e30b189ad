"""Admin form bases with the Zawgyi guard, for pages, snippets and settings.

The guard works on the submitted data before the form reads it, so every field is
covered the same way: plain fields, rich text, StreamField blocks and inline panels.
"""

import json

from django import forms
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel

from cms.control_chars import strip_control_chars
from cms.zawgyi import Encoding, check, describe_changes

CONVERT, KEEP = "convert", "keep"
SKIPPED_KEYS = {"csrfmiddlewaretoken", "zawgyi_action"}


def zawgyi_action_field():
    return forms.ChoiceField(
        label=_("Burmese text that may be Zawgyi"),
        required=False,
        choices=[
            ("", _("Choose…")),
            (CONVERT, _("Convert it to Unicode")),
            (KEEP, _("Keep it as typed: it is Unicode")),
        ],
        help_text=_("Shown only when some Burmese text could be in the Zawgyi encoding."),
    )


ZAWGYI_PANEL = FieldPanel("zawgyi_action")


def editable_copy(data):
    """A copy of submitted ``data`` with ``getlist``/``setlist``: Wagtail's multiple upload passes a plain dict."""
    if hasattr(data, "setlist"):
        return data.copy()
    return MultiValueDict({key: [value] for key, value in data.items()})


class ControlCharsStrippedMixin:
    """Removes control characters from every submitted value, for forms without the Zawgyi guard."""

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = editable_copy(data)
            for key in list(data.keys()):
                data.setlist(key, [strip_control_chars(value) for value in data.getlist(key)])
        super().__init__(data, *args, **kwargs)


class ZawgyiGuardMixin:
    """Converts Zawgyi (and asks about doubtful text) before the form is cleaned.

    Control characters are stripped from every submitted string first, unless
    ``strip_control_characters`` is off (public forms refuse them instead).
    """

    strip_control_characters = True

    def __init__(self, data=None, *args, **kwargs):
        self.zawgyi_converted, self.zawgyi_doubtful = {}, []
        if data is not None:
            data = self._guard(data)
        super().__init__(data, *args, **kwargs)
        if not self.zawgyi_doubtful:
            self.fields.pop("zawgyi_action", None)

    def _guard(self, data):
        action = data.get("zawgyi_action", "")
        data = editable_copy(data)
        for key in list(data.keys()):
            if key in SKIPPED_KEYS or key.startswith("action-"):
                continue
            data.setlist(key, [self._guard_value(key, value, action) for value in data.getlist(key)])
        return data

    def _guard_value(self, key, value, action):
        """One submitted value; JSON payloads (rich text, StreamField) are checked string by string."""
        if self.strip_control_characters:
            value = strip_control_chars(value)
        if value[:1] in "{[":
            try:
                payload = json.loads(value)
            except ValueError:
                pass
            else:
                guarded = self._guard_json(key, payload, action)
                return value if guarded == payload else json.dumps(guarded, ensure_ascii=False)
        result = check(value)
        if result.changes:
            self.zawgyi_converted.setdefault(key, []).extend(result.changes)
        if result.encoding is Encoding.DOUBTFUL and action not in (CONVERT, KEEP):
            self.zawgyi_doubtful.append(key)
        return result.resolved(convert_doubtful=action == CONVERT)

    def _guard_json(self, key, payload, action):
        if isinstance(payload, str):
            return self._guard_value(key, payload, action) if payload[:1] not in "{[" else payload
        if isinstance(payload, list):
            return [self._guard_json(key, item, action) for item in payload]
        if isinstance(payload, dict):
            return {name: self._guard_json(key, item, action) for name, item in payload.items()}
        return payload

    def _names(self, keys):
        names = []
        for key in keys:
            field_name = key.split("-")[0]
            field = self.fields.get(field_name)
            label = str(field.label) if field is not None and field.label else field_name.replace("_", " ")
            if label not in names:
                names.append(label)
        return ", ".join(names)

    def clean(self):
        cleaned = super().clean()
        if self.zawgyi_converted:
            message = gettext(
                "Burmese text typed in Zawgyi was converted to Unicode (%(fields)s). "
                "Check that it reads correctly, then save again."
            )
            self.add_error(None, message % {"fields": self._names(self.zawgyi_converted)})
            for key, changes in self.zawgyi_converted.items():
                if key in self.fields and not isinstance(self.fields[key].widget, forms.HiddenInput):
                    message = gettext("Typed in Zawgyi: converted to Unicode. Check it and save again.")
                    self.add_error(key, f"{message} ({describe_changes(changes)})")
        if self.zawgyi_doubtful:
            message = gettext(
                "Some Burmese text may be in the Zawgyi encoding (%(fields)s). "
                "Choose whether to convert it to Unicode or keep it as typed."
            )
            self.add_error("zawgyi_action", message % {"fields": self._names(self.zawgyi_doubtful)})
        return cleaned


class ZawgyiPageForm(ZawgyiGuardMixin, WagtailAdminPageForm):
    zawgyi_action = zawgyi_action_field()


class ZawgyiModelForm(ZawgyiGuardMixin, WagtailAdminModelForm):
    """For snippets and settings."""

    zawgyi_action = zawgyi_action_field()
