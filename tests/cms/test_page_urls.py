"""A page's URL written without a ``reverse`` per page is the URL Wagtail writes, in every case."""

import pytest
from django.test import RequestFactory
from django.urls import set_script_prefix
from django.utils import translation
from wagtail.models import Page, Site

from cms.page_urls import url_parts
from tests.factories import ContentPageFactory, PublicationIndexPageFactory, PublicationPageFactory


@pytest.fixture
def pages(home, burmese):
    about = ContentPageFactory(parent=home, title="About us", slug="about")
    team = ContentPageFactory(parent=about, title="Our team", slug="team-2026")
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    report = PublicationPageFactory(parent=index, slug="a_report-on-detention")
    translated = [page.copy_for_translation(burmese, copy_parents=True) for page in (team, report)]
    return [home, about, team, index, report, *translated]


def wagtail_and_ours(page, request):
    plain = Page.objects.get(pk=page.pk)
    ours = [url_parts(page, request), page.get_url_parts(request), url_parts(plain, request)]
    return [Page.get_url_parts(page, request), *ours]


def requests_for(*hosts):
    return [None, *(RequestFactory().get("/", HTTP_HOST=host) for host in hosts)]


def test_every_page_has_the_url_wagtail_gives_it_in_either_language(pages):
    for language in ("en", "my"):
        with translation.override(language):
            for page in pages:
                for request in requests_for("testserver"):
                    expected, *ours = wagtail_and_ours(page, request)
                    assert expected[2].startswith(("/en/", "/my/"))
                    assert ours == [expected] * 3, page.url_path
    assert pages[-2].get_url_parts()[2] == "/my/about/team-2026/"


def test_a_path_wagtail_would_refuse_is_left_to_wagtail(pages):
    team = pages[2]
    Page.objects.filter(pk=team.pk).update(url_path=team.url_path.replace("team-2026", "ပြည်"))
    team.refresh_from_db()
    expected = Page.get_url_parts(team)
    assert expected[1:] == (None, None) and url_parts(team) == expected


def test_a_page_of_two_sites_is_linked_as_wagtail_links_it_for_each(pages, home):
    Site.objects.create(hostname="other.example", port=80, root_page=home)
    for request in requests_for("testserver", "other.example"):
        for page in pages[:5]:
            expected, *ours = wagtail_and_ours(page, request)
            assert ours == [expected] * 3


def test_a_page_outside_every_site_has_no_url(db, pages):
    Site.objects.all().delete()
    assert url_parts(pages[2]) is None and Page.get_url_parts(pages[2]) is None


def test_a_process_mounted_at_two_paths_links_under_each(pages):
    team = pages[2]
    assert url_parts(team)[2] == "/en/about/team-2026/"
    set_script_prefix("/sub/")
    try:
        assert url_parts(team) == Page.get_url_parts(team) and url_parts(team)[2] == "/sub/en/about/team-2026/"
    finally:
        set_script_prefix("/")
    assert url_parts(team) == Page.get_url_parts(team) and url_parts(team)[2] == "/en/about/team-2026/"
