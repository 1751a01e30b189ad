"""The Membership admin as its users meet it: the dashboard panel, acting from it, the bulk
actions' wording in both languages, the download buttons and where a join request came from."""

import csv
import io
import re
from urllib.parse import unquote

import pytest
from django.utils import translation

from participation.bulk_actions import ApproveBulkAction, MarkHandledBulkAction, RejectBulkAction
from participation.models import JoinRequest, Status
from participation.roles import MEMBERSHIP
from tests.participation.helpers import add_signatory, join_data, user_in

SIGNATORIES = "/admin/snippets/participation/signatory/"
JOIN_REQUESTS = "/admin/snippets/participation/joinrequest/"


@pytest.fixture
def pending(statement, countries):
    return [add_signatory(statement, f"Waiting {n}", countries["th"], status=Status.PENDING) for n in range(7)]


def bulk_url(action, records, model="signatory", next_url=SIGNATORIES):
    ids = "&".join(f"id={record.pk}" for record in records)
    return f"/admin/bulk/participation/{model}/{action}/?next={next_url}&{ids}"


def panel(html, panel_id):
    """The HTML of one dashboard panel (Wagtail's panel component), or None when it is not shown."""
    found = re.search(rf'<section class="w-panel[^"]*" id="{panel_id}-section".*?</section>', html, re.S)
    return found and found.group(0)


def test_the_membership_panel_is_a_wagtail_panel_listing_what_waits(client, pending, django_assert_max_num_queries):
    client.force_login(user_in(MEMBERSHIP))
    client.get("/admin/")
    with django_assert_max_num_queries(30):
        html = client.get("/admin/").content.decode()
    membership = panel(html, "waiting-submissions")
    assert membership is not None and "w-panel--dashboard" in membership
    assert 'class="listing listing--dashboard"' in membership
    assert re.search(
        r'href="[^"]*status=pending">Signatures waiting for approval</a>.*?data-count="7"', membership, re.S
    )
    assert re.search(r'Join requests not yet handled</a>.*?data-count="0"', membership, re.S)
    shown = re.findall(r"Waiting \d", membership)
    assert shown == ["Waiting 0", "Waiting 1", "Waiting 2", "Waiting 3", "Waiting 4"]  # the oldest five
    assert membership.count(">Approve</a>") == 5 and membership.count(">Reject</a>") == 5


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Translators"])
def test_editing_roles_see_translations_and_never_personal_data(client, pending, group):
    client.force_login(user_in(group))
    html = client.get("/admin/").content.decode()
    assert panel(html, "burmese-translations") is not None
    assert panel(html, "waiting-submissions") is None and "Waiting 0" not in html


def test_membership_officers_do_not_see_the_translation_panel(client, pending):
    client.force_login(user_in(MEMBERSHIP))
    html = client.get("/admin/").content.decode()
    assert panel(html, "burmese-translations") is None and "Burmese translations" not in html
    assert panel(html, "waiting-submissions") is not None


def test_approving_from_the_dashboard_confirms_and_says_what_was_done(client, pending):
    client.force_login(user_in(MEMBERSHIP))
    html = panel(client.get("/admin/").content.decode(), "waiting-submissions")
    approve = re.search(r'href="([^"]+)">Approve</a>', html).group(1).replace("&amp;", "&")
    assert unquote(approve) == bulk_url("approve", pending[:1], next_url="/admin/")

    confirm = client.get(approve).content.decode()
    assert "Approve this signature?" in confirm and "Waiting 0" in confirm
    response = client.post(approve, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    dashboard = response.content.decode()
    assert "1 signature approved." in dashboard
    assert re.search(r'Signatures waiting for approval</a>.*?data-count="6"', dashboard, re.S)
    assert type(pending[0]).objects.get(pk=pending[0].pk).status == Status.APPROVED

    reject = re.search(r'href="([^"]+)">Reject</a>', panel(dashboard, "waiting-submissions")).group(1)
    rejected = client.post(reject.replace("&amp;", "&"), follow=True).content.decode()
    assert "1 signature rejected." in rejected
    assert type(pending[1]).objects.get(pk=pending[1].pk).status == Status.REJECTED


def test_bulk_texts_agree_with_the_number(client, pending):
    client.force_login(user_in(MEMBERSHIP))
    one = client.get(bulk_url("approve", pending[:1])).content.decode()
    five = client.get(bulk_url("reject", pending[:5])).content.decode()
    assert "Approve this signature?" in one and "these 1" not in one and "signatures?" not in one
    assert "Reject these 5 signatures?" in five and "Reject: these" not in five
    response = client.post(bulk_url("reject", pending[:5]), follow=True)
    assert "5 signatures rejected." in response.content.decode()


@pytest.mark.parametrize(
    ("action", "count", "english", "burmese"),
    [
        (ApproveBulkAction, 1, "Approve this signature?", "ဤလက်မှတ် 1 ခုကို အတည်ပြုမလား။"),
        (ApproveBulkAction, 5, "Approve these 5 signatures?", "ဤလက်မှတ် 5 ခုကို အတည်ပြုမလား။"),
        (RejectBulkAction, 2, "Reject these 2 signatures?", "ဤလက်မှတ် 2 ခုကို ပယ်ချမလား။"),
        (MarkHandledBulkAction, 1, "Mark this join request handled?", "ပါဝင်လိုကြောင်း တောင်းဆိုချက် 1 ခုကို ကိုင်တွယ်ပြီးဟု မှတ်မလား။"),
    ],
)
def test_bulk_questions_in_english_and_burmese(action, count, english, burmese):
    assert action.question(count) % {"count": count} == english
    with translation.override("my"):
        assert action.question(count) % {"count": count} == burmese


@pytest.mark.parametrize(
    ("action", "count", "english", "burmese"),
    [
        (ApproveBulkAction, 1, "1 signature approved.", "လက်မှတ် 1 ခုကို အတည်ပြုပြီးပါပြီ။"),
        (RejectBulkAction, 3, "3 signatures rejected.", "လက်မှတ် 3 ခုကို ပယ်ချပြီးပါပြီ။"),
        (MarkHandledBulkAction, 4, "4 join requests marked handled.", "တောင်းဆိုချက် 4 ခုကို ကိုင်တွယ်ပြီးဟု မှတ်ပြီးပါပြီ။"),
    ],
)
def test_bulk_results_in_english_and_burmese(action, count, english, burmese):
    assert action.done(count) % {"count": count} == english
    with translation.override("my"):
        assert action.done(count) % {"count": count} == burmese


@pytest.mark.parametrize("listing", [SIGNATORIES, JOIN_REQUESTS])
def test_the_download_buttons_are_in_the_header_with_the_filters(client, pending, listing):
    client.force_login(user_in(MEMBERSHIP))
    html = client.get(listing, {"country": pending[0].country_id}).content.decode()
    header = html.split('id="listing-results"', 1)[0]
    for label, export in (("Download CSV", "csv"), ("Download XLSX", "xlsx")):
        button = re.search(rf'<a href="([^"]+)"[^>]*w-header-button[^>]*>(?:(?!</a>).)*{label}', header, re.S)
        assert button is not None, label
        assert f"export={export}" in button.group(1) and f"country={pending[0].country_id}" in button.group(1)
    assert "Download CSV" not in html.split("w-dropdown", 1)[-1].split("</header>", 1)[0]


def test_a_join_request_keeps_its_campaign_in_the_admin_and_the_exports(client, campaign):
    assert client.post("/en/campaign/join/", join_data()).status_code == 302
    request = JoinRequest.objects.get()
    assert request.campaign_id == campaign.pk

    client.force_login(user_in(MEMBERSHIP))
    listing = client.get(JOIN_REQUESTS).content.decode()
    assert campaign.title in listing
    edit = client.get(f"{JOIN_REQUESTS}edit/{request.pk}/").content.decode()
    assert "Campaign page" in edit and campaign.title in edit
    export = client.get(JOIN_REQUESTS, {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert rows[0]["Campaign page"] == campaign.title
    confirm = client.get(bulk_url("mark_handled", [request], "joinrequest", JOIN_REQUESTS)).content.decode()
    assert f"from {campaign.title}" in confirm

    # The campaign cannot be changed by hand, and its deletion keeps the request.
    client.post(f"{JOIN_REQUESTS}edit/{request.pk}/", {"campaign": ""})
    assert JoinRequest.objects.get().campaign_id == campaign.pk
    campaign.delete()
    assert JoinRequest.objects.get().campaign_id is None
