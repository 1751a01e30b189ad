"""Join requests: the same guarantees as signatures, and only the Membership group sees them."""

import pytest
from django.core import mail

from participation.models import JoinRequest
from tests.participation.helpers import join_data

JOIN = "/en/campaign/join/"


def test_the_campaign_shows_the_join_form(client, campaign):
    html = client.get("/en/campaign/").content.decode()
    assert f'action="{JOIN}#join"' in html and 'name="phone"' in html and 'name="csrfmiddlewaretoken"' in html


def test_the_home_page_spotlight_shows_the_form_posting_to_the_campaign(client, campaign, home):
    home.spotlight = campaign
    home.save_revision().publish()
    assert f'action="{JOIN}#join"' in client.get("/en/").content.decode()


def test_a_valid_request_is_stored_for_the_site_and_the_team_is_told(client, campaign, home):
    response = client.post(JOIN, join_data())
    assert response.status_code == 302 and response["Location"] == "/en/campaign/joined/"
    request = JoinRequest.objects.get()
    assert (request.name, request.phone, request.site.root_page_id) == ("Aung Aung", "+95 9 123 456", home.pk)
    assert not request.handled
    assert "Thank you for your request" in client.get("/en/campaign/joined/").content.decode()
    assert len(mail.outbox) == 1 and "asks to join" in mail.outbox[0].subject
    assert "Aung" not in mail.outbox[0].body and "123 456" not in mail.outbox[0].body


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"email": "nope"}, "email"),
        ({"country": "xx"}, "country"),
        ({"phone": "9" * 41}, "phone"),
        ({"message": "m" * 2001}, "message"),
    ],
)
def test_bad_input_is_refused_field_by_field_and_nothing_is_stored(client, campaign, changes, field):
    response = client.post(JOIN, join_data(**changes))
    assert response.status_code == 400
    assert field in response.context["join_form"].errors
    assert 'class="field__error"' in response.content.decode() and 'class="form-errors"' in response.content.decode()
    assert 'value="House of Representatives"' in response.content.decode()  # what was typed stays
    assert not JoinRequest.objects.exists()


def test_honeypot_and_rate_limit(client, campaign, settings):
    settings.PARTICIPATION_RATE_LIMIT = 1
    assert client.post(JOIN, join_data(website="x")).status_code == 302
    assert not JoinRequest.objects.exists()
    assert client.post(JOIN, join_data()).status_code == 302
    assert client.post(JOIN, join_data()).status_code == 429
    assert JoinRequest.objects.count() == 1


def test_a_campaign_without_join_requests_has_no_form_and_refuses_posts(client, campaign):
    campaign.accept_join_requests = False
    campaign.save_revision().publish()
    assert client.post(JOIN, join_data()).status_code == 404
    assert f'action="{JOIN}#join"' not in client.get("/en/campaign/").content.decode()
