"""Database down: 503 with Retry-After, in the visitor's language, JSON under /api/; nothing counted."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

from participation.models import Signatory
from tests.participation.helpers import sign_on_data

SIGN = "/en/publications/release/sign/"


@pytest.fixture
def database_down():
    """Every new cursor fails as on a refused connection."""
    failure = OperationalError("connection to server at 127.0.0.1 failed: Connection refused")
    with mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.cursor", side_effect=failure):
        yield


@pytest.fixture
def visitor():
    """A browser: the test client would re-raise the exception instead of showing the answer."""
    return Client(raise_request_exception=False)


def test_a_page_answers_503_in_english(statement, database_down, visitor):
    response = visitor.get("/en/publications/release/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="en">' in html and "Temporarily unavailable" in html and "css/site.css" in html


def test_a_burmese_page_answers_in_burmese(statement, database_down, visitor):
    response = visitor.get("/my/publications/release/")
    assert response.status_code == 503
    html = response.content.decode()
    assert '<html lang="my">' in html and "ခေတ္တ အသုံးမပြုနိုင်ပါ" in html


def test_the_api_answers_503_in_json(statement, database_down, visitor):
    response = visitor.get("/api/v2/pages/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json()["error"]["code"] == "unavailable"


def test_a_form_post_answers_503(statement, database_down, visitor):
    response = visitor.post(SIGN, sign_on_data())
    assert response.status_code == 503


def test_a_submission_that_was_not_stored_does_not_count(statement, settings, visitor):
    settings.PARTICIPATION_RATE_LIMIT = 1
    with mock.patch.object(Signatory, "save", side_effect=OperationalError("server closed the connection")):
        assert visitor.post(SIGN, sign_on_data(name="Lost")).status_code == 503
    assert visitor.post(SIGN, sign_on_data(name="Stored")).status_code == 302
    assert visitor.post(SIGN, sign_on_data(name="Third")).status_code == 429
    assert list(Signatory.objects.values_list("name", flat=True)) == ["Stored"]


def test_other_errors_stay_500(statement, visitor):
    with mock.patch("participation.routes.receive", side_effect=RuntimeError("a bug")):
        assert visitor.post(SIGN, sign_on_data()).status_code == 500
    with mock.patch("cms.api.http.to_json", side_effect=RuntimeError("a bug")):
        response = visitor.get("/api/v2/pages/")
    assert response.status_code == 500 and response.json()["error"]["code"] == "server_error"


def test_healthz_reports_the_database_down(database_down, visitor):
    response = visitor.get("/healthz")
    assert response.status_code == 503 and response.json()["status"] == "unavailable"
