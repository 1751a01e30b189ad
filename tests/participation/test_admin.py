"""Only the Membership group sees submissions in the admin: real users in real groups."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group

from participation.models import JoinRequest, Status
from participation.roles import MEMBERSHIP
from tests.participation.helpers import add_signatory, user_in

SIGNATORIES = "/admin/snippets/participation/signatory/"
JOIN_REQUESTS = "/admin/snippets/participation/joinrequest/"
MEMBERS = "/admin/snippets/participation/member/"


@pytest.fixture
def submissions(statement, countries, home):
    pending = [add_signatory(statement, f"Pending {n}", countries["th"], status=Status.PENDING) for n in range(3)]
    request = JoinRequest.objects.create(
        site=home.get_site(), name="Joining Person", country=countries["mm"], parliament="Pyithu Hluttaw",
        email="joining@example.org", phone="+95 9 555",
    )  # fmt: skip
    return {"pending": pending, "join_request": request}


def bulk_url(action, objects, model="signatory", listing=SIGNATORIES):
    ids = "&".join(f"id={item.pk}" for item in objects)
    return f"/admin/bulk/participation/{model}/{action}/?next={listing}&{ids}"


def test_the_membership_group_exists_with_its_permissions(db):
    codenames = set(Group.objects.get(name=MEMBERSHIP).permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_signatory", "change_signatory", "view_joinrequest", "view_member"} <= codenames


def test_membership_lists_filters_and_exports_submissions(client, submissions):
    client.force_login(user_in(MEMBERSHIP))
    listing = client.get(SIGNATORIES, {"status": "pending"})
    assert listing.status_code == 200 and "Pending 0" in listing.content.decode()
    export = client.get(SIGNATORIES, {"export": "csv"})
    assert export.status_code == 200 and "text/csv" in export["Content-Type"]
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert "Email" in rows[0] and len(rows) == 4
    joins = client.get(JOIN_REQUESTS, {"export": "csv"})
    text = b"".join(joins.streaming_content).decode("utf-8-sig")
    assert "Joining Person" in text and "+95 9 555" in text
    assert client.get(f"{JOIN_REQUESTS}edit/{submissions['join_request'].pk}/").status_code == 200
    assert "Membership" in client.get("/admin/").content.decode()


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Translators"])
def test_other_roles_reach_no_submission(client, submissions, group):
    client.force_login(user_in(group))
    request = submissions["join_request"]
    for url in (
        SIGNATORIES,
        f"{SIGNATORIES}?export=csv",
        f"{SIGNATORIES}edit/{submissions['pending'][0].pk}/",
        JOIN_REQUESTS,
        f"{JOIN_REQUESTS}?export=csv",
        f"{JOIN_REQUESTS}edit/{request.pk}/",
        MEMBERS,
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"Joining Person" not in response.content and b"Pending 0" not in response.content
    assert "Pending 0" not in client.get("/admin/").content.decode()
    response = client.post(bulk_url("approve", submissions["pending"]))
    assert response.status_code in (302, 403)
    assert set(submissions["pending"][0].__class__.objects.values_list("status", flat=True)) == {Status.PENDING}
    response = client.post(bulk_url("mark_handled", [request], "joinrequest", JOIN_REQUESTS))
    assert response.status_code in (302, 403) and not JoinRequest.objects.get().handled


def test_anonymous_visitors_are_sent_to_the_login(client, submissions):
    response = client.get(SIGNATORIES)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_membership_approves_in_bulk_and_the_statement_counts_them(client, submissions, statement):
    client.force_login(user_in(MEMBERSHIP))
    pending = submissions["pending"]
    confirm = client.get(bulk_url("approve", pending[:2]))
    assert confirm.status_code == 200 and "Pending 1" in confirm.content.decode()
    response = client.post(bulk_url("approve", pending[:2]))
    assert response.status_code == 302
    statuses = dict(type(pending[0]).objects.values_list("name", "status"))
    assert statuses == {"Pending 0": Status.APPROVED, "Pending 1": Status.APPROVED, "Pending 2": Status.PENDING}
    html = client.get("/en/publications/release/").content.decode()
    assert "Signed by 2 parliamentarians from 1 country." in html and "Pending 2" not in html
    client.post(bulk_url("reject", pending[2:]))
    assert type(pending[0]).objects.get(name="Pending 2").status == Status.REJECTED


def test_membership_adds_a_member_and_zawgyi_is_caught(client, home):
    from participation.models import Member
    from tests.factories import NetworkPageFactory

    network = NetworkPageFactory(parent=home, slug="network")
    client.force_login(user_in(MEMBERSHIP))
    data = {
        "network": network.pk,
        "name": "ေဒၚခင္မာဝင္း",  # typed in Zawgyi
        "ethnic_group": "Kachin",
        "level": "union",
        "parliament": "Pyithu Hluttaw",
        "term": "re-elected",
        "email": "",
        "phone": "",
        "notes": "",
    }
    response = client.post(f"{MEMBERS}add/", data)
    assert response.status_code == 200 and "Typed in Zawgyi" in response.content.decode()
    assert not Member.objects.exists()
    converted = response.context["form"].data["name"]
    response = client.post(f"{MEMBERS}add/", {**data, "name": converted})
    assert response.status_code == 302
    assert Member.objects.get().name == converted and not Member.objects.get().consent_to_list


def test_the_dashboard_tells_membership_what_waits_and_others_nothing(client, submissions):
    client.force_login(user_in(MEMBERSHIP))
    html = client.get("/admin/").content.decode()
    assert re.search(r'Signatures waiting for approval</a>.*?data-count="3"', html, re.S)
    assert re.search(r'Join requests not yet handled</a>.*?data-count="1"', html, re.S)
    assert client.get(f"{SIGNATORIES}?status=pending").status_code == 200
    assert "Joining Person" in client.get(f"{JOIN_REQUESTS}?handled=false").content.decode()
    JoinRequest.objects.update(handled=True)
    assert "Joining Person" not in client.get(f"{JOIN_REQUESTS}?handled=false").content.decode()
    client.force_login(user_in("Editors"))
    assert "Signatures waiting for approval" not in client.get("/admin/").content.decode()


def test_membership_marks_join_requests_handled_in_bulk(client, submissions, countries, django_assert_max_num_queries):
    site = submissions["join_request"].site
    more = [
        JoinRequest.objects.create(site=site, name=f"Joiner {n}", country=countries["th"], parliament="Senate")
        for n in range(5)
    ]
    client.force_login(user_in(MEMBERSHIP))
    chosen = [submissions["join_request"], *more[:4]]
    url = bulk_url("mark_handled", chosen, "joinrequest", JOIN_REQUESTS)
    client.get(url)  # warm the session and permission caches
    with django_assert_max_num_queries(12):  # 10 measured, the same for 1 and 5 requests
        confirm = client.get(url)
    html = confirm.content.decode()
    assert confirm.status_code == 200 and "Mark these 5 join requests handled?" in html
    assert "Joining Person</a>, Pyithu Hluttaw, to " in html and "not handled yet" in html
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == JOIN_REQUESTS
    handled = dict(JoinRequest.objects.values_list("name", "handled"))
    assert sum(handled.values()) == 5 and handled["Joiner 4"] is False
    dashboard = client.get("/admin/").content.decode()
    assert re.search(r'Join requests not yet handled</a>.*?data-count="1"', dashboard, re.S)


def test_membership_sees_possible_duplicates(client, statement, countries, django_assert_max_num_queries):
    add_signatory(statement, "Aye Aye", countries["mm"], email="aye@example.org")
    add_signatory(statement, "aye aye", countries["mm"], status=Status.PENDING, email="")  # same name, country
    add_signatory(statement, "Daw Aye", countries["th"], status=Status.PENDING, email="AYE@example.org")  # same email
    add_signatory(statement, "Aye Aye", countries["th"], email="")  # same name, other country: someone else
    for n in range(20):
        add_signatory(statement, f"Unique {n}", countries["gb"], email=f"unique{n}@example.org")
    client.force_login(user_in(MEMBERSHIP))
    client.get(SIGNATORIES)
    with django_assert_max_num_queries(15):  # 13 measured, the same for 3 rows as for 24
        assert client.get(SIGNATORIES).status_code == 200
    listing = client.get(SIGNATORIES, {"possible_duplicate": "true"})
    flagged = [row.name for row in listing.context["object_list"]]
    assert sorted(flagged) == ["Aye Aye", "Daw Aye", "aye aye"]
    assert {row.country.code for row in listing.context["object_list"] if row.name == "Aye Aye"} == {"mm"}
    assert "Possible duplicate" in listing.content.decode()
    export = client.get(SIGNATORIES, {"export": "csv", "possible_duplicate": "false"})
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 21 and {row["Possible duplicate"] for row in rows} == {"False"}
