"""Admin screens of the project: the Burmese translation status report and its dashboard panel."""

from django import forms
from django.template.response import TemplateResponse
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Site

from cms.roles import TRANSLATION_LOCALE
from cms.translation_status import STATUS_LABELS, status_rows, status_summary


class StatusFilterForm(forms.Form):
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("hostname"), required=False, empty_label="All sites")
    status = forms.ChoiceField(choices=[("", "All states"), *STATUS_LABELS.items()], required=False)
    kind = forms.ChoiceField(
        choices=[("", "Pages and terms"), ("pages", "Pages"), ("terms", "Topics and countries")], required=False
    )


def translation_status(request):
    form = StatusFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = status_rows(Locale.objects.get(language_code=TRANSLATION_LOCALE), site=filters.get("site"))
    summary = status_summary(rows)
    if filters.get("status"):
        rows = [row for row in rows if row.status == filters["status"]]
    if filters.get("kind"):
        rows = [row for row in rows if (row.kind == "Page") == (filters["kind"] == "pages")]
    return TemplateResponse(
        request,
        "cms/translation_status.html",
        {"form": form, "rows": rows, "summary": summary},
    )


class TranslationStatusPanel(Component):
    """Dashboard counts of Burmese pages and terms by state, linking to the report."""

    name = "translation_status"
    order = 150
    template_name = "cms/translation_status_panel.html"

    def get_context_data(self, parent_context):
        rows = status_rows(Locale.objects.get(language_code=TRANSLATION_LOCALE))
        return {"summary": status_summary(rows)}
