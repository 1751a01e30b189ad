"""Approving or requesting changes from the dashboard says what happened, as the page editor does."""

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState

from tests.factories import ContentPageFactory, user_in

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def in_review(home):
    """A page an editor changed and submitted to the "Moderators approval" workflow."""
    editor = user_in("Editors")
    page = ContentPageFactory(parent=home, title="Our work", slug="our-work")
    page.title = "Our work in 2026"
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page, page.current_workflow_task_state


def action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_the_dashboard_action_is_wagtails_own_url(in_review):
    page, task_state = in_review
    assert action_url(page, "approve", task_state) == f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"


def test_approving_from_the_dashboard_confirms_the_publication(client, in_review):
    page, task_state = in_review
    client.force_login(user_in("Moderators"))
    assert "Awaiting your review" in client.get("/admin/").content.decode()

    response = client.post(action_url(page, "approve", task_state), {"comment": ""}, **XHR)

    assert response.status_code == 200 and '"step": "success"' in response.content.decode()
    assert Page.objects.get(pk=page.pk).title == "Our work in 2026"
    dashboard = client.get("/admin/")
    assert messages_of(dashboard) == ["“Our work in 2026” approved and published."]
    assert "Our work in 2026” approved and published." in dashboard.content.decode()


def test_requesting_changes_from_the_dashboard_says_so(client, in_review):
    page, task_state = in_review
    client.force_login(user_in("Moderators"))

    client.post(action_url(page, "reject", task_state), {"comment": "Add the dates."}, **XHR)

    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_REJECTED
    assert messages_of(client.get("/admin/")) == [
        "Changes requested on “Our work in 2026”: it goes back to its author as a draft."
    ]


def test_no_message_when_nothing_happened(client, in_review):
    page, task_state = in_review
    editor = user_in("Translators")  # may not moderate: Wagtail refuses the action
    client.force_login(editor)
    client.post(action_url(page, "approve", task_state), {"comment": ""}, **XHR)
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert not [text for text in messages_of(client.get("/admin/")) if "approved" in text]
