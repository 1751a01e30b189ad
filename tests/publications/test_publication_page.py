"""The publication page: citation, related, previous and next, sharing, schema.org."""

import datetime
import json
import re

import pytest

from tests.factories import PublicationIndexPageFactory, PublicationPageFactory, TopicFactory


@pytest.fixture
def trio(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    prisoners = TopicFactory(slug="political-prisoners", name="Political prisoners")
    elections = TopicFactory(slug="elections", name="Elections")

    def make(title, date, topics, **extra):
        return PublicationPageFactory(
            parent=index, title=title, date=datetime.date.fromisoformat(date), topics=topics, **extra
        )

    return {
        "older": make("Older statement", "2021-03-01", [prisoners]),
        "middle": make(
            "Middle report <b>",
            "2022-05-10",
            [prisoners],
            publication_type="report",
            issued_by="APHR",
            summary="What happened </script> to MPs.",
        ),
        "newer": make("Newer letter", "2023-01-20", [elections], publication_type="letter"),
        "related": make("Another on prisoners", "2020-01-01", [prisoners]),
    }


def test_previous_and_next_follow_the_dates(client, trio):
    html = client.get(trio["middle"].url).content.decode()
    assert '<a rel="prev" href="/en/publications/older-statement/">' in html
    assert '<a rel="next" href="/en/publications/newer-letter/">' in html
    oldest = client.get(trio["related"].url).content.decode()
    assert 'rel="prev"' not in oldest.split('class="prev-next"')[1]


def test_related_publications_share_a_topic(client, trio):
    html = client.get(trio["middle"].url).content.decode()
    related = html.split('id="related-heading"')[1].split("</section>")[0]
    assert "Older statement" in related and "Another on prisoners" in related
    assert "Newer letter" not in related
    assert related.index("Older statement") < related.index("Another on prisoners")


def test_unpublished_neighbours_are_skipped(client, trio):
    trio["older"].unpublish()
    html = client.get(trio["middle"].url).content.decode()
    assert '<a rel="prev" href="/en/publications/another-on-prisoners/">' in html
    assert "Older statement" not in html


def test_citation_and_share_links(client, trio):
    html = client.get(trio["middle"].url).content.decode()
    url = "http://testserver/en/publications/middle-report-b/"
    assert f"<cite>APHR. “Middle report &lt;b&gt;”. Report, 10 May 2022. {url}</cite>" in html
    assert (
        'href="https://x.com/intent/post?url=http%3A%2F%2Ftestserver%2Fen%2Fpublications%2Fmiddle-report-b%2F' in html
    )
    assert "mailto:?subject=Middle%20report%20%3Cb%3E&amp;body=http%3A%2F%2Ftestserver" in html
    assert 'href="/en/publications/?topic=political-prisoners"' in html


def test_json_ld_describes_the_publication_safely(client, trio):
    html = client.get(trio["middle"].url).content.decode()
    script = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1)
    assert "</script>" not in script and "<b>" not in script
    data = json.loads(script)
    assert data["@type"] == "Report"
    assert data["headline"] == "Middle report <b>"
    assert data["description"] == "What happened </script> to MPs."
    assert data["datePublished"] == "2022-05-10"
    assert data["author"] == {"@type": "Organization", "name": "APHR"}
    assert data["publisher"] == {"@type": "Organization", "name": "Test Alliance"}
    assert data["keywords"] == ["Political prisoners"]
    assert data["inLanguage"] == "en"
