"""Campaign pages: a hero image, and one "Relevant publications" list that lists nothing until asked."""

import datetime
import importlib
import json

import pytest
from wagtail_factories import ImageFactory

from home.models import CampaignPage
from tests.api.conftest import make_document
from tests.factories import CampaignPageFactory, PublicationIndexPageFactory, PublicationPageFactory, TopicFactory

MIGRATION = importlib.import_module("home.migrations.0006_campaign_image_and_one_relevant_list")


def relevant(topics=(), latest=False, heading=""):
    return (
        "relevant_publications",
        {"heading": heading, "topics": list(topics), "latest": latest, "types": [], "limit": 5},
    )


@pytest.fixture
def publications(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    prisoners = TopicFactory(name="Political prisoners", slug="political-prisoners")
    aid = TopicFactory(name="Humanitarian aid", slug="humanitarian-aid")
    PublicationPageFactory(
        parent=index, title="Free the detained MPs", date=datetime.date(2021, 4, 20), topics=[prisoners]
    )
    PublicationPageFactory(parent=index, title="Aid in conflict areas", date=datetime.date(2022, 9, 8), topics=[aid])
    return {"prisoners": prisoners, "aid": aid}


def lists_in(html):
    return html.count('class="section relevant-publications"')


def test_campaign_shows_its_hero_image_on_the_page_and_in_the_api(client, home):
    image = ImageFactory(title="Protest in Yangon", file__width=1800, file__height=900)
    campaign = CampaignPageFactory(parent=home, slug="campaign", hero_image=image)
    html = client.get(campaign.url).content.decode()
    assert 'class="campaign__image"' in html and "images/" in html
    data = client.get(f"/api/v2/pages/{campaign.pk}/").json()["content"]
    assert data["hero_image"]["id"] == image.pk and data["hero_image"]["renditions"]


def test_campaign_without_an_image_has_none(client, home):
    campaign = CampaignPageFactory(parent=home, slug="campaign")
    assert 'class="campaign__image"' not in client.get(campaign.url).content.decode()
    assert client.get(f"/api/v2/pages/{campaign.pk}/").json()["content"]["hero_image"] is None


def test_the_block_is_the_only_list_on_a_campaign(client, home, publications):
    campaign = CampaignPageFactory(parent=home, slug="campaign", body=[relevant([publications["prisoners"]])])
    html = client.get(campaign.url).content.decode()
    assert lists_in(html) == 1
    assert "Free the detained MPs" in html and "Aid in conflict areas" not in html
    content = client.get(f"/api/v2/pages/{campaign.pk}/").json()["content"]
    assert not {"relevant_topic", "relevant_count", "relevant_publications"} & set(content)
    [block] = content["body"]
    assert [card["title"] for card in block["value"]["publications"]] == ["Free the detained MPs"]


def test_no_topic_lists_nothing(client, home, publications):
    campaign = CampaignPageFactory(parent=home, slug="campaign", body=[relevant(heading="Read more")])
    html = client.get(campaign.url).content.decode()
    assert lists_in(html) == 0
    assert "Free the detained MPs" not in html and "Aid in conflict areas" not in html
    [block] = client.get(f"/api/v2/pages/{campaign.pk}/").json()["content"]["body"]
    assert block["value"]["publications"] == []


def test_latest_lists_every_topic_when_the_editor_asks(client, home, publications):
    campaign = CampaignPageFactory(parent=home, slug="campaign", body=[relevant(latest=True)])
    html = client.get(campaign.url).content.decode()
    assert lists_in(html) == 1
    assert html.index("Aid in conflict areas") < html.index("Free the detained MPs")
    [block] = client.get(f"/api/v2/pages/{campaign.pk}/").json()["content"]["body"]
    assert len(block["value"]["publications"]) == 2


def test_a_topic_without_publications_says_so(client, home, publications):
    empty = TopicFactory(name="Elections", slug="elections")
    campaign = CampaignPageFactory(parent=home, slug="campaign", body=[relevant([empty])])
    assert "There are no publications on this topic yet." in client.get(campaign.url).content.decode()


def test_the_home_spotlight_adds_no_second_list(client, home, publications):
    campaign = CampaignPageFactory(parent=home, slug="campaign", body=[relevant([publications["prisoners"]])])
    home.spotlight = campaign
    home.save()
    html = client.get(home.url).content.decode()
    assert lists_in(html) == 0 and 'id="latest-heading"' in html


def test_the_migration_turns_a_page_level_topic_into_one_block(publications):
    topic = publications["prisoners"]
    block = MIGRATION.relevant_block(topic.pk, 7)
    body = MIGRATION.with_block(json.dumps([{"type": "text", "value": "<p>Intro</p>", "id": "a"}]), block)
    stream = json.loads(body)
    assert [item["type"] for item in stream] == ["text", "relevant_publications"]
    value = CampaignPage._meta.get_field("body").stream_block.to_python(stream)[1].value
    assert list(value["topics"]) == [topic] and value["limit"] == 7 and value["latest"] is False
    assert MIGRATION.with_block(body, MIGRATION.relevant_block(topic.pk, 3)) == body  # never a second list


def test_the_list_follows_publishing_and_unpublishing(client, home, publications):
    """The list's ids are kept per content version: a publish or unpublish shows at once."""
    campaign = CampaignPageFactory(parent=home, slug="campaign", body=[relevant([publications["prisoners"]])])
    assert "Free the detained MPs" in client.get(campaign.url).content.decode()
    index = PublicationIndexPageFactory._meta.model.objects.get()
    newer = PublicationPageFactory(
        parent=index, title="Release them now", date=datetime.date(2023, 1, 5), topics=[publications["prisoners"]]
    )
    newer.save_revision().publish()
    html = client.get(campaign.url).content.decode()
    assert html.index("Release them now") < html.index("Free the detained MPs")
    newer.unpublish()
    assert "Release them now" not in client.get(campaign.url).content.decode()


@pytest.mark.parametrize("size", [3, 40])
def test_a_rare_topic_among_many_costs_the_same_queries(client, home, django_assert_max_num_queries, size):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    common, rare = TopicFactory(slug="common"), TopicFactory(slug="rare")
    PublicationPageFactory(parent=index, title="The rare one", date=datetime.date(2015, 1, 1), topics=[rare])
    for number in range(size):
        PublicationPageFactory(
            parent=index, title=f"Common {number}", date=datetime.date(2020, 1, 1 + number % 28), topics=[common]
        )
    photo = ImageFactory(title="Protest", file__width=1400, file__height=800)
    image_block = ("image", {"image": photo, "alt_text": "A protest", "caption": "", "credit": ""})
    file = (
        "documents",
        {"heading": "", "documents": [{"document": make_document("Report"), "title": "", "language": "en"}]},
    )
    campaign = CampaignPageFactory(parent=home, slug="campaign", body=[relevant([rare]), image_block, file])
    client.cookies["uncached"] = "1"  # the whole-page cache never answers a visitor with a cookie
    client.get(campaign.url)  # navigation, branding, the list's ids and its pages cached for this content version
    with django_assert_max_num_queries(0):  # the block's topics, image and document are kept too
        html = client.get(campaign.url).content.decode()
    assert "The rare one" in html and "Common 0" not in html
    assert 'alt="A protest"' in html and "Report" in html


def test_a_deleted_topic_is_left_out_and_never_turns_the_list_into_everything(client, home, publications):
    """The block keeps the deleted topic's id; the chooser then gives None for it."""
    campaign = CampaignPageFactory(parent=home, slug="campaign", body=[relevant([publications["prisoners"]])])
    other = CampaignPageFactory(
        parent=home, slug="other", body=[relevant([publications["prisoners"], publications["aid"]])]
    )
    publications["prisoners"].delete()
    response = client.get(campaign.url)
    assert response.status_code == 200
    assert "Free the detained MPs" not in response.content.decode()
    assert "Aid in conflict areas" not in response.content.decode()
    [block] = client.get(f"/api/v2/pages/{campaign.pk}/").json()["content"]["body"]
    assert block["value"]["publications"] == []
    [block] = client.get(f"/api/v2/pages/{other.pk}/").json()["content"]["body"]
    assert [card["title"] for card in block["value"]["publications"]] == ["Aid in conflict areas"]
