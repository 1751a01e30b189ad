"""Member records behind the network's figures: private by default, no figure singles anyone out."""

import pytest

from cms.content_cache import bump_content_version
from cms.translation import translate_page
from network.figures import member_figures
from participation.models import Member
from tests.factories import NetworkPageFactory

GROUPS = [
    "Bamar", "Shan", "Kachin", "Karen", "Karenni", "Chin", "Mon",
    "Rakhine", "Ta'ang", "Pa-O", "Naga", "Lisu", "Kayan",
]  # fmt: skip


@pytest.fixture
def network(home):
    page = NetworkPageFactory(
        parent=home, slug="about", members_label="women MPs", figures=[("figure", {"value": "7", "label": "typed"})]
    )
    page.save_revision().publish()
    return page


def add_members(network, count, re_elected, union, consenting=0, groups=GROUPS):
    Member.objects.bulk_create(
        Member(
            network=network,
            name=f"Daw Member {number:03d}",
            ethnic_group=groups[number % len(groups)],
            level="union" if number < union else "state-region",
            parliament="Pyithu Hluttaw" if number < union else "Shan State Hluttaw",
            term="re-elected" if number < re_elected else "newly-elected",
            consent_to_list=number < consenting,
            email=f"member{number:03d}@example.org",
            phone=f"+95 9 000 {number:03d}",
            notes=f"private note {number:03d}",
        )
        for number in range(count)
    )
    bump_content_version()  # bulk_create sends no signal; the admin's saves and bulk actions bump it


def figures(network, language="en"):
    return {
        item["label"]: item["value"]
        for item in member_figures(network.member_records(), network.members_label, language)
    }


def test_figures_follow_the_member_records_of_mwpn(network):
    add_members(network, 105, re_elected=63, union=45)
    assert figures(network) == {
        "women MPs": "100+",
        "re-elected in 2020": "60%",
        "elected for the first time": "40%",
        "ethnic groups represented": "13",
        "in the Union parliament": "40+",
        "in State and Region parliaments": "60+",
    }


def test_the_page_shows_computed_figures_instead_of_typed_ones(client, network):
    assert "<dt>typed</dt>" in client.get("/en/about/").content.decode()
    add_members(network, 105, re_elected=63, union=45)
    html = client.get("/en/about/").content.decode()
    assert "<dt>women MPs</dt><dd>100+</dd>" in html and "<dt>typed</dt>" not in html


def test_a_split_with_a_group_under_five_is_not_shown_nor_its_complement(network):
    add_members(network, 30, re_elected=4, union=26)
    shown = figures(network)
    assert shown["women MPs"] == "30+"
    for label in (
        "re-elected in 2020",
        "elected for the first time",
        "in the Union parliament",
        "in State and Region parliaments",
    ):
        assert label not in shown


def test_fewer_than_five_members_give_no_figure_at_all(network):
    add_members(network, 4, re_elected=2, union=2)
    assert figures(network) == {}
    assert member_figures(Member.objects.none(), "members", "en") == []


def test_only_consenting_members_are_named_and_nothing_private_is_shown(client, network):
    add_members(network, 20, re_elected=10, union=10, consenting=2)
    html = client.get("/en/about/").content.decode()
    assert "Daw Member 000, Pyithu Hluttaw" in html and "Daw Member 001" in html
    for private in ("Daw Member 002", "member000@example.org", "+95 9 000", "private note", "Bamar"):
        assert private not in html
    data = client.get(f"/api/v2/pages/{network.pk}/").json()["content"]
    assert data["members"] == [
        {"name": "Daw Member 000", "parliament": "Pyithu Hluttaw"},
        {"name": "Daw Member 001", "parliament": "Pyithu Hluttaw"},
    ]
    assert {"value": "20+", "label": "women MPs"} in data["figures"]
    text = str(data)
    assert "member000@example.org" not in text and "Daw Member 002" not in text and "private note" not in text


def test_the_burmese_page_counts_the_same_members_in_burmese(client, network, burmese):
    add_members(network, 105, re_elected=63, union=45)
    translate_page(network.get_parent(), burmese)
    translate_page(network, burmese, {"women MPs": "အမျိုးသမီး ကိုယ်စားလှယ်"})
    html = client.get("/my/about/").content.decode()
    assert "<dt>အမျိုးသမီး ကိုယ်စားလှယ်</dt><dd>၁၀၀+</dd>" in html
    assert "<dt>၂၀၂၀ တွင် ပြန်လည်ရွေးချယ်ခံရ</dt><dd>၆၀%</dd>" in html


def test_a_new_member_record_refreshes_the_cached_figures(client, network):
    add_members(network, 10, re_elected=5, union=5)
    assert "<dd>10</dd>" in client.get("/en/about/").content.decode()
    Member.objects.create(network=network, name="One more", level="union", parliament="P", term="re-elected")
    assert "<dd>11</dd>" in client.get("/en/about/").content.decode()
