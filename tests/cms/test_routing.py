"""Sites, routes and view restrictions read from the content cache: fewer queries, never stale."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction, Site

from cms.content_cache import cache_key
from cms.models import SiteBranding
from tests.factories import ContentPageFactory, HomePageFactory, PublicationIndexPageFactory, PublicationPageFactory


@pytest.fixture
def section(home):
    about = ContentPageFactory(parent=home, title="About us", slug="about", intro="Who we are")
    team = ContentPageFactory(parent=about, title="Our team", slug="team", intro="The people")
    return about, team


@pytest.fixture
def visitor(client):
    client.cookies["uncached"] = "1"  # the whole-page cache never answers a visitor with a cookie
    return client


def test_a_remembered_route_serves_the_page_with_fewer_queries(visitor, section, django_assert_max_num_queries):
    team = section[1]
    first = visitor.get("/en/about/team/")
    assert first.status_code == 200 and "The people" in first.content.decode()
    # Cached now: the page (one query), its restrictions skipped, branding and the page's own content.
    with django_assert_max_num_queries(4):
        again = visitor.get("/en/about/team/")
    assert again.content == first.content
    assert team.url == "/en/about/team/"


def test_a_moved_or_renamed_page_is_found_at_its_new_path_only(visitor, section):
    about, team = section
    assert visitor.get("/en/about/team/").status_code == 200
    team.slug = "people"
    team.save_revision().publish()
    assert visitor.get("/en/about/team/").status_code == 404
    assert visitor.get("/en/about/people/").status_code == 200
    team.refresh_from_db()
    team.move(about.get_parent(), pos="last-child")
    moved = visitor.get("/en/about/people/")  # Wagtail leaves a redirect from where a moved page was
    assert moved.status_code == 301 and moved["Location"] == "/en/people/"
    assert visitor.get("/en/people/").status_code == 200


def test_an_unpublished_page_is_gone_at_once(visitor, section):
    team = section[1]
    assert visitor.get("/en/about/team/").status_code == 200
    team.unpublish()
    assert visitor.get("/en/about/team/").status_code == 404


def test_unknown_paths_are_not_remembered(visitor, home, section):
    site = Site.objects.get()
    for number in range(5):
        assert visitor.get(f"/en/no-such-page-{number}/").status_code == 404
        assert cache.get(cache_key("route", [site.pk, "en", f"no-such-page-{number}/"])) is None
    visitor.get("/en/about/")
    assert cache.get(cache_key("route", [site.pk, "en", "about/"])) is not None


def test_a_routable_page_routes_the_rest_of_the_path_itself(visitor, home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    PublicationPageFactory(parent=index, title="A statement on detentions", slug="detentions")
    for _ in range(2):
        feed = visitor.get("/en/publications/feed/rss/")
        assert feed.status_code == 200 and "A statement on detentions" in feed.content.decode()
        assert visitor.get("/en/publications/detentions/").status_code == 200
        assert visitor.get("/en/publications/feed/nothing/").status_code == 404


def test_a_restriction_added_after_a_visit_applies_to_the_page_and_below(visitor, section):
    about = section[0]
    assert "The people" in visitor.get("/en/about/team/").content.decode()
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    for path in ("/en/about/", "/en/about/team/"):
        html = visitor.get(path).content.decode()
        assert "password" in html.lower() and "The people" not in html and "Who we are" not in html
    PageViewRestriction.objects.filter(page=about).delete()
    assert "The people" in visitor.get("/en/about/team/").content.decode()


def test_a_login_restriction_sends_visitors_to_sign_in(visitor, section):
    team = section[1]
    visitor.get("/en/about/team/")
    PageViewRestriction.objects.create(page=team, restriction_type=PageViewRestriction.LOGIN)
    response = visitor.get("/en/about/team/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_alias_follows_its_source_restriction(visitor, home, section):
    about = section[0]
    other = ContentPageFactory(parent=home, title="Elsewhere", slug="elsewhere")
    alias = about.create_alias(parent=other, update_slug="about-copy")
    assert visitor.get("/en/elsewhere/about-copy/").status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    assert "Who we are" not in visitor.get(alias.url).content.decode()
    assert "Who we are" not in visitor.get("/en/elsewhere/about-copy/team/").content.decode()


def test_an_alias_of_a_page_in_a_restricted_section_is_restricted_too(client, visitor, home, section):
    """The restriction sits above the source, not on it: Wagtail checks an alias's source but
    not the source's ancestors."""
    about, team = section
    other = ContentPageFactory(parent=home, title="Elsewhere", slug="elsewhere")
    team.create_alias(parent=other, update_slug="team-copy")
    assert "The people" in visitor.get("/en/elsewhere/team-copy/").content.decode()
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    for asking in (visitor, client):  # uncached and from the page cache
        html = asking.get("/en/elsewhere/team-copy/").content.decode()
        assert "The people" not in html and 'name="password"' in html


def test_each_host_gets_its_own_site(client, home):
    second_home = HomePageFactory(parent=Page.get_first_root_node(), title="Women MPs", slug="women")
    site = Site.objects.create(hostname="women.localhost", port=80, root_page=second_home)
    SiteBranding.objects.create(
        site=site, name="Women Parliamentarians", short_name="WP", contact_email="w@example.org"
    )
    ContentPageFactory(parent=second_home, title="Network", slug="network", intro="Women in parliament")
    ContentPageFactory(parent=home, title="Network", slug="network", intro="The alliance")
    for _ in range(2):
        assert "Women in parliament" in client.get("/en/network/", HTTP_HOST="women.localhost").content.decode()
        assert "The alliance" in client.get("/en/network/").content.decode()
        # An allowed host without a site of its own falls back to the default site, as in Wagtail.
        assert "The alliance" in client.get("/en/network/", HTTP_HOST="elsewhere.localhost").content.decode()
    assert client.get("/en/network/", HTTP_HOST="attacker.example").status_code == 400


def test_a_branding_change_shows_on_the_next_page(visitor, section):
    assert "Test Alliance" in visitor.get("/en/about/").content.decode()
    branding = SiteBranding.objects.get()
    branding.name = "Renamed Alliance"
    branding.save()
    html = visitor.get("/en/about/").content.decode()
    assert "Renamed Alliance" in html and "Test Alliance" not in html


def test_restricting_a_publication_takes_it_out_of_every_public_list_at_once(visitor, home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    secret = PublicationPageFactory(parent=index, title="Internal minutes", slug="minutes")
    PublicationPageFactory(parent=index, title="Open letter", slug="letter")
    for path in ("/en/publications/", "/en/publications/feed/rss/"):
        assert "Internal minutes" in visitor.get(path).content.decode()
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    for path in ("/en/publications/", "/en/publications/feed/rss/", "/en/"):
        html = visitor.get(path).content.decode()
        assert "Internal minutes" not in html, path
    assert "Open letter" in visitor.get("/en/publications/").content.decode()
    listed = visitor.get(f"/api/v2/publications/?index={index.pk}").json()
    assert [item["title"] for item in listed["items"]] == ["Open letter"]


def test_the_password_form_unlocks_a_restricted_page(visitor, section):
    about = section[0]
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    form = visitor.get("/en/about/").content.decode()
    action = f"/en/_util/authenticate_with_password/{restriction.pk}/{about.pk}/"
    assert f'action="{action}"' in form and "Who we are" not in form
    wrong = visitor.post(action, {"password": "guess", "return_url": "/en/about/"})
    assert wrong.status_code == 200 and "Who we are" not in wrong.content.decode()
    unlocked = visitor.post(action, {"password": "s3cret", "return_url": "/en/about/"})
    assert unlocked.status_code == 302 and unlocked["Location"] == "/en/about/"
    assert "Who we are" in visitor.get("/en/about/").content.decode()


def test_a_login_restriction_leads_to_a_working_sign_in_page(visitor, section):
    PageViewRestriction.objects.create(page=section[1], restriction_type=PageViewRestriction.LOGIN)
    response = visitor.get("/en/about/team/")
    assert response.status_code == 302
    assert visitor.get(response["Location"]).status_code == 200
