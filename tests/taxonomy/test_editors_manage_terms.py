"""Editors add and change topics and countries through the admin; deleting stays with administrators,
and the translation rules hold: terms in Burmese are saved by who may change them, pages are
still published by moderators only."""

import pytest

from cms.review import can_publish
from cms.translation import translate_page
from taxonomy.models import Country, Topic
from tests.factories import ContentPageFactory, CountryFactory, TopicFactory, user_in


@pytest.fixture
def editor_client(client, db):
    client.force_login(user_in("Editors", "terms-editor"))
    return client


def test_an_editor_adds_a_topic(editor_client):
    response = editor_client.post(
        "/admin/snippets/taxonomy/topic/add/?locale=en", {"name": "Elections", "slug": "elections"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    topic = Topic.objects.get(slug="elections")
    assert topic.name == "Elections" and topic.locale.language_code == "en"


def test_an_editor_adds_and_renames_a_country(editor_client):
    response = editor_client.post("/admin/snippets/taxonomy/country/add/?locale=en", {"name": "Timor", "code": "tl"})
    assert response.status_code == 302
    country = Country.objects.get(code="tl")
    response = editor_client.post(
        f"/admin/snippets/taxonomy/country/edit/{country.pk}/", {"name": "Timor-Leste", "code": "tl"}
    )
    assert response.status_code == 302
    country.refresh_from_db()
    assert country.name == "Timor-Leste"


def test_a_bad_key_is_a_form_error_not_a_500(editor_client):
    response = editor_client.post("/admin/snippets/taxonomy/country/add/?locale=en", {"name": "Nowhere", "code": "X1"})
    assert response.status_code == 200
    assert "Use the two-letter ISO 3166 code in lower case" in response.content.decode()
    assert not Country.objects.filter(name="Nowhere").exists()


def test_the_taxonomy_menu_and_listing_are_open_to_editors(editor_client):
    topic = TopicFactory(name="Political prisoners", slug="political-prisoners")
    assert "Taxonomy" in editor_client.get("/admin/").content.decode()
    listing = editor_client.get("/admin/snippets/taxonomy/topic/").content.decode()
    assert f"/admin/snippets/taxonomy/topic/edit/{topic.pk}/" in listing


def test_an_editor_cannot_delete_a_term(editor_client):
    country = CountryFactory(name="Myanmar", code="mm")
    response = editor_client.post(f"/admin/snippets/taxonomy/country/delete/{country.pk}/")
    assert response.status_code in (302, 403)
    assert Country.objects.filter(pk=country.pk).exists()


def test_translation_rules_hold_for_editors(home, burmese):
    editor = user_in("Editors", "rules-editor")
    translator = user_in("Translators", "rules-translator")
    topic = TopicFactory(name="Elections", slug="elections")
    burmese_topic = translate_page(topic, burmese, {"Elections": "ရွေးကောက်ပွဲ"})
    # Terms have no draft state: whoever may change a term saves (publishes) its translation.
    assert can_publish(editor, topic) and can_publish(editor, burmese_topic)
    assert can_publish(translator, burmese_topic) and not can_publish(translator, topic)
    # Pages still go through moderation, in either language.
    page = ContentPageFactory(parent=home, slug="about")
    page.save_revision().publish()
    translate_page(home, burmese)
    burmese_page = translate_page(page, burmese)
    assert not can_publish(editor, page) and not can_publish(editor, burmese_page)
    assert not editor.has_perm("taxonomy.delete_topic") and not editor.has_perm("taxonomy.delete_country")
