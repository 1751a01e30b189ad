"""The hand-off: a translator submits a translation for review, a moderator approves it or
asks for changes, and the translator reads the comment; destructive actions ask first."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from cms.translation import translate_page
from tests.factories import ContentPageFactory, user_in

STRINGS = {"About": "အကြောင်း", "Who we are": "ကျွန်ုပ်တို့ အကြောင်း"}


@pytest.fixture
def people(db):
    return {"translator": user_in("Translators"), "moderator": user_in("Moderators")}


@pytest.fixture
def burmese_draft(client, home, burmese, people):
    """A Burmese draft translated segment by segment through the editor, by the translator."""
    translate_page(home, burmese)
    english = ContentPageFactory(parent=home, title="About", slug="about", intro="Who we are")
    english.save_revision().publish()
    client.force_login(people["translator"])
    client.post(f"/admin/localize/submit/page/{english.pk}/", {"locales": [burmese.pk]})
    page = english.get_translation(burmese)
    translation = Translation.objects.get(source__object_id=english.translation_key, target_locale=burmese)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        response = client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            data=f"value={STRINGS[segment.string.data]}",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)
    return translation, page


def submit(client, translation):
    return client.post(f"/admin/localize/translate/{translation.pk}/submit-for-review/")


def test_translator_sees_submit_for_review_and_no_publish(client, burmese_draft):
    _translation, page = burmese_draft
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Submit for review" in html
    assert 'value="publish"' not in html
    assert "Convert to alias page" not in html  # it would publish the English text
    assert "Stop synced translation…" in html  # secondary, behind a confirmation


def test_submission_enters_moderation_and_tells_moderators(client, burmese_draft, people):
    translation, page = burmese_draft
    mail.outbox.clear()

    response = submit(client, translation)

    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not Page.objects.get(pk=page.pk).live
    assert any(people["moderator"].email in message.to for message in mail.outbox)
    assert "awaiting review" in client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    again = submit(client, translation)
    assert again.status_code == 302 and WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1

    client.force_login(people["moderator"])
    dashboard = client.get("/admin/").content.decode()
    assert "Awaiting your review" in dashboard and "အကြောင်း" in dashboard
    task_state = state.current_task_state
    preview = client.get(f"/admin/pages/workflow/preview/{page.pk}/{task_state.task_id}/")
    assert preview.status_code == 200 and "ကျွန်ုပ်တို့ အကြောင်း" in preview.content.decode()


def test_moderator_approval_publishes_the_burmese_text(client, burmese_draft, people):
    translation, page = burmese_draft
    submit(client, translation)
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    client.force_login(people["moderator"])

    response = client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})

    assert response.status_code in (200, 302)
    live = Page.objects.get(pk=page.pk).specific
    assert live.live and live.title == "အကြောင်း" and live.intro == STRINGS["Who we are"]
    assert client.get("/my/about/").status_code == 200


def test_changes_requested_reach_the_translator_who_resubmits(client, burmese_draft, people):
    translation, page = burmese_draft
    submit(client, translation)
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    client.force_login(people["moderator"])
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/", {"comment": "Use the formal register."}
    )
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_REJECTED
    assert not Page.objects.get(pk=page.pk).live

    client.force_login(people["translator"])
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Changes requested by moderator" in html and "Use the formal register." in html
    submit(client, translation)
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_IN_PROGRESS


def test_stopping_a_translation_asks_first(client, burmese_draft):
    translation, _page = burmese_draft
    confirm = client.get(f"/admin/localize/translate/{translation.pk}/stop/confirm/")
    html = confirm.content.decode()
    assert confirm.status_code == 200 and "Yes, stop translating" in html
    assert f'action="/admin/localize/translate/{translation.pk}/disable/"' in html
    translation.refresh_from_db()
    assert translation.enabled  # nothing happened yet


def test_publishers_see_publish_in_burmese(client, burmese_draft):
    _translation, page = burmese_draft
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'value="publish"' in html and "Publish in Burmese" in html and "Convert to alias page…" in html
