"""Bulk actions of the Membership menu: approve or reject signatures, mark join requests handled."""

from django.db import transaction
from django.shortcuts import get_list_or_404
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from cms.content_cache import bump_content_version
from participation.models import JoinRequest, Signatory, Status


class UpdateBulkAction(SnippetBulkAction):
    """Set fields on many records at once, for who may change each of them.

    ``changes`` are the new values; ``explanation`` is shown on the confirmation page.
    """

    template_name = "participation/admin/confirm_bulk_update.html"
    changes = {}
    noun_plural = ""
    explanation = ""
    changes_public_content = False
    related = ()  # what each record's ``admin_summary`` reads, loaded with it

    @classmethod
    def get_queryset(cls, model, object_ids):
        return get_list_or_404(model.objects.select_related(*cls.related), pk__in=object_ids)

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", obj)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "action_label": self.display_name,
            "noun_plural": self.noun_plural,
            "explanation": self.explanation,
        }

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        with transaction.atomic():
            count = cls.models[0].objects.filter(pk__in=[item.pk for item in objects]).update(**cls.changes)
        if cls.changes_public_content:
            bump_content_version()  # queryset updates send no signals
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{num_parent_objects} {self.noun_plural}: {self.display_name.lower()}."


class SignatureStatusBulkAction(UpdateBulkAction):
    models = [Signatory]
    noun_plural = "signatures"
    explanation = "Approved signatures are counted on the statement, and named if the signatory agreed."
    changes_public_content = True
    related = ("statement",)


class ApproveBulkAction(SignatureStatusBulkAction):
    display_name = "Approve"
    action_type = "approve"
    aria_label = "Approve the selected signatures"
    changes = {"status": Status.APPROVED}
    action_priority = 10


class RejectBulkAction(SignatureStatusBulkAction):
    display_name = "Reject"
    action_type = "reject"
    aria_label = "Reject the selected signatures"
    changes = {"status": Status.REJECTED}
    action_priority = 20


class MarkHandledBulkAction(UpdateBulkAction):
    models = [JoinRequest]
    display_name = "Mark handled"
    action_type = "mark_handled"
    aria_label = "Mark the selected join requests as handled"
    changes = {"handled": True}
    noun_plural = "join requests"
    related = ("site",)
    explanation = "Handled requests leave the dashboard's count; they stay listed and exported."
    action_priority = 10
