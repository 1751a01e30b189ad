"""The sign-on form: stored as pending, checked on every field, guarded against bots and floods."""

import re

import pytest
from django.core import mail
from django.test import Client

from cms.content_cache import content_version
from participation.models import Signatory, Status
from tests.participation.helpers import sign_on_data

SIGN = "/en/publications/release/sign/"


def sign(client, **changes):
    return client.post(SIGN, sign_on_data(**changes))


def test_the_statement_shows_the_form_with_csrf_and_a_hidden_honeypot(client, statement):
    html = client.get("/en/publications/release/").content.decode()
    assert 'action="/en/publications/release/sign/#sign"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<div class="honeypot" aria-hidden="true">' in html and 'name="website"' in html
    assert 'name="submission_id"' in html and 'name="consent_to_list"' in html
    assert '<label for="id_name">Full name <span class="required">(required)</span></label>' in html
    assert '<label for="id_party">Party</label>' in html
    assert '<label for="id_consent_to_list">List my name publicly</label>' in html


def test_the_statement_offers_signing_at_the_top_and_the_form_before_the_list(client, statement):
    html = client.get("/en/publications/release/").content.decode()
    jump = html.index('<a class="button" href="#sign">Sign this statement</a>')
    assert jump < html.index('id="sign"') < html.index('id="signatories"')
    assert html.index("<h1>") < jump < html.index('class="citation"')


def test_a_valid_signature_is_stored_pending_and_the_team_is_told_without_personal_data(client, statement):
    response = sign(client)
    assert response.status_code == 302 and response["Location"] == "/en/publications/release/signed/"
    signatory = Signatory.objects.get()
    assert (signatory.name, signatory.country.code, signatory.status) == ("Aung Aung", "th", Status.PENDING)
    assert signatory.statement_id == statement.pk and signatory.consent_to_list
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200 and "Thank you for signing" in thanks.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["contact@example.org"] and "Release the detained MPs" in message.subject
    assert "/admin/snippets/participation/signatory/" in message.body
    for personal in ("Aung", "aung@example.org", "House of Representatives"):
        assert personal not in message.subject + message.body


def test_a_pending_signature_is_neither_counted_nor_named(client, statement):
    sign(client, name="Pending Person")
    html = client.get("/en/publications/release/").content.decode()
    assert "Pending Person" not in html
    assert "No signatures yet." in html


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "This field is required."),
        ({"name": "x" * 201}, "name", "Use at most 200 characters (this has 201)."),
        ({"parliament": ""}, "parliament", "This field is required."),
        ({"email": "not an email"}, "email", "Enter an email address like name@example.org."),
        ({"email": ""}, "email", "This field is required."),
        ({"country": "zz"}, "country", "Choose one of the options in the list."),
        ({"country": ""}, "country", "This field is required."),
        ({"confirm": None}, "confirm", "Please confirm that you sign this statement."),
    ],
)
def test_bad_input_gets_a_clear_error_and_stores_nothing(client, statement, changes, field, message):
    response = sign(client, **changes)
    assert response.status_code == 400
    form = response.context["sign_form"]
    assert message in " ".join(form.errors[field])
    html = response.content.decode()
    field_id = f"id_{field}"
    assert f'<div class="field__error" id="{field_id}_error"><p>{message}' in html
    widget = re.search(f'<(?:input|select)[^>]*id="{field_id}"[^>]*>', html).group()
    assert re.search(f'aria-describedby="[^"]*{field_id}_error"', widget) and 'aria-invalid="true"' in widget
    assert "Please correct this field:" in html and f'<li><a href="#{field_id}">' in html
    assert not Signatory.objects.exists()
    if "name" not in changes:
        assert 'value="Aung Aung"' in response.content.decode()  # nothing typed is lost


def test_zawgyi_is_converted_and_shown_back_before_anything_is_stored(client, statement):
    zawgyi = "ေဒၚေအာင္ဆန္းစုၾကည္"  # Daw Aung San Suu Kyi typed in Zawgyi
    response = sign(client, name=zawgyi)
    assert response.status_code == 400
    converted = response.context["sign_form"].data["name"]
    assert converted != zawgyi and "Typed in Zawgyi" in response.content.decode()
    assert not Signatory.objects.exists()
    assert sign(client, name=converted).status_code == 302
    assert Signatory.objects.get().name == converted


def test_the_honeypot_pretends_success_and_stores_nothing(client, statement):
    response = sign(client, website="http://spam.example.com")
    assert response.status_code == 302 and response["Location"].endswith("/signed/")
    assert not Signatory.objects.exists() and not mail.outbox


def test_the_rate_limit_refuses_a_flood_from_one_client(client, statement, settings):
    settings.PARTICIPATION_RATE_LIMIT = 3
    assert [sign(client, name="").status_code for n in range(5)] == [400] * 5  # corrections are not a flood
    assert [sign(client, name=f"Person {n}").status_code for n in range(3)] == [302, 302, 302]
    refused = sign(client, name="Person 4")
    assert refused.status_code == 429 and "Too many submissions" in refused.content.decode()
    assert Signatory.objects.count() == 3
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert other.post(SIGN, sign_on_data(name="Someone else")).status_code == 302


def test_a_mangled_submission_id_is_replaced_not_an_error(client, statement):
    assert sign(client, submission_id="not-a-uuid").status_code == 302
    assert sign(client, submission_id=None).status_code == 302
    assert Signatory.objects.count() == 2


def test_the_same_form_posted_twice_is_stored_once(client, statement):
    data = sign_on_data()
    assert client.post(SIGN, data).status_code == 302
    assert client.post(SIGN, data).status_code == 302
    assert Signatory.objects.count() == 1


def test_a_post_without_the_csrf_token_is_refused(statement):
    client = Client(enforce_csrf_checks=True)
    assert client.post(SIGN, sign_on_data()).status_code == 403
    assert not Signatory.objects.exists()


def test_closed_statements_and_other_publications_take_no_signatures(client, statement):
    statement.open_for_signatures = False
    statement.save_revision().publish()
    assert client.post(SIGN, sign_on_data()).status_code == 404
    assert client.get("/en/publications/release/signed/").status_code == 404
    assert (
        'action="/en/publications/release/sign/#sign"' not in client.get("/en/publications/release/").content.decode()
    )


def test_only_statements_can_be_opened_for_signatures(statement):
    from django.core.exceptions import ValidationError

    statement.publication_type = "report"
    with pytest.raises(ValidationError) as error:
        statement.full_clean()
    assert "Only statements can be signed." in str(error.value)


def test_get_on_the_sign_route_leads_to_the_form(client, statement):
    response = client.get(SIGN)
    assert response.status_code == 302 and response["Location"] == "/en/publications/release/#sign"


def test_a_failing_mail_server_loses_nothing(client, statement, settings):
    settings.EMAIL_BACKEND = "tests.participation.broken_mail.BrokenBackend"
    assert sign(client).status_code == 302
    assert Signatory.objects.count() == 1


def test_the_burmese_statement_takes_signatures_for_the_same_statement(client, statement, burmese):
    from cms.translation import translate_page

    translate_page(statement.get_parent().get_parent(), burmese)
    translate_page(statement.get_parent(), burmese)
    translate_page(statement, burmese, {"Release the detained MPs": "ထုတ်ပြန်ချက်"})
    form_page = client.get("/my/publications/release/").content.decode()
    assert "ဤထုတ်ပြန်ချက်ကို လက်မှတ်ထိုးပါ" in form_page and 'lang="my"' in form_page
    assert client.post("/my/publications/release/sign/", sign_on_data()).status_code == 302
    signatory = Signatory.objects.get()
    assert signatory.statement_id == statement.pk  # stored on the English statement, whatever was signed
    signatory.status = Status.APPROVED
    signatory.save()
    assert "Aung Aung" in client.get("/en/publications/release/").content.decode()


def test_a_campaign_featuring_an_open_statement_invites_to_sign_it(client, statement, home):
    from tests.factories import CampaignPageFactory

    campaign = CampaignPageFactory(parent=home, slug="campaign", featured_statement=statement)
    campaign.save_revision().publish()
    assert 'href="/en/publications/release/#sign"' in client.get("/en/campaign/").content.decode()


def test_a_pending_signature_keeps_the_caches_and_its_approval_refreshes_them(client, statement):
    before = content_version()
    assert sign(client).status_code == 302
    assert content_version() == before  # nothing public changed
    signatory = Signatory.objects.get()
    signatory.status = Status.APPROVED
    signatory.save()
    approved = content_version()
    assert approved != before
    signatory.delete()
    assert content_version() != approved


def test_the_error_summary_names_every_field_to_correct_in_burmese(client, statement):
    response = client.post(
        "/my/publications/release/sign/", sign_on_data(name="", parliament="", email="bad", confirm=None)
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "ဤအကွက် ၄ ခုကို ပြင်ပေးပါ-" in html  # four fields, in Burmese digits
    for field_id in ("id_name", "id_parliament", "id_email", "id_confirm"):
        assert f'<li><a href="#{field_id}">' in html
    assert not Signatory.objects.exists()
