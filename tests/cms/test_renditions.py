"""Renditions a page shows are made once, then kept per content version, and never outlive their files."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.images import get_image_model
from wagtail_factories import ImageFactory

from cms.renditions import kept_renditions
from tests.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db
SPECS = ["fill-640x300|format-webp", "fill-1600x600|format-webp"]


def refuse(*args, **kwargs):
    raise AssertionError("Wagtail was asked for a kept rendition")


def test_renditions_are_made_once_and_then_read_as_kept(monkeypatch):
    image = ImageFactory(file__width=1800, file__height=900)
    made = kept_renditions(image, SPECS)
    assert {spec: (r.width, r.height) for spec, r in made.items()} == {SPECS[0]: (640, 300), SPECS[1]: (1600, 600)}

    monkeypatch.setattr("cms.renditions.get_rendition_or_not_found", refuse)
    assert {spec: r.url for spec, r in kept_renditions(image, reversed(SPECS)).items()} == {
        spec: r.url for spec, r in made.items()
    }


def test_a_deleted_rendition_is_made_again():
    image = ImageFactory(file__width=1800, file__height=900)
    first = kept_renditions(image, SPECS)[SPECS[0]]
    first.delete()  # moves the content version on

    again = kept_renditions(image, SPECS)[SPECS[0]]

    assert again.pk != first.pk and get_image_model().get_rendition_model().objects.filter(pk=again.pk).exists()


def test_an_image_without_its_file_shows_a_stand_in_that_is_not_kept():
    image = ImageFactory(file__width=800, file__height=400)
    image.file.storage.delete(image.file.name)

    stand_in = kept_renditions(image, ["width-400"])["width-400"]

    assert stand_in.pk is None and stand_in.file.name == "not-found"
    assert kept_renditions(image, ["width-400"])["width-400"].pk is None  # asked again, not read as kept


def test_a_campaign_shows_its_hero_from_kept_renditions(client, home, monkeypatch):
    image = ImageFactory(title="Protest in Yangon", file__width=1800, file__height=900)
    campaign = CampaignPageFactory(parent=home, slug="campaign", hero_image=image)
    first = client.get(campaign.url).content.decode()

    monkeypatch.setattr("cms.renditions.get_rendition_or_not_found", refuse)
    again = client.get(campaign.url, HTTP_COOKIE="sessionid=x").content.decode()  # not the page cache's answer

    hero = re.search(r'<img class="campaign__image" src="([^"]+)" srcset="([^"]+) 640w, ([^"]+) 1600w"', again)
    assert hero and hero[1] == hero[3] and hero[1] != hero[2]
    assert 'width="1600" height="600"' in again
    assert hero[0] in first
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+"', again)


def test_a_page_or_answer_showing_a_missing_file_is_not_kept_and_shows_it_once_back(client, home):
    image = ImageFactory(title="Protest", file__width=1400, file__height=800)
    campaign = CampaignPageFactory(parent=home, slug="campaign", hero_image=image)
    content = image.file.read()
    image.file.storage.delete(image.file.name)
    image.renditions.all().delete()  # as `wagtail_update_image_renditions --purge-only` does

    missing = client.get(campaign.url)
    api = client.get(f"/api/v2/images/{image.pk}/")
    assert "/media/not-found" in missing.content.decode() and missing.get("X-Page-Cache") != "miss"  # not stored
    assert api.status_code == 200 and api.json()["renditions"] == []

    image.file.storage.save(image.file.name, ContentFile(content))  # the file is back; nothing else changed
    back = client.get(campaign.url).content.decode()
    assert "/media/not-found" not in back and 'class="campaign__image"' in back
    assert client.get(f"/api/v2/images/{image.pk}/").json()["renditions"]
