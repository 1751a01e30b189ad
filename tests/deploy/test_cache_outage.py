"""Redis down: everything answers from the database, /healthz says so, rate limits hold per process."""

import logging

import pytest
from django.test import Client

from participation.models import JoinRequest, Signatory
from tests.factories import CampaignPageFactory
from tests.participation.helpers import join_data, sign_on_data

SIGN = "/en/publications/release/sign/"


@pytest.fixture
def site(statement, redis_down):
    """The statement fixture's site, built while the cache still worked, then the cache gone."""
    return statement


@pytest.mark.parametrize(
    "path",
    ["/en/", "/en/publications/", "/en/publications/release/", "/en/search/?q=release", "/api/v2/pages/"],
)
def test_pages_and_the_api_answer_from_the_database(site, client, path):
    assert client.get(path).status_code == 200


def test_api_answers_carry_the_content(site, client):
    titles = [item["title"] for item in client.get("/api/v2/pages/").json()["items"]]
    assert "Release the detained MPs" in titles


def test_a_signature_is_stored_and_the_failure_logged(site, client, caplog):
    with caplog.at_level(logging.ERROR, logger="cms.cache"):
        response = client.post(SIGN, sign_on_data(name="Daw Khin"))
    assert response.status_code == 302
    assert Signatory.objects.filter(name="Daw Khin").exists()
    assert any("Exception ignored" in record.getMessage() for record in caplog.records)


def test_the_join_form_stores_its_request(home, countries, redis_down, client):
    campaign = CampaignPageFactory(parent=home, slug="campaign", accept_join_requests=True)
    campaign.save_revision().publish()
    response = client.post("/en/campaign/join/", join_data(name="U Ba"))
    assert response.status_code == 302
    assert JoinRequest.objects.filter(name="U Ba").exists()


def test_the_rate_limit_falls_back_to_this_process(site, settings):
    settings.PARTICIPATION_RATE_LIMIT = 2
    visitor = Client(REMOTE_ADDR="203.0.113.9")
    statuses = [visitor.post(SIGN, sign_on_data(name=f"Try {n}")).status_code for n in range(3)]
    assert statuses == [302, 302, 429]
    assert Signatory.objects.filter(name__startswith="Try").count() == 2


def test_healthz_reports_degraded(site, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "error"}
