"""Nothing goes live without a publisher: every way to publish a translation, tried per role
with real users in the groups the migrations create, through the admin views."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from cms.translation import admin_edit_url, translate_page
from tests.factories import ContentPageFactory, TopicFactory, user_in

ROLES = {"editor": "Editors", "translator": "Translators", "moderator": "Moderators"}
PUBLISHERS = {"moderator", "superuser"}


def login(client, role):
    if role == "superuser":
        user = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    else:
        user = user_in(ROLES[role])
    client.force_login(user)
    return user


@pytest.fixture
def publish_on_commit(django_capture_on_commit_callbacks):
    """wagtail-localize publishes when the transaction commits; tests run inside one."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def english_page(home, burmese):
    translate_page(home, burmese)
    page = ContentPageFactory(parent=home, title="About", slug="about", intro="Who we are")
    page.save_revision().publish()
    return page


@pytest.fixture
def draft_translation(client, english_page, burmese):
    """The Burmese version made through the admin's Translate form (by a superuser), as a draft."""
    admin = get_user_model().objects.create_superuser("maker", "maker@example.org", "pw")
    client.force_login(admin)
    response = client.post(f"/admin/localize/submit/page/{english_page.pk}/", {"locales": [burmese.pk]})
    assert response.status_code == 302
    client.logout()
    burmese_page = english_page.get_translation(burmese)
    return Translation.objects.get(source__object_id=english_page.translation_key, target_locale=burmese), burmese_page


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def refused(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


@pytest.mark.parametrize("role", [*ROLES, "superuser"])
def test_translate_makes_a_draft_for_every_role(client, english_page, burmese, role):
    login(client, role)
    response = client.post(f"/admin/localize/submit/page/{english_page.pk}/", {"locales": [burmese.pk]})
    assert response.status_code == 302
    burmese_page = english_page.get_translation(burmese)
    assert not burmese_page.live
    assert client.get("/my/about/").status_code == 404 or "Who we are" not in client.get("/my/about/").content.decode()


@pytest.mark.parametrize("role", [*ROLES, "superuser"])
def test_translation_editor_publishes_only_for_publishers(client, draft_translation, role, publish_on_commit):
    _translation, burmese_page = draft_translation
    login(client, role)
    editor = client.get(f"/admin/pages/{burmese_page.pk}/edit/")
    with publish_on_commit():
        response = client.post(f"/admin/pages/{burmese_page.pk}/edit/", {"action": "publish"})
    assert is_live(burmese_page) is (role in PUBLISHERS)
    if role in PUBLISHERS:
        assert "Publish in Burmese" in editor.content.decode() and response.status_code == 302
    else:
        assert "Publish in Burmese" not in editor.content.decode() and refused(response)


@pytest.mark.parametrize("role", [*ROLES, "superuser"])
def test_sync_form_offers_and_honours_publishing_only_for_publishers(
    client, draft_translation, role, publish_on_commit
):
    translation, burmese_page = draft_translation
    login(client, role)
    url = f"/admin/localize/update/{translation.source_id}/"
    form = client.get(url)
    with publish_on_commit():
        response = client.post(url, {"publish_translations": "on"})
    assert is_live(burmese_page) is (role in PUBLISHERS)
    if role in PUBLISHERS:
        assert 'name="publish_translations" id=' in form.content.decode() and response.status_code == 302
        assert Page.objects.get(pk=burmese_page.pk).live_revision.user.get_username() in ("moderators", "root")
    else:
        assert refused(response)
        if form.status_code == 200:
            assert 'type="checkbox" name="publish_translations"' not in form.content.decode()


def test_sync_without_publishing_stays_open_to_translators(client, draft_translation):
    translation, burmese_page = draft_translation
    login(client, "translator")
    response = client.post(f"/admin/localize/update/{translation.source_id}/", {})
    assert response.status_code == 302 and not is_live(burmese_page)


@pytest.mark.parametrize("role", [*ROLES, "superuser"])
def test_bulk_publish_needs_publish_permission(client, draft_translation, role):
    _translation, burmese_page = draft_translation
    login(client, role)
    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={burmese_page.pk}", {})
    assert is_live(burmese_page) is (role in PUBLISHERS)


@pytest.mark.parametrize("role", ["translator", "moderator"])
def test_convert_to_alias_publishes_the_source_text_so_only_publishers_may(client, draft_translation, role):
    _translation, burmese_page = draft_translation
    login(client, role)
    response = client.post(f"/admin/localize/page/{burmese_page.pk}/convert_to_alias/", {})
    converted = Page.objects.get(pk=burmese_page.pk).alias_of_id is not None
    assert converted is (role == "moderator")
    if role == "translator":
        assert refused(response)


@pytest.mark.parametrize("role", [*ROLES, "superuser"])
def test_english_page_made_from_a_burmese_draft_is_published_only_by_publishers(
    client, english_page, burmese, role, publish_on_commit
):
    burmese_home = english_page.get_parent().get_translation(burmese)
    original = ContentPageFactory(parent=burmese_home, title="မူရင်း", slug="original", intro="ဗမာစာ", live=False)
    maker = get_user_model().objects.create_superuser("maker", "maker@example.org", "pw")
    client.force_login(maker)
    client.post(f"/admin/localize/submit/page/{original.pk}/", {"locales": [english_page.locale.pk]})
    client.logout()
    english = original.get_translation(english_page.locale)
    assert not english.live  # a draft, like every new translation

    login(client, role)
    source = TranslationSource.objects.get(object_id=original.translation_key, locale=burmese)
    with publish_on_commit():
        client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert is_live(english) is (role in PUBLISHERS)


def test_terms_have_no_draft_state_so_translators_save_them(client, burmese):
    topic = TopicFactory(name="Elections", slug="elections")
    translate_page(topic, burmese)
    translation = Translation.objects.get(source__object_id=topic.translation_key, target_locale=burmese)
    burmese_topic = translation.get_target_instance()
    login(client, "translator")
    url = admin_edit_url(burmese_topic)
    assert client.post(url, {"action": "publish"}).status_code == 302
