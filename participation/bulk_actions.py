"""Bulk actions of the Membership menu: approve or reject signatures, mark join requests handled.

Every text that names a number of records comes in a singular and a plural form
(``ngettext``), so a confirmation reads "Approve this signature?" for one and
"Approve these 5 signatures?" for more, in English as in Burmese.
"""

from django.db import transaction
from django.shortcuts import get_list_or_404
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from cms.content_cache import bump_content_version
from participation.models import JoinRequest, Signatory, Status


class UpdateBulkAction(SnippetBulkAction):
    """Set fields on many records at once, for who may change each of them.

    ``changes`` are the new values; ``explanation`` is shown on the confirmation page.
    A subclass words its texts in ``question`` (asked before) and ``done`` (said after),
    each a function of the number of records.
    """

    template_name = "participation/admin/confirm_bulk_update.html"
    changes = {}
    explanation = ""
    changes_public_content = False
    related = ()  # what each record's ``admin_summary`` reads, loaded with it

    @classmethod
    def get_queryset(cls, model, object_ids):
        return get_list_or_404(model.objects.select_related(*cls.related), pk__in=object_ids)

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", obj)

    @staticmethod
    def question(count):
        raise NotImplementedError

    @staticmethod
    def done(count):
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        count = len(context["items"])
        return {
            **context,
            "action_label": self.display_name,
            "subtitle": capfirst(self.model._meta.verbose_name_plural),
            "question": self.question(count) % {"count": count},
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
        return self.done(num_parent_objects) % {"count": num_parent_objects}


class SignatureStatusBulkAction(UpdateBulkAction):
    models = [Signatory]
    explanation = _("Approved signatures are counted on the statement, and named if the signatory agreed.")
    changes_public_content = True
    related = ("statement",)


class ApproveBulkAction(SignatureStatusBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected signatures")
    changes = {"status": Status.APPROVED}
    action_priority = 10

    @staticmethod
    def question(count):
        return ngettext("Approve this signature?", "Approve these %(count)d signatures?", count)

    @staticmethod
    def done(count):
        return ngettext("%(count)d signature approved.", "%(count)d signatures approved.", count)


class RejectBulkAction(SignatureStatusBulkAction):
    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject the selected signatures")
    changes = {"status": Status.REJECTED}
    action_priority = 20

    @staticmethod
    def question(count):
        return ngettext("Reject this signature?", "Reject these %(count)d signatures?", count)

    @staticmethod
    def done(count):
        return ngettext("%(count)d signature rejected.", "%(count)d signatures rejected.", count)


class MarkHandledBulkAction(UpdateBulkAction):
    models = [JoinRequest]
    display_name = _("Mark handled")
    action_type = "mark_handled"
    aria_label = _("Mark the selected join requests as handled")
    changes = {"handled": True}
    related = ("site", "campaign")
    explanation = _("Handled requests leave the dashboard's count; they stay listed and exported.")
    action_priority = 10

    @staticmethod
    def question(count):
        return ngettext("Mark this join request handled?", "Mark these %(count)d join requests handled?", count)

    @staticmethod
    def done(count):
        return ngettext("%(count)d join request marked handled.", "%(count)d join requests marked handled.", count)
