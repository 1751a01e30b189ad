"""Participation in the admin: signatures, join requests and members, for the Membership group only.

Every view checks the model permissions that only the Membership group (and superusers)
hold; editors, moderators and translators see no menu item and get "permission denied".
"""

import django_filters
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_list_or_404, redirect
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.models import Page
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.content_cache import bump_content_version
from network.models import Member
from participation.admin_links import join_requests_url, signatories_url
from participation.models import JoinRequest, Signatory, Status
from participation.protection import pages_holding_people
from participation.signing import with_duplicate_flag

PERSON_EXPORT = ["honorific", "name", "country", "parliament", "party", "role", "email", "created_at"]


class SignatoryFilterSet(WagtailFilterSet):
    possible_duplicate = django_filters.BooleanFilter(label="Possible duplicate")

    class Meta:
        model = Signatory
        fields = ["status", "statement", "consent_to_list", "country"]


class SignatoryViewSet(SnippetViewSet):
    model = Signatory
    icon = "user"
    menu_label = "Signatories"
    list_display = [
        "name",
        "country",
        "parliament",
        "statement",
        "status",
        "consent_to_list",
        BooleanColumn("possible_duplicate", label="Possible duplicate"),
        "created_at",
    ]
    filterset_class = SignatoryFilterSet
    search_fields = ["name", "parliament", "party", "email"]
    search_backend_name = None  # a database query: personal data stays out of any search index
    list_export = ["statement", *PERSON_EXPORT, "signed_on", "consent_to_list", "status", "possible_duplicate"]
    export_headings = {"possible_duplicate": "Possible duplicate"}
    export_filename = "signatories"
    list_per_page = 50
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return with_duplicate_flag(Signatory.objects.select_related("country", "statement"))


class JoinRequestViewSet(SnippetViewSet):
    model = JoinRequest
    icon = "mail"
    menu_label = "Join requests"
    list_display = ["name", "country", "parliament", "site", "handled", "created_at"]
    list_filter = ["handled", "site", "country"]
    search_fields = ["name", "parliament", "party", "email"]
    search_backend_name = None
    list_export = ["site", *PERSON_EXPORT, "phone", "message", "handled"]
    export_filename = "join-requests"
    list_per_page = 50
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return JoinRequest.objects.select_related("country", "site")


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "group"
    menu_label = "Members"
    list_display = ["name", "network", "level", "parliament", "term", "ethnic_group", "consent_to_list"]
    list_filter = ["network", "level", "term", "consent_to_list"]
    search_fields = ["name", "parliament", "ethnic_group", "email"]
    search_backend_name = None
    list_export = [
        "name",
        "network",
        "ethnic_group",
        "level",
        "parliament",
        "term",
        "consent_to_list",
        "email",
        "phone",
    ]
    export_filename = "members"
    list_per_page = 50

    def get_queryset(self, request):
        return Member.objects.select_related("network")


class ParticipationViewSetGroup(SnippetViewSetGroup):
    items = (SignatoryViewSet, JoinRequestViewSet, MemberViewSet)
    menu_icon = "group"
    menu_label = "Membership"
    menu_name = "membership"


register_snippet(ParticipationViewSetGroup)


class WaitingSubmissionsPanel(Component):
    """Dashboard: signatures waiting for approval and join requests not yet answered."""

    name = "waiting_submissions"
    order = 140
    template_name = "participation/admin/waiting_panel.html"

    def get_context_data(self, parent_context):
        pending = Signatory.objects.filter(status=Status.PENDING).count()
        unhandled = JoinRequest.objects.filter(handled=False).count()
        return {
            "items": [
                ("Signatures waiting for approval", pending, signatories_url(status=Status.PENDING)),
                ("Join requests not yet handled", unhandled, join_requests_url(handled="false")),
            ]
        }


@hooks.register("construct_homepage_panels")
def add_waiting_submissions_panel(request, panels):
    if request.user.has_perms(["participation.view_signatory", "participation.view_joinrequest"]):
        panels.append(WaitingSubmissionsPanel())


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


@hooks.register("register_bulk_action")
class ApproveBulkAction(SignatureStatusBulkAction):
    display_name = "Approve"
    action_type = "approve"
    aria_label = "Approve the selected signatures"
    changes = {"status": Status.APPROVED}
    action_priority = 10


@hooks.register("register_bulk_action")
class RejectBulkAction(SignatureStatusBulkAction):
    display_name = "Reject"
    action_type = "reject"
    aria_label = "Reject the selected signatures"
    changes = {"status": Status.REJECTED}
    action_priority = 20


@hooks.register("register_bulk_action")
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


KEEP_PAGES_OF_PEOPLE = (
    "“{title}” cannot be deleted: it is, or holds, a statement with signatures or a network with members. "
    "Unpublish it instead; these are records of people and only the Membership group removes them."
)


def refuse_deleting_pages_of_people(request, pages):
    """A redirect with the reason if deleting ``pages`` (subtrees, translations) would take records of people."""
    subtrees = Page.objects.none()
    for page in pages:
        subtrees |= Page.objects.descendant_of(page, inclusive=True)
    held = pages_holding_people(subtrees).first()
    if held is None:
        return None
    messages.error(request, KEEP_PAGES_OF_PEOPLE.format(title=held.get_admin_display_title()))
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)


@hooks.register("before_delete_page")
def keep_page_of_people(request, page):
    return refuse_deleting_pages_of_people(request, [page])


@hooks.register("before_bulk_action")
def keep_pages_of_people(request, action_type, objects, action_class_instance):
    pages = [item for item in objects if isinstance(item, Page)]
    if action_type == "delete" and pages:
        return refuse_deleting_pages_of_people(request, pages)
    return None
