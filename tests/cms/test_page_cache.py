"""The whole-page cache: what is stored, for whom, under which key, and when it is dropped."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cms.page_cache import STATUS_HEADER, with_visitor_values, without_visitor_values
from participation.models import Signatory
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
    """Names in any order; a name's values sorted, as the index's own links write them."""
    assert client.get("/en/publications/?topic=elections&topic=prisoners&type=statement")[STATUS] == "miss"
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


def form_values(response):
    """(CSRF token, submission id) of the page's form."""
    html = response.content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    submission = html.split('name="submission_id" value="', 1)[1].split('"', 1)[0]
    return token, submission


def sign(visitor, statement, response, name):
    token, submission = form_values(response)
    return visitor.post(
        statement.url + "sign/",
        {
            "csrfmiddlewaretoken": token,
            "name": name,
            "country": "th",
            "parliament": "House",
            "email": "a@example.org",
            "confirm": "on",
            "submission_id": submission,
        },
    )


def test_a_page_with_a_form_is_stored_without_one_visitors_token_or_id(statement):
    first_visitor, second_visitor = Client(), Client()
    first = first_visitor.get(statement.url)
    second = second_visitor.get(statement.url)

    assert (first[STATUS], second[STATUS]) == ("miss", "hit")
    for response in (first, second):
        assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
        assert "Cookie" in response["Vary"]
        assert "csrftoken" in response.cookies
        assert int(response["Content-Length"]) == len(response.content)
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    (first_token, first_id), (second_token, second_id) = form_values(first), form_values(second)
    assert first_token != second_token and first_id != second_id
    assert first_token not in second.content.decode() and b"page-cache:" not in second.content
    assert second.content.decode().replace(second_token, "").replace(second_id, "") == (
        first.content.decode().replace(first_token, "").replace(first_id, "")
    )


def test_forms_posted_from_a_stored_page_are_each_kept(statement):
    """Two visitors served from the cache sign: two signatures, each with the id of its own page."""
    Client().get(statement.url)  # stores the page
    submissions = []
    for name in ("First Signatory", "Second Signatory"):
        visitor = Client(enforce_csrf_checks=True)
        page = visitor.get(statement.url)
        assert page[STATUS] == "hit"
        assert sign(visitor, statement, page, name).status_code == 302
        submissions.append(form_values(page)[1])

    stored = dict(Signatory.objects.values_list("name", "submission_id"))
    assert {name: str(value) for name, value in stored.items()} == dict(
        zip(("First Signatory", "Second Signatory"), submissions, strict=True)
    )


def test_a_visitor_with_a_csrf_cookie_keeps_it_on_a_stored_page(statement):
    Client().get(statement.url)
    visitor = Client(enforce_csrf_checks=True)
    cookie = visitor.get(statement.url).cookies["csrftoken"].value
    page = visitor.get(statement.url)

    assert page[STATUS] == "hit"
    assert page.cookies["csrftoken"].value == cookie  # renewed, not replaced
    assert sign(visitor, statement, page, "Returning Signatory").status_code == 302


@pytest.mark.parametrize(
    "page",
    [
        b'<input type="hidden" name="csrfmiddlewaretoken" value="abc123"><script>var t="abc123"</script>',
        b'<input type="hidden" name="submission_id" value="1234" data-page-cache-fresh><p>1234</p>',
        b"<p>a page that asked for a token but shows none</p>",
    ],
)
def test_a_page_whose_visitor_values_show_elsewhere_is_not_stored(page):
    assert without_visitor_values(page) is None


def test_slots_are_filled_with_a_new_id_each(statement):
    stored = without_visitor_values(
        b'<input type="hidden" name="csrfmiddlewaretoken" value="abc123">'
        b'<input type="hidden" name="a" value="1" data-page-cache-fresh>'
        b'<input type="hidden" name="b" value="2" data-page-cache-fresh>'
    )
    served = with_visitor_values(stored, "XYZ").decode()
    ids = [part.split('"', 1)[0] for part in served.split('value="')[2:]]
    assert 'value="XYZ"' in served and len(set(ids)) == 2 and "1" not in ids


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


def test_a_stored_page_costs_one_round_trip_to_the_cache(client, about, counting_cache):
    client.get("/en/about/")
    counting_cache.calls.clear()
    assert client.get("/en/about/")[STATUS] == "hit"
    assert counting_cache.calls == ["get_many"]


@pytest.mark.parametrize(
    ("odd", "normal"),
    [
        ("type=statement%20", "type=statement"),
        ("year=02021", "year=2021"),
        ("topic=prisoners&topic=elections", "topic=elections&topic=prisoners"),
        ("type=statement&type=report", "type=report&type=statement"),
    ],
)
def test_another_spelling_of_the_parameters_never_answers_for_the_normal_one(client, index, odd, normal):
    """A visitor cannot store a page the index reads differently under the key of the one it reads normally."""
    fresh = Client().get(f"/en/publications/?{normal}").content
    cache.clear()
    first = client.get(f"/en/publications/?{odd}")
    assert first.status_code == 200 and STATUS not in first
    second = client.get(f"/en/publications/?{normal}")
    assert second[STATUS] == "miss" and second.content.decode().count("publication-card") == fresh.decode().count(
        "publication-card"
    )
    assert client.get(f"/en/publications/?{normal}")[STATUS] == "hit"


def test_a_host_in_capitals_reads_the_stored_page_but_never_stores_one(client, about):
    shouting = Client(HTTP_HOST="TESTSERVER")
    first = shouting.get("/en/about/")
    assert first.status_code == 200 and STATUS not in first
    assert client.get("/en/about/")[STATUS] == "miss"
    again = shouting.get("/en/about/")
    assert again[STATUS] == "hit" and "TESTSERVER" not in again.content.decode()


def test_a_visitor_token_is_one_django_accepts_for_the_visitor_s_secret():
    from collections import Counter

    from django.middleware.csrf import CSRF_ALLOWED_CHARS, _unmask_cipher_token
    from django.test import RequestFactory

    from cms.page_cache import random_characters, visitor_token

    request = RequestFactory().get("/")
    token = visitor_token(request)
    assert len(token) == 64 and set(token) <= set(CSRF_ALLOWED_CHARS)
    assert _unmask_cipher_token(token) == request.META["CSRF_COOKIE"]
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True
    assert _unmask_cipher_token(visitor_token(request)) == request.META["CSRF_COOKIE"]  # the same secret, masked anew

    drawn = Counter(random_characters(62 * 500))
    assert set(drawn) == set(CSRF_ALLOWED_CHARS)
    assert max(drawn.values()) < 2 * min(drawn.values())  # ~500 each: no character is favoured


@pytest.mark.parametrize("query", ["?topic=made-up-topic", "?year=1066", "?sort=sideways", "?page=junk", "?page=99"])
def test_an_index_asked_for_what_no_link_names_is_answered_but_never_stored(client, index, query):
    first, again = client.get(f"/en/publications/{query}"), client.get(f"/en/publications/{query}")
    assert first.status_code == again.status_code == 200
    assert STATUS_HEADER not in again  # neither a hit nor stored: each made-up value would be an entry
    assert client.get("/en/publications/?page=1").status_code == 200
