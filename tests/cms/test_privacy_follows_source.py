"""A view restriction on an English page applies to its translations until they have their own:
pages, the API, search, the sitemap and the documents they use."""

import json

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, PageViewRestriction

from cms.translation import translate_page
from search.models import SearchEntry
from tests.api.conftest import make_document
from tests.factories import ContentPageFactory


@pytest.fixture
def pair(home, burmese):
    document = make_document("Minutes", "minutes.pdf")
    body = json.dumps(
        [
            {
                "type": "documents",
                "value": {"heading": "", "documents": [{"document": document.pk, "title": "", "language": "en"}]},
            }
        ]
    )
    english = ContentPageFactory(parent=home, title="Members only", slug="members", intro="Agenda", body=body)
    english.save_revision().publish()
    translate_page(home, burmese)
    burmese_page = translate_page(english, burmese, {"Members only": "အဖွဲ့ဝင်များသာ", "Agenda": "အစီအစဉ်"})
    return english, burmese_page, document


def visible_everywhere(client, page, document):
    """Which public ways show the page (and its document)."""
    sitemap = client.get("/sitemap.xml").content.decode()
    return {
        "page": "အစီအစဉ်" in client.get(page.url).content.decode(),  # a restricted page shows a form instead
        "api": client.get(f"/api/v2/pages/{page.pk}/").status_code == 200,
        "search": SearchEntry.objects.filter(page_id=page.pk).exists(),
        "sitemap": page.get_full_url() in sitemap,
        "document": client.get(f"/api/v2/documents/{document.pk}/").status_code == 200,
    }


def test_restricting_the_english_page_restricts_its_translation(client, pair):
    english, burmese_page, document = pair
    assert all(visible_everywhere(client, burmese_page, document).values())

    restriction = PageViewRestriction.objects.create(page=english, restriction_type="password", password="secret")

    assert not any(visible_everywhere(client, burmese_page, document).values())
    copy = PageViewRestriction.objects.get(page=burmese_page)
    assert (copy.restriction_type, copy.password) == ("password", "secret")

    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()
    assert PageViewRestriction.objects.get(page=burmese_page).restriction_type == PageViewRestriction.LOGIN

    restriction.delete()
    assert not PageViewRestriction.objects.filter(page=burmese_page).exists()
    assert all(visible_everywhere(client, burmese_page, document).values())


def test_a_translation_with_its_own_restriction_keeps_it(pair):
    english, burmese_page, _document = pair
    own = PageViewRestriction.objects.create(page=burmese_page, restriction_type="password", password="burmese")
    restriction = PageViewRestriction.objects.create(page=english, restriction_type="password", password="english")
    restriction.password = "changed"
    restriction.save()
    restriction.delete()
    own.refresh_from_db()
    assert own.password == "burmese"


def test_a_restricted_ancestor_covers_the_translated_subtree(client, home, burmese, pair):
    _english, burmese_page, _document = pair
    PageViewRestriction.objects.create(page=home, restriction_type="login")
    burmese_home = Page.objects.get(pk=burmese_page.get_parent().pk)
    assert burmese_home.view_restrictions.exists()
    assert client.get(f"/api/v2/pages/{burmese_page.pk}/").status_code == 404


def test_making_the_page_public_in_the_admin_lifts_the_translation_copy(client, pair):
    """Wagtail's privacy form sets the type to "none" on the restriction it then deletes."""
    english, burmese_page, _document = pair
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    url = f"/admin/pages/{english.pk}/privacy/"
    assert client.post(url, {"restriction_type": "password", "password": "oldpw"}).status_code == 200
    assert PageViewRestriction.objects.get(page=burmese_page).password == "oldpw"
    assert client.post(url, {"restriction_type": "none"}).status_code == 200
    assert not PageViewRestriction.objects.filter(page__in=[english, burmese_page]).exists()


def test_an_alias_made_before_its_source_was_restricted_is_hidden_too(client, home, pair):
    english = pair[0]
    elsewhere = ContentPageFactory(parent=home, title="Elsewhere", slug="elsewhere")
    alias = english.create_alias(parent=elsewhere, update_slug="members-copy")
    listed = lambda: {item["id"] for item in client.get("/api/v2/pages/?limit=50").json()["items"]}  # noqa: E731
    assert alias.pk in listed()
    PageViewRestriction.objects.create(page=english, restriction_type="password", password="secret")
    assert alias.pk not in listed() and english.pk not in listed()
    assert client.get(f"/api/v2/pages/{alias.pk}/").status_code == 404
    assert alias.get_full_url() not in client.get("/sitemap.xml").content.decode()
    assert "Agenda" not in client.get(alias.url).content.decode()
