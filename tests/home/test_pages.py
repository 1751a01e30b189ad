import datetime

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import (
    CampaignPageFactory,
    ContentPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    TopicFactory,
)


@pytest.fixture
def publications(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    prisoners = TopicFactory(name="Political prisoners", slug="political-prisoners")
    aid = TopicFactory(name="Humanitarian aid", slug="humanitarian-aid")
    statement = PublicationPageFactory(
        parent=index, title="Free the detained MPs", date=datetime.date(2021, 4, 20), topics=[prisoners]
    )
    report = PublicationPageFactory(
        parent=index,
        title="Aid in conflict areas",
        publication_type="report",
        date=datetime.date(2022, 9, 8),
        topics=[aid],
    )
    return {"index": index, "statement": statement, "report": report, "prisoners": prisoners}


def test_home_page_shows_hero_spotlight_and_latest_publications(client, home, publications):
    campaign = CampaignPageFactory(parent=home, title="Democracy in Myanmar")
    home.spotlight = campaign
    home.save()

    html = client.get(home.url).content.decode()

    assert "<h1>A network of parliamentarians</h1>" in html
    assert "What is the problem?" in html and "The military seized power" in html
    assert "What are we doing about it?" in html and "founded an alliance" in html
    assert "Free the detained MPs" in html and "Aid in conflict areas" in html
    assert html.index("Aid in conflict areas") < html.index("Free the detained MPs")  # newest first


def test_home_page_without_publications_says_so(client, home):
    html = client.get(home.url).content.decode()
    assert "No publications yet." in html


def relevant_block(topics=(), latest=False, limit=5):
    return (
        "relevant_publications",
        {"heading": "", "topics": list(topics), "latest": latest, "types": [], "limit": limit},
    )


def test_campaign_page_renders_its_sections(client, home, publications):
    campaign = CampaignPageFactory(
        parent=home,
        title="Democracy in Myanmar",
        featured_statement=publications["statement"],
        body=[relevant_block([publications["prisoners"]])],
    )

    html = client.get(campaign.url).content.decode()

    assert "<h1>Democracy in Myanmar</h1>" in html
    assert "The military seized power" in html
    assert "Join the alliance" in html
    assert 'href="mailto:contact@example.org"' in html  # the site's contact email by default
    assert "Read the statement" in html
    assert html.count('class="section relevant-publications"') == 1
    relevant = html.split('class="section relevant-publications"')[1]
    assert "Free the detained MPs" in relevant
    assert "Aid in conflict areas" not in relevant  # another topic


def test_campaign_page_join_email_overrides_the_site_address(client, home):
    campaign = CampaignPageFactory(parent=home, join_email="join@example.org")
    html = client.get(campaign.url).content.decode()
    assert 'href="mailto:join@example.org"' in html


def test_campaign_hides_an_unpublished_featured_statement(client, home, publications):
    statement = publications["statement"]
    statement.unpublish()
    campaign = CampaignPageFactory(parent=home, featured_statement=statement)
    html = client.get(campaign.url).content.decode()
    assert "Read the statement" not in html
    assert "Free the detained MPs" not in html


def test_content_page_renders_its_blocks(client, home):
    page = ContentPageFactory(
        parent=home,
        title="Contact us",
        body=[
            ("text", "<p>Write to the secretariat.</p>"),
            ("quote", {"quote": "Democracy will prevail.", "attribution": "An MP", "role": "Malaysia"}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert "<h1>Contact us</h1>" in html
    assert "Write to the secretariat." in html
    assert "Democracy will prevail." in html and "An MP" in html


def test_home_page_leads_with_the_campaign_its_statement_and_publications(client, home, statement, countries):
    from participation.models import Signatory, Status

    # Named signatories: unnamed ones this few would be counted under "other countries".
    for name, country in (("A", "mm"), ("B", "th"), ("C", "th")):
        Signatory.objects.create(
            statement=statement,
            name=name,
            country=countries[country],
            parliament="P",
            status=Status.APPROVED,
            consent_to_list=True,
        )
    campaign = CampaignPageFactory(parent=home, title="Democracy in Myanmar", featured_statement=statement)
    home.spotlight = campaign
    home.save()

    html = client.get(home.url).content.decode()

    order = ["What is the problem?", "What are we doing about it?", "Release the detained MPs", "Join the alliance"]
    assert [html.index(text) for text in order] == sorted(html.index(text) for text in order)
    featured = html.split('class="section featured-statement"')[1].split("</section>")[0]
    assert "Signed by 3 parliamentarians from 2 countries." in featured
    assert 'href="/en/publications/release/#sign">Sign the statement</a>' in featured
    assert 'class="section relevant-publications"' not in html  # the home page's own list is the only one
    assert 'class="container latest"' in html


@pytest.mark.parametrize("restriction", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD])
def test_a_restricted_spotlight_or_featured_statement_is_shown_nowhere(client, home, publications, restriction):
    """A page behind a view restriction is not shown in full on another page, nor in the API."""
    statement = publications["statement"]
    campaign = CampaignPageFactory(
        parent=home, title="Democracy in Myanmar", problem_heading="The coup", featured_statement=statement
    )
    home.spotlight = campaign
    home.save_revision().publish()
    assert "Free the detained MPs" in client.get(campaign.url).content.decode()
    assert "The coup" in client.get(home.url).content.decode()

    PageViewRestriction.objects.create(page=statement, restriction_type=restriction, password="secret-word")
    PageViewRestriction.objects.create(page=campaign, restriction_type=restriction, password="secret-word")

    assert "Free the detained MPs" not in client.get(home.url).content.decode()
    assert "The coup" not in client.get(home.url).content.decode()
    detail = client.get(f"/api/v2/pages/{home.pk}/").json()["content"]
    assert detail["spotlight"] is None
    other = CampaignPageFactory(parent=home, slug="other", featured_statement=statement)
    assert "Free the detained MPs" not in client.get(other.url).content.decode()
    assert client.get(f"/api/v2/pages/{other.pk}/").json()["content"]["featured_statement"] is None


def test_an_uncached_home_page_reads_everything_from_the_caches(client, home, publications, django_assert_num_queries):
    """A visitor the page cache does not serve: the page is rendered again, its rows come from the caches."""
    statement = publications["statement"]
    home.spotlight = CampaignPageFactory(parent=home, title="Democracy in Myanmar", featured_statement=statement)
    home.save_revision().publish()
    client.cookies["uncached"] = "1"
    client.get(home.url)
    with django_assert_num_queries(0):
        html = client.get(home.url).content.decode()
    assert "What is the problem?" in html and "Aid in conflict areas" in html and "Free the detained MPs" in html
