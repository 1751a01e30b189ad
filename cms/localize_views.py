"""wagtail-localize's admin views, fenced so that nothing goes live without a publisher, and the
translation editor's hand-off: submit for review, stop translating after a confirmation.

The URLs are wagtail-localize's own where a view replaces one of them: the cms app's hooks are
registered before wagtail_localize's, so these answer first.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, update_translations
from wagtail_localize.views.edit_translation import user_can_edit_instance

from cms.review import ReviewError, can_publish, can_publish_translation, submit_for_review
from cms.translation import admin_edit_url


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """The sync form: "Publish immediately" only for who may publish every translation it updates."""

    def may_publish(self):
        translations = self.object.translations.filter(enabled=True).select_related("source", "target_locale")
        return all(can_publish_translation(self.request.user, translation) for translation in translations)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.widget = field.hidden_widget()
        return form

    def post(self, request, **kwargs):
        if request.POST.get("publish_translations") and not self.may_publish():
            raise PermissionDenied
        return super().post(request, **kwargs)


def convert_to_alias(request, page_id):
    """Converting a translation to an alias of its source makes the source's text live in its
    place: a publishing act, so only for who may publish the page."""
    page = get_object_or_404(Page, id=page_id)
    if not can_publish(request.user, page.specific):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def _editable_translation(request, translation_id):
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), id=translation_id)
    instance = translation.get_target_instance()
    if not user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    return translation, instance


@require_POST
def submit_translation_for_review(request, translation_id):
    translation, instance = _editable_translation(request, translation_id)
    try:
        submit_for_review(translation, request.user)
    except ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            f"'{instance}' was submitted for review in {translation.target_locale.get_display_name()}. "
            "A moderator will publish it or ask for changes.",
        )
    return redirect(admin_edit_url(instance))


def confirm_stop_translation(request, translation_id):
    """Asks before wagtail-localize's "Stop Synced translation", which takes effect at once."""
    translation, instance = _editable_translation(request, translation_id)
    back = get_valid_next_url_from_request(request) or admin_edit_url(instance)
    return TemplateResponse(
        request,
        "cms/localize/confirm_stop_translation.html",
        {"translation": translation, "instance": instance, "next": back},
    )
