"""The whole-page cache: what is stored, for whom, under which key, and when it is dropped."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import ContentPageFactory, PublicationIndexPageFactory, PublicationPageFactory, TopicFactory

STATUS = "X-Page-Cache"


@pytest.fixture
def about(home):
    return ContentPageFactory(parent=home, title="About us", slug="about")


@pytest.fixture
def index(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    topics = [TopicFactory(slug=slug, name=slug.title()) for slug in ("elections", "prisoners")]
    PublicationPageFactory(parent=index, title="Elections statement", topics=topics)
    return index


def test_an_anonymous_visitor_gets_the_stored_page_without_a_query(client, about):
    first = client.get("/en/about/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/en/about/")

    assert first[STATUS] == "miss" and second[STATUS] == "hit"
    assert second.content == first.content and "About us" in second.content.decode()
    assert len(queries) == 0
    assert second["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in second["Vary"]
    assert second["Content-Type"] == first["Content-Type"]
    assert second["X-Frame-Options"] == first["X-Frame-Options"]


def test_known_parameters_in_any_order_name_one_entry(client, index):
    assert client.get("/en/publications/?topic=prisoners&topic=elections&type=statement")[STATUS] == "miss"
    again = client.get("/en/publications/?type=statement&topic=elections&topic=prisoners")
    assert again[STATUS] == "hit"
    assert "Elections statement" in again.content.decode()


def test_unknown_parameters_and_hosts_never_create_entries(client, about):
    for _ in range(2):
        tracked = client.get("/en/about/?utm_source=newsletter")
        unknown_host = client.get("/en/about/", HTTP_HOST="elsewhere.localhost")
        assert tracked.status_code == unknown_host.status_code == 200
        assert STATUS not in tracked and STATUS not in unknown_host
    assert "private" in tracked["Cache-Control"]


def test_over_long_values_and_deep_pages_are_answered_but_not_stored(client, index):
    for _ in range(2):
        long_value = client.get("/en/publications/?topic=" + "x" * 250)
        deep_page = client.get("/en/publications/?page=11")
        assert long_value.status_code == deep_page.status_code == 200
        assert STATUS not in long_value and STATUS not in deep_page
    assert client.get("/en/publications/?page=1")[STATUS] == "miss"


def test_a_logged_in_editor_is_never_served_or_stored(client, about, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    visitor_page = client.get("/en/about/")
    editor_client = Client()
    editor_client.force_login(editor)

    for _ in range(2):
        response = editor_client.get("/en/about/")
        assert STATUS not in response
        assert "private" in response["Cache-Control"]
    assert client.get("/en/about/").content == visitor_page.content


def test_a_visitor_with_another_cookie_is_answered_fresh(client, about):
    client.get("/en/about/")
    client.cookies["sessionid"] = "anything"
    assert STATUS not in client.get("/en/about/")


def test_pages_with_a_form_are_never_stored_and_each_visitor_gets_a_token(statement):
    tokens = set()
    for _ in range(2):
        visitor = Client()
        response = visitor.get(statement.url)
        assert STATUS not in response
        assert "private" in response["Cache-Control"]
        assert "csrftoken" in response.cookies
        tokens.add(response.cookies["csrftoken"].value)
    assert len(tokens) == 2


def test_a_form_posted_from_a_page_still_works(statement):
    visitor = Client(enforce_csrf_checks=True)
    html = visitor.get(statement.url).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    response = visitor.post(
        statement.url + "sign/",
        {
            "csrfmiddlewaretoken": token,
            "name": "A Signatory",
            "country": "th",
            "parliament": "House",
            "email": "a@example.org",
            "confirm": "on",
            "submission_id": "7d1f5b1e-2f2a-4a43-9e39-5f0c8d7b1a10",
        },
    )
    assert response.status_code == 302


def test_publishing_drops_the_stored_pages(client, about):
    client.get("/en/about/")
    about.title = "About the alliance"
    about.save_revision().publish()

    response = client.get("/en/about/")
    assert response[STATUS] == "miss"
    assert "About the alliance" in response.content.decode()


def test_free_text_is_answered_fresh_and_never_names_an_entry(client, about, index):
    """Every distinct query would be an entry of its own: searches are answered by the index."""
    for _ in range(2):
        for path in ("/en/search/?q=about", "/en/publications/?q=elections"):
            response = client.get(path)
            assert response.status_code == 200 and STATUS not in response
    assert client.get("/en/search/?type=publication")[STATUS] == "miss"


def test_errors_and_redirects_are_not_stored(client, home):
    for _ in range(2):
        assert STATUS not in client.get("/en/no-such-page/")
    assert STATUS not in client.get("/en/search/?q=a&unknown=1")
