"""Public counts never point at a small group of unnamed people."""

import pytest

from participation.models import Status
from tests.factories import CountryFactory
from tests.participation.helpers import add_signatory


@pytest.fixture
def signed(statement, countries):
    norway = CountryFactory(name="Norway", code="no")
    for number in range(4):
        add_signatory(statement, f"Thai {number}", countries["th"])
    add_signatory(statement, "Lone Norwegian", norway, consent=False)
    add_signatory(statement, "Named Briton", countries["gb"])
    add_signatory(statement, "Unnamed Briton", countries["gb"], consent=False)
    add_signatory(statement, "Waiting", norway, status=Status.PENDING, consent=False)
    return statement


def test_a_country_with_one_unnamed_signer_is_counted_under_other_countries(client, signed):
    html = client.get(signed.url).content.decode()
    assert "Norway (1)" not in html and "United Kingdom (2)" not in html
    assert "Thailand (4)" in html
    assert "3 signatures from other countries." in html
    assert "Signed by 7 parliamentarians from 3 countries." in html


def test_the_api_counts_the_same_way(client, signed):
    data = client.get(f"/api/v2/pages/{signed.pk}/").json()["content"]["signatures"]
    countries = {item["value"]: item["count"] for item in data["countries"]}
    assert countries == {"th": 4, "": 3}
    assert data["total_count"] == 7 and data["country_count"] == 3


def test_the_threshold_is_a_setting(client, signed, settings):
    settings.PUBLIC_GROUP_MINIMUM = 1
    html = client.get(signed.url).content.decode()
    assert "Norway (1)" in html and "other countries" not in html
