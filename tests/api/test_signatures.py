"""Signatures in the API: counts in the statement's content, named signatories paginated, nothing private."""

import pytest

from participation.models import Status
from tests.participation.helpers import add_signatory


@pytest.fixture
def signed(statement, countries):
    add_signatory(statement, "Named Thai", countries["th"], party="Party A", role="Senator", honorific="Hon.")
    add_signatory(statement, "Named Briton", countries["gb"])
    add_signatory(statement, "Unnamed Briton", countries["gb"], consent=False)
    add_signatory(statement, "Waiting Person", countries["mm"], status=Status.PENDING)
    return statement


def test_the_statement_content_has_counts_by_country(client, signed):
    signatures = client.get(f"/api/v2/pages/{signed.pk}/").json()["content"]["signatures"]
    assert signatures == {
        "open": True,
        "total_count": 3,
        "country_count": 2,
        "countries": [
            {"value": "th", "name": "Thailand", "count": 1},
            {"value": "", "name": "Other countries", "count": 2},  # one unnamed Briton: not shown alone
        ],
        "listed_count": 2,
        "signatories_url": f"http://testserver/api/v2/pages/{signed.pk}/signatories/",
    }


def test_named_signatories_are_listed_with_public_fields_only(client, signed):
    data = client.get(f"/api/v2/pages/{signed.pk}/signatories/").json()
    assert data["meta"] == {"total_count": 2, "limit": 20, "offset": 0}
    assert [item["name"] for item in data["items"]] == ["Named Briton", "Named Thai"]
    assert data["items"][1] == {
        "name": "Named Thai",
        "honorific": "Hon.",
        "country": {"taxonomy": "country", "value": "th", "name": "Thailand"},
        "parliament": "Parliament",
        "party": "Party A",
        "role": "Senator",
        "signed_on": data["items"][1]["signed_on"],
    }
    assert "@example.org" not in str(data) and "Unnamed" not in str(data) and "Waiting" not in str(data)


def test_signatories_filter_by_country_and_refuse_bad_parameters(client, signed):
    url = f"/api/v2/pages/{signed.pk}/signatories/"
    assert [item["name"] for item in client.get(url, {"country": "gb"}).json()["items"]] == ["Named Briton"]
    assert client.get(url, {"country": "mm"}).status_code == 400  # only a pending signature: no such country
    bad = client.get(url, {"country": "zz"})
    assert bad.status_code == 400 and bad.json()["error"]["parameter"] == "country"
    assert client.get(url, {"limit": "0"}).status_code == 400
    assert client.get(url, {"colour": "red"}).status_code == 400


def test_other_pages_have_no_signatories(client, signed, home):
    assert client.get(f"/api/v2/pages/{home.pk}/signatories/").status_code == 404
    assert client.get("/api/v2/pages/999999/signatories/").status_code == 404
    signed.publication_type = "report"
    signed.open_for_signatures = False
    signed.save_revision().publish()
    assert client.get(f"/api/v2/pages/{signed.pk}/").json()["content"]["signatures"] is None
    assert client.get(f"/api/v2/pages/{signed.pk}/signatories/").status_code == 404


def test_the_signatories_list_queries_stay_flat(client, signed, countries, django_assert_max_num_queries):
    for number in range(30):
        add_signatory(signed, f"Member {number:02d}", countries["th"])
    with django_assert_max_num_queries(9):  # a first request: the site is also read for the content cache
        assert client.get(f"/api/v2/pages/{signed.pk}/signatories/?limit=50").status_code == 200
