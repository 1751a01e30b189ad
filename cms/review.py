"""Handing a translation over for review, and who may make a translation live.

A translator never publishes: "Submit for review" saves the translated page as a draft
revision and starts the moderation workflow that covers it (Wagtail's "Moderators
approval" on the tree's root, which covers every Burmese page too). A moderator then
previews, approves (which publishes the submitted revision) or requests changes with a
comment that the translator reads above the translation editor.
"""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from wagtail.models import DraftStateMixin, Page, TaskState, WorkflowState
from wagtail.snippets.permissions import get_permission_name


def can_publish(user, instance):
    """Whether ``user`` may make ``instance`` (the target of a translation) live."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.is_superuser or user.has_perm(get_permission_name("publish", type(instance)))
    # Snippets without draft state have no "live": saving them is changing them.
    policy = type(instance).snippet_viewset.permission_policy
    return policy.user_has_permission_for_instance(user, "change", instance)


def can_publish_translation(user, translation):
    """``can_publish`` for a translation's target, or, while it does not exist, for the page
    that would receive it (publishing the translation would create it live)."""
    try:
        return can_publish(user, translation.get_target_instance())
    except ObjectDoesNotExist:
        source = translation.source.get_source_instance()
        if not isinstance(source, Page):
            return user.is_superuser
        parent = source.get_parent().get_translation_or_none(translation.target_locale)
        return parent is not None and parent.permissions_for_user(user).can_publish_subpage()


class ReviewError(Exception):
    """Why a translation cannot be submitted for review now (said to the translator)."""


def submit_for_review(translation, user):
    """Save the translated page as a draft and start (or resume) its moderation workflow."""
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise ReviewError("Only pages go through review; terms are saved as they are translated.")
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise ReviewError("This translation is already awaiting review.")
    workflow = page.get_workflow()
    if workflow is None:
        raise ReviewError("No moderation workflow covers this page: ask a moderator to publish it.")
    try:
        translation.save_target(user=user, publish=False)
    except ValidationError as error:
        raise ReviewError(f"The translation cannot be saved yet: {'; '.join(error.messages)}") from error
    page = Page.objects.get(pk=page.pk).specific
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
    else:
        workflow.start(page, user)


@dataclass(frozen=True)
class ReviewStatus:
    """Where a translated page stands in moderation, for the translation editor's hand-off bar."""

    awaiting_review: bool
    changes_requested: bool
    comment: str
    reviewer: str


def review_status(page):
    """The page's moderation state and the reviewer's last comment when changes were requested."""
    state = page.current_workflow_state if isinstance(page, Page) else None
    if state is None:
        return ReviewStatus(False, False, "", "")
    rejected = (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
    needs_changes = state.status == WorkflowState.STATUS_NEEDS_CHANGES
    return ReviewStatus(
        awaiting_review=state.status == WorkflowState.STATUS_IN_PROGRESS,
        changes_requested=needs_changes,
        comment=(rejected.comment if needs_changes and rejected else ""),
        reviewer=(rejected.finished_by.get_username() if needs_changes and rejected and rejected.finished_by else ""),
    )
