"""Participation in the admin: signatures, join requests and members, for the Membership group only.

Every view checks the model permissions that only the Membership group (and superusers)
hold; editors, moderators and translators see no menu item and get "permission denied".
"""

import django_filters
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.exports import SafeExportIndexView
from participation.admin_links import bulk_action_url, join_requests_url, signatories_url
from participation.bulk_actions import ApproveBulkAction, MarkHandledBulkAction, RejectBulkAction
from participation.models import JoinRequest, Member, Signatory, Status
from participation.protection import refuse_deleting_pages_of_people
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
    index_view_class = SafeExportIndexView
    list_per_page = 50
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return with_duplicate_flag(Signatory.objects.select_related("country", "statement"))


class JoinRequestViewSet(SnippetViewSet):
    model = JoinRequest
    icon = "mail"
    menu_label = "Join requests"
    list_display = ["name", "country", "parliament", "site", "campaign", "handled", "created_at"]
    list_filter = ["handled", "site", "country"]
    search_fields = ["name", "parliament", "party", "email"]
    search_backend_name = None
    list_export = ["site", "campaign", *PERSON_EXPORT, "phone", "message", "handled"]
    export_headings = {"campaign": "Campaign page"}
    export_filename = "join-requests"
    index_view_class = SafeExportIndexView
    list_per_page = 50
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return JoinRequest.objects.select_related("country", "site", "campaign")


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
    index_view_class = SafeExportIndexView
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
    """Dashboard: what waits for the Membership group, with the oldest pending signatures to act on.

    Approve and Reject lead to the bulk action's confirmation for that one signature,
    which then says what was done and comes back to the dashboard.
    """

    name = "waiting_submissions"
    order = 140
    template_name = "participation/admin/waiting_panel.html"
    shown_signatures = 5

    def get_context_data(self, parent_context):
        pending = Signatory.objects.filter(status=Status.PENDING)
        oldest = pending.select_related("country", "statement").order_by("created_at")[: self.shown_signatures]
        return {
            "summary": [
                ("Signatures waiting for approval", pending.count(), signatories_url(status=Status.PENDING)),
                (
                    "Join requests not yet handled",
                    JoinRequest.objects.filter(handled=False).count(),
                    join_requests_url(handled="false"),
                ),
            ],
            "signatures": [(signature, dashboard_actions(signature)) for signature in oldest],
        }


def dashboard_actions(signature):
    """(label, URL) of the bulk actions that approve or reject one signature and return to the dashboard."""
    return [
        (action.display_name, bulk_action_url(action, [signature], reverse("wagtailadmin_home")))
        for action in (ApproveBulkAction, RejectBulkAction)
    ]


@hooks.register("construct_homepage_panels")
def add_waiting_submissions_panel(request, panels):
    if request.user.has_perms(["participation.view_signatory", "participation.view_joinrequest"]):
        panels.append(WaitingSubmissionsPanel())


for action in (ApproveBulkAction, RejectBulkAction, MarkHandledBulkAction):
    hooks.register("register_bulk_action", action)


@hooks.register("before_delete_page")
def keep_page_of_people(request, page):
    return refuse_deleting_pages_of_people(request, [page])


@hooks.register("before_bulk_action")
def keep_pages_of_people(request, action_type, objects, action_class_instance):
    pages = [item for item in objects if isinstance(item, Page)]
    if action_type == "delete" and pages:
        return refuse_deleting_pages_of_people(request, pages)
    return None
