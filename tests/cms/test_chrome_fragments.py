"""The chrome every page repeats (header bar, navigation, footer) is rendered once per site,
language and content version (``kept_per_version``), and never shows what it no longer is."""

import re

import pytest
from django.core.files.base import ContentFile
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory
from wagtail_factories import ImageFactory

from cms.content_cache import bump_content_version
from cms.models import SiteBranding
from tests.factories import ContentPageFactory

KEPT = Template('{% load site_tags %}{% kept_per_version "probe" part %}{{ value }}{% end_kept_per_version %}')


def render_kept(request, value, part="a"):
    return KEPT.render(Context({"request": request, "value": value, "part": part}))


def test_a_fragment_is_kept_until_the_content_version_moves_on(home):
    request = RequestFactory().get("/en/")

    assert render_kept(request, "first") == "first"
    assert render_kept(request, "second") == "first"
    assert render_kept(request, "other part", part="b") == "other part"
    bump_content_version()
    assert render_kept(request, "second") == "second"


def test_a_fragment_rendered_outside_a_request_is_never_kept(db):
    assert KEPT.render(Context({"value": "first", "part": "a"})) == "first"
    assert KEPT.render(Context({"value": "second", "part": "a"})) == "second"


def test_a_branding_change_shows_in_the_footer_at_once(client, home):
    client.get("/en/")
    branding = SiteBranding.objects.get()
    branding.about = "A new sentence about the network."
    branding.save()

    assert "A new sentence about the network." in client.get("/en/").content.decode()


def current_links(html):
    navigation = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)" aria-current="page">', navigation)


def test_the_navigation_marks_the_section_of_each_page(client, home):
    about = ContentPageFactory(parent=home, title="About", slug="about", show_in_menus=True)
    news = ContentPageFactory(parent=home, title="News", slug="news", show_in_menus=True)
    inner = ContentPageFactory(parent=news, title="Inner", slug="inner")

    assert current_links(client.get(about.url).content.decode()) == [about.url]
    assert current_links(client.get(inner.url).content.decode()) == [news.url]
    assert current_links(client.get(news.url).content.decode()) == [news.url]
    assert current_links(client.get("/en/").content.decode()) == ["/en/"]
    assert current_links(client.get("/en/search/?q=news").content.decode()) == []


def test_home_is_current_on_the_home_page_only_when_no_page_is_in_the_menu(client, home):
    hidden = ContentPageFactory(parent=home, title="Hidden", slug="hidden", show_in_menus=False)

    assert current_links(client.get("/en/").content.decode()) == ["/en/"]
    assert current_links(client.get(hidden.url).content.decode()) == []
    assert current_links(client.get("/en/no-such-page/").content.decode()) == []


def test_a_new_menu_page_shows_in_the_navigation(client, home):
    ContentPageFactory(parent=home, title="About", slug="about", show_in_menus=True)
    client.get("/en/about/")
    ContentPageFactory(parent=home, title="Campaigns", slug="campaigns", show_in_menus=True)

    assert ">Campaigns</a>" in client.get("/en/about/").content.decode()


def test_a_logo_whose_file_is_missing_is_not_kept(client, home):
    logo = ImageFactory(title="Logo", file__width=400, file__height=200)
    branding = SiteBranding.objects.get()
    branding.logo = logo
    branding.save()
    content = logo.file.read()
    logo.file.storage.delete(logo.file.name)
    logo.renditions.all().delete()

    assert 'class="brand__logo" src="/media/not-found"' in client.get("/en/", HTTP_COOKIE="a=1").content.decode()
    logo.file.storage.save(logo.file.name, ContentFile(content))  # back, and nothing else changed

    again = client.get("/en/", HTTP_COOKIE="a=1").content.decode()
    assert 'class="brand__logo" src="/media/images/' in again


def test_a_fragment_without_a_name_is_a_template_error():
    with pytest.raises(TemplateSyntaxError, match="needs a name"):
        Template("{% load site_tags %}{% kept_per_version %}x{% end_kept_per_version %}")
