"""Sites (branding, navigation per locale), images and documents: only what live, public content uses."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction, Site
from wagtail_factories import ImageFactory

from cms.models import SiteBranding
from tests.api.conftest import make_document
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def test_site_detail_has_branding_and_navigation_per_locale(client, content):
    site = Site.objects.get(is_default_site=True)
    branding = SiteBranding.objects.get(site=site)
    branding.burmese_name = "စမ်းသပ် မဟာမိတ်"
    branding.save()
    ContentPageFactory(parent=content["about"], title="Sub-page", slug="sub", show_in_menus=True)

    english = client.get(f"/api/v2/sites/{site.pk}/").json()
    burmese = client.get(f"/api/v2/sites/{site.pk}/?locale=my").json()

    assert english["branding"]["name"] == "Test Alliance" and burmese["branding"]["name"] == "စမ်းသပ် မဟာမိတ်"
    assert english["root"]["html_path"] == "/en/" and burmese["root"]["html_path"] == "/my/"
    menu = {item["title"]: item for item in english["navigation"]}
    assert set(menu) == {content["index"].title, content["about"].title, content["campaign"].title}
    assert [child["title"] for child in menu[content["about"].title]["children"]] == ["Sub-page"]
    assert [item["html_path"] for item in burmese["navigation"]] == ["/my/publications/"]


def test_site_list_and_unknown_site(client, content):
    data = client.get("/api/v2/sites/").json()
    assert data["meta"]["total_count"] == 1 and data["items"][0]["branding"]["short_name"] == "TA"
    assert client.get("/api/v2/sites/999/").status_code == 404


def test_reading_sites_writes_nothing(client, home):
    SiteBranding.objects.all().delete()
    assert client.get("/api/v2/sites/").status_code == 200
    assert not SiteBranding.objects.exists()


def test_images_are_those_live_content_uses(client, content):
    unused = ImageFactory(title="Not used anywhere")
    ids = {item["id"] for item in client.get("/api/v2/images/").json()["items"]}

    assert content["image"].pk in ids and unused.pk not in ids
    assert client.get(f"/api/v2/images/{unused.pk}/").status_code == 404
    image = client.get(f"/api/v2/images/{content['image'].pk}/").json()
    assert image["width"] == 900 and image["renditions"]


def test_an_image_only_on_a_draft_is_not_listed(client, content):
    draft_image = ImageFactory(title="Draft only")
    page = ContentPageFactory(parent=content["home"], slug="draft", live=False)
    page.body = f'[{{"type": "image", "value": {{"image": {draft_image.pk}, "alt_text": "x"}}}}]'
    page.save()

    ids = {item["id"] for item in client.get("/api/v2/images/").json()["items"]}
    assert draft_image.pk not in ids


def test_documents_are_those_live_content_uses_outside_private_collections(client, content):
    unused = make_document("Unused")
    listed = {item["id"]: item for item in client.get("/api/v2/documents/?limit=100").json()["items"]}
    assert content["document"].pk in listed and unused.pk not in listed
    assert listed[content["document"].pk]["format"] == "pdf"

    private = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    document = content["document"]
    document.collection = private
    document.save()

    assert document.pk not in {item["id"] for item in client.get("/api/v2/documents/?limit=100").json()["items"]}
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
