"""The translation editor's own footer: the hand-off for translators, publishing for publishers."""

from django import template
from django.urls import reverse
from wagtail.models import Page

from cms.review import can_publish, review_status

register = template.Library()


@register.inclusion_tag("cms/localize/editor_actions.html", takes_context=True)
def translation_editor_actions(context, translation, instance):
    """What the user may do with this translation: one primary action, the rest secondary."""
    request = context["request"]
    is_page = isinstance(instance, Page)
    may_publish = can_publish(request.user, instance)
    actions = {
        "request": request,
        "translation": translation,
        "instance": instance,
        "locale_name": translation.target_locale.get_display_name(),
        "may_publish": may_publish,
        "status": review_status(instance),
        "is_page": is_page,
        "stop_url": reverse("cms_confirm_stop_translation", args=[translation.pk]),
        "csrf_token": context.get("csrf_token"),
    }
    if is_page:
        permissions = instance.permissions_for_user(request.user)
        actions.update(
            may_submit=instance.get_workflow() is not None,
            preview_url=reverse("wagtail_localize:preview_translation", args=[translation.pk]),
            alias_url=reverse("wagtail_localize:convert_to_alias", args=[instance.pk]) if may_publish else None,
            delete_url=reverse("wagtailadmin_pages:delete", args=[instance.pk]) if permissions.can_delete() else None,
            unpublish_url=(
                reverse("wagtailadmin_pages:unpublish", args=[instance.pk]) if permissions.can_unpublish() else None
            ),
        )
    return actions
