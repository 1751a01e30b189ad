"""The API's HTTP contract: revalidation with ETag and Last-Modified, cache headers, CORS."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

URLS = ["/api/v2/pages/", "/api/v2/publications/", "/api/v2/sites/", "/api/v2/images/", "/api/v2/documents/"]


@pytest.mark.parametrize("url", URLS)
def test_public_answers_can_be_cached_and_revalidated(client, content, url):
    response = client.get(url)

    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert response["ETag"] and response["Last-Modified"]
    again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304 and again.content == b""
    since = client.get(url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert since.status_code == 304


def test_a_revalidation_builds_nothing(client, content, django_assert_max_num_queries):
    url = f"/api/v2/pages/{content['about'].pk}/"
    etag = client.get(url)["ETag"]
    with django_assert_max_num_queries(0):
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_publishing_changes_the_etag(client, content):
    url = f"/api/v2/pages/{content['about'].pk}/"
    etag = client.get(url)["ETag"]

    page = content["about"]
    page.intro = "Changed"
    page.save_revision().publish()

    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag
    assert response.json()["content"]["intro"] == "Changed"


def test_errors_are_not_cached(client, content):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert response["Cache-Control"] == "no-store"
    assert "ETag" not in response


def test_head_is_answered_like_get(client, content):
    response = client.head("/api/v2/pages/")
    assert response.status_code == 200 and response["ETag"] == client.get("/api/v2/pages/")["ETag"]


def test_cors_is_off_by_default(client, content):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example.org")
    assert "Access-Control-Allow-Origin" not in response


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.example.org"])
def test_cors_allows_the_configured_origins_only(client, content):
    allowed = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example.org")
    other = client.get("/api/v2/pages/", HTTP_ORIGIN="https://evil.example.net")
    preflight = client.options(
        "/api/v2/pages/", HTTP_ORIGIN="https://app.example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    page = client.get("/en/", HTTP_ORIGIN="https://app.example.org")

    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.org"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Origin" not in other
    assert preflight.status_code == 200 and "GET" in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in page  # only the API is shared


def test_cors_setting_is_read_from_the_environment(monkeypatch):
    import importlib

    import cms.settings.base as base

    monkeypatch.setenv("API_CORS_ALLOWED_ORIGINS", "https://a.example.org, https://b.example.org")
    try:
        assert importlib.reload(base).CORS_ALLOWED_ORIGINS == ["https://a.example.org", "https://b.example.org"]
    finally:
        monkeypatch.delenv("API_CORS_ALLOWED_ORIGINS")
        importlib.reload(base)


def test_a_stored_answer_is_served_before_the_view_and_like_the_first(client, content, monkeypatch):
    """The stored answer comes from the middleware: the view, sessions and users are never reached."""
    url = f"/api/v2/pages/{content['about'].pk}/"
    first = client.get(url)

    def unreachable(*args, **kwargs):
        raise AssertionError("the view ran for a stored answer")

    monkeypatch.setattr("cms.api.http.to_json", unreachable)
    monkeypatch.setattr("django.contrib.sessions.middleware.SessionMiddleware.process_request", unreachable)
    again = client.get(url)

    assert again.status_code == 200 and again.content == first.content
    shared = ("Content-Type", "Content-Length", "ETag", "Last-Modified", "Cache-Control", "X-Frame-Options")
    assert {name: again[name] for name in shared} == {name: first[name] for name in shared}


def test_only_an_endpoint_s_answers_are_stored(client, content):
    """A 404 of an unknown endpoint or a refused parameter is answered afresh each time, never stored."""
    for url in ("/api/v2/nowhere/", "/api/v2/pages/?limit=0", "/api/v2/pages/999999/"):
        first, again = client.get(url), client.get(url)
        assert first.status_code == again.status_code >= 400
        assert "ETag" not in again


def test_an_id_spelled_with_leading_zeros_is_answered_but_never_stored(client, content):
    url = f"/api/v2/pages/{content['about'].pk:05d}/"
    first, again = client.get(url), client.get(url)
    assert first.status_code == again.status_code == 200
    assert first.json()["id"] == content["about"].pk
    from django.test import RequestFactory

    from cms.api.http import answer_key

    assert answer_key(RequestFactory().get(url)) is None
    assert answer_key(RequestFactory().get(f"/api/v2/pages/{content['about'].pk}/")) is not None


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.example.org"])
def test_a_front_end_may_revalidate_by_hand(client, content):
    preflight = client.options(
        "/api/v2/pages/",
        HTTP_ORIGIN="https://app.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]


def test_answers_are_written_as_django_s_encoder_writes_them():
    """Dates, lazy translations, decimals, ids and Burmese text read as they did with ``json.dumps``."""
    import datetime
    import decimal
    import json
    import uuid

    from django.core.serializers.json import DjangoJSONEncoder
    from django.utils.translation import gettext_lazy

    from cms.api.http import to_json

    moment = datetime.datetime(2026, 2, 1, 9, 30, 15, 123456, tzinfo=datetime.UTC)
    data = {
        "published": moment,
        "date": moment.date(),
        "time": moment.time(),
        "label": gettext_lazy("Search"),
        "amount": decimal.Decimal("1.50"),
        "key": uuid.UUID("9b0b7999-b007-44c9-a745-bb7c7be95c6e"),
        "title": 'ပါလီမန် ငါးခုမှ "quoted" \\ \n',
        "nested": [(1, 2.5, None, True), {"empty": []}],
        7: "an id as a key",
    }

    expected = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")).encode()
    assert to_json(data) == expected
