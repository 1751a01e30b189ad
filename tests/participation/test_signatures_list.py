"""The public list: approved signatures counted, consenting signatories named, by country, paginated."""

from cms.content_cache import bump_content_version
from participation.models import Status
from participation.signing import PAGE_SIZE, Signatures, country_counts, signed_statements
from publications.templatetags.publication_tags import signature_totals
from tests.participation.helpers import add_signatory


def test_counts_name_only_approved_and_consenting_signatories(client, statement, countries):
    add_signatory(statement, "Named One", countries["th"])
    add_signatory(statement, "Named Two", countries["gb"])
    add_signatory(statement, "Quiet Person", countries["gb"], consent=False)
    add_signatory(statement, "Waiting Person", countries["mm"], status=Status.PENDING)
    add_signatory(statement, "Refused Person", countries["mm"], status=Status.REJECTED)
    html = client.get("/en/publications/release/").content.decode()
    assert "Signed by 3 parliamentarians from 2 countries." in html
    assert "Named One" in html and "Named Two" in html
    assert "1 signatory asked not to be named." in html
    for hidden in ("Quiet Person", "Waiting Person", "Refused Person", "named@example.org", "quiet@example.org"):
        assert hidden not in html
    assert '<option value="mm"' not in html.split('id="signatories-country"')[1].split("</select>")[0]


def test_the_list_filters_by_country_and_ignores_an_unknown_one(client, statement, countries):
    add_signatory(statement, "Thai Member", countries["th"])
    add_signatory(statement, "British Member", countries["gb"])
    html = client.get("/en/publications/release/?signatories_country=gb").content.decode()
    assert "British Member" in html and "Thai Member" not in html
    assert '<option value="gb" selected>' in html
    unknown = client.get("/en/publications/release/?signatories_country=%3Cscript%3E").content.decode()
    assert "Thai Member" in unknown and "British Member" in unknown and "all countries are shown" in unknown
    assert "<script>" not in unknown


def test_the_list_is_paginated(client, statement, countries):
    for number in range(PAGE_SIZE + 3):
        add_signatory(statement, f"Member {number:03d}", countries["th"])
    first = client.get("/en/publications/release/").content.decode()
    assert "Member 000" in first and f"Member {PAGE_SIZE:03d}" not in first
    assert "?signatories_page=2#signatories" in first
    second = client.get("/en/publications/release/?signatories_page=2").content.decode()
    assert f"Member {PAGE_SIZE:03d}" in second and "Member 000" not in second
    assert client.get("/en/publications/release/?signatories_page=abc").status_code == 200


def test_the_statement_page_queries_stay_flat_however_many_sign(
    client, statement, countries, django_assert_max_num_queries
):
    for number in range(60):
        add_signatory(statement, f"Member {number:03d}", countries["th" if number % 2 else "gb"])
    client.get("/en/publications/release/")  # warm the per-version caches
    with django_assert_max_num_queries(22):
        assert client.get("/en/publications/release/").status_code == 200


def test_a_statement_nobody_signed_counts_without_a_query(statement, countries, django_assert_num_queries):
    assert country_counts(statement, statement.locale_id) == []
    bump_content_version()
    signed_statements()  # once per content version, for every statement
    with django_assert_num_queries(0):
        assert country_counts(statement, statement.locale_id) == []
    add_signatory(statement, "Waiting Person", countries["mm"], status=Status.PENDING)
    assert country_counts(statement, statement.locale_id) == []  # pending: nothing to count yet
    signatory = add_signatory(statement, "Named One", countries["th"])
    assert statement.translation_key in signed_statements()
    assert [(item.code, item.count) for item in country_counts(statement, statement.locale_id)] == [("th", 1)]
    signatory.status = Status.REJECTED
    signatory.save()
    assert country_counts(statement, statement.locale_id) == []


def test_a_featured_statement_counts_the_countries_merged_into_other_countries(statement, countries, rf):
    add_signatory(statement, "Named Thai", countries["th"])
    add_signatory(statement, "Unnamed Briton", countries["gb"], consent=False)
    add_signatory(statement, "Unnamed Burmese", countries["mm"], consent=False)
    shown = Signatures(statement, rf.get("/"))
    assert [item.code for item in shown.countries] == ["th", ""]  # two small unnamed groups merged
    assert signature_totals(statement) == {"people": 3, "countries": 3} and shown.country_count == 3
