"""Admin screens of the project: the Burmese translation status report, its dashboard panel, PO uploads."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Site
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.views import edit_translation

from cms.roles import TRANSLATION_LOCALE
from cms.translation import converted_segments
from cms.translation_status import STATUS_LABELS, status_rows, status_summary
from cms.zawgyi import describe_changes

PAGE_PERMISSIONS = PagePermissionPolicy()


class StatusFilterForm(forms.Form):
    site = forms.ModelChoiceField(queryset=Site.objects.order_by("hostname"), required=False, empty_label="All sites")
    status = forms.ChoiceField(choices=[("", "All states"), *STATUS_LABELS.items()], required=False)
    kind = forms.ChoiceField(
        choices=[("", "Pages and terms"), ("pages", "Pages"), ("terms", "Topics and countries")], required=False
    )


def translation_status(request):
    if not works_on_content(request.user):
        raise PermissionDenied
    form = StatusFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = status_rows(
        Locale.objects.get(language_code=TRANSLATION_LOCALE), site=filters.get("site"), user=request.user
    )
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


def upload_pofile(request, translation_id):
    """wagtail-localize's PO upload, telling the translator which texts were Zawgyi."""
    collected = []
    token = converted_segments.set(collected)
    try:
        response = edit_translation.upload_pofile(request, translation_id)
    finally:
        converted_segments.reset(token)
    if collected:
        messages.warning(
            request,
            f"{len(collected)} translation(s) in the PO file were typed in Zawgyi and have been converted "
            f"to Unicode ({describe_changes([change for changes in collected for change in changes])}). "
            "Check them in the editor before publishing.",
        )
    return response


def works_on_content(user):
    """Editors, moderators and translators: whoever may translate, or add, change or publish some page."""
    return user.has_perm("wagtail_localize.submit_translation") or PAGE_PERMISSIONS.user_has_any_permission(
        user, {"add", "change", "publish"}
    )


class TranslationStatusPanel(Component):
    """Dashboard counts of Burmese pages and terms by state, linking to the report."""

    name = "translation_status"
    order = 230  # after Wagtail's workflow panels: a moderator's review comes first
    template_name = "cms/translation_status_panel.html"

    def get_context_data(self, parent_context):
        rows = status_rows(Locale.objects.get(language_code=TRANSLATION_LOCALE))
        return {"summary": status_summary(rows)}
