"""Editors submit, moderators publish, translators touch only Burmese: real users through the admin."""

import pytest
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, Translation

from cms.translation import translate_page
from home.models import ContentPage
from taxonomy.models import Topic
from tests.factories import ContentPageFactory, TopicFactory, user_in


@pytest.fixture
def pages(home, burmese):
    english = ContentPageFactory(parent=home, title="About", slug="about", intro="Who we are")
    english.save_revision().publish()
    translate_page(home, burmese)
    translated = translate_page(english, burmese, {"About": "အကြောင်း"})
    return {"english": english, "burmese": translated}


def edit_data(title, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": "about",
            "intro": "",
            "body": streamfield([("text", rich_text("<p>Text</p>"))]),
            "comments": inline_formset([]),
        }
    )
    data[action] = action.removeprefix("action-")
    return data


def login(client, group_name):
    client.force_login(user_in(group_name))
    return client


def test_translator_edits_burmese_pages_only(client, pages):
    login(client, "Translators")
    assert client.get(f"/admin/pages/{pages['burmese'].pk}/edit/").status_code == 200
    english_edit = client.get(f"/admin/pages/{pages['english'].pk}/edit/")
    assert english_edit.status_code in (302, 403)

    client.post(f"/admin/pages/{pages['english'].pk}/edit/", edit_data("Hijacked", "action-publish"))
    assert ContentPage.objects.get(pk=pages["english"].pk).title == "About"
    assert not ContentPage.objects.get(pk=pages["english"].pk).has_unpublished_changes


def test_translator_cannot_publish_even_in_burmese(client, pages):
    translator = user_in("Translators")
    permissions = pages["burmese"].permissions_for_user(translator)
    assert permissions.can_edit() and not permissions.can_publish()
    assert not pages["english"].permissions_for_user(translator).can_edit()
    client.force_login(translator)
    client.post(f"/admin/pages/{pages['burmese'].pk}/edit/", edit_data("အကြောင်းအရာ", "action-publish"))
    assert ContentPage.objects.get(pk=pages["burmese"].pk).title == "အကြောင်း"  # the live page is unchanged


def test_translator_translates_segments_of_burmese_pages(client, pages, burmese):
    login(client, "Translators")
    translation = Translation.objects.get(source__object_id=pages["english"].translation_key, target_locale=burmese)
    segment = StringSegment.objects.get(source=translation.source, string__data="Who we are")
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        data="value=ကျွန်ုပ်တို့အကြောင်း",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201


def test_translator_can_submit_a_page_for_translation(client, home, burmese):
    login(client, "Translators")
    translate_page(home, burmese)
    english = ContentPageFactory(parent=home, title="New page", slug="new-page")
    response = client.post(
        f"/admin/localize/submit/page/{english.pk}/", {"locales": [burmese.pk], "include_subtree": ""}
    )
    assert response.status_code == 302
    assert english.has_translation(burmese)


def test_translator_changes_burmese_terms_not_english_ones(client, burmese):
    login(client, "Translators")
    english = TopicFactory(name="Elections", slug="elections")
    translated = english.copy_for_translation(burmese)
    translated.save()
    assert client.get(f"/admin/snippets/taxonomy/topic/edit/{translated.pk}/").status_code == 200
    assert client.get(f"/admin/snippets/taxonomy/topic/edit/{english.pk}/").status_code in (302, 403)
    client.post(f"/admin/snippets/taxonomy/topic/edit/{english.pk}/", {"name": "Hijacked", "slug": "elections"})
    assert Topic.objects.get(pk=english.pk).name == "Elections"
    listing = client.get("/admin/snippets/taxonomy/topic/").content.decode()
    assert f"/admin/snippets/taxonomy/topic/edit/{translated.pk}/" in listing
    assert f"/admin/snippets/taxonomy/topic/edit/{english.pk}/" not in listing


def test_editor_submits_for_moderation_and_cannot_publish(client, pages):
    login(client, "Editors")
    page_id = pages["english"].pk
    client.post(f"/admin/pages/{page_id}/edit/", edit_data("About us", "action-publish"))
    assert ContentPage.objects.get(pk=page_id).title == "About"

    response = client.post(f"/admin/pages/{page_id}/edit/", edit_data("About us", "action-submit"))
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page_id))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert ContentPage.objects.get(pk=page_id).title == "About"


def test_moderator_approves_and_publishes(client, pages):
    page_id = pages["english"].pk
    login(client, "Editors")
    client.post(f"/admin/pages/{page_id}/edit/", edit_data("About us", "action-submit"))
    client.logout()

    login(client, "Moderators")
    state = WorkflowState.objects.get(object_id=str(page_id))
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/{page_id}/edit/",
        {**edit_data("About us", "action-workflow-action"), "workflow-action-name": "approve"},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    task_state.refresh_from_db()
    assert ContentPage.objects.get(pk=page_id).title == "About us"
    assert Page.objects.get(pk=page_id).live
