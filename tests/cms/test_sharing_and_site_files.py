"""What browsers, crawlers and link previews ask of a site: icons, robots.txt, the sitemap, card tags."""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.text import Truncator

from cms.models import SiteBranding
from cms.sharing import short_text
from cms.translation import translate_page
from tests.factories import ContentPageFactory, PublicationIndexPageFactory, PublicationPageFactory


def meta(html, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return found[0] if len(found) == 1 else found


def test_pages_carry_open_graph_and_card_tags_in_their_language(client, home, burmese):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    page = PublicationPageFactory(
        parent=index, title="Free them", slug="free", summary="All <b>detained</b> MPs.", date=datetime.date(2021, 4, 1)
    )
    translate_page(home, burmese)
    translate_page(index, burmese)
    translate_page(page, burmese, {"Free them": "လွှတ်ပေးပါ", "All <b>detained</b> MPs.": "အမတ်အားလုံး။"})

    english = client.get("/en/publications/free/").content.decode()
    burmese_html = client.get("/my/publications/free/").content.decode()

    assert meta(english, "property", "og:title") == "Free them"
    assert meta(english, "property", "og:description") == "All &lt;b&gt;detained&lt;/b&gt; MPs."
    assert meta(english, "property", "og:type") == "article"
    assert meta(english, "property", "og:url") == "http://testserver/en/publications/free/"
    assert meta(english, "property", "og:site_name") == "Test Alliance"
    assert meta(english, "property", "og:image") == "http://testserver/static/brand/default/share.png"
    assert meta(english, "property", "og:locale") == "en_GB"
    assert meta(english, "property", "og:locale:alternate") == "my_MM"
    assert meta(english, "name", "twitter:card") == "summary_large_image"
    assert meta(english, "name", "twitter:title") == "Free them"
    assert meta(burmese_html, "property", "og:title") == "လွှတ်ပေးပါ"
    assert meta(burmese_html, "property", "og:locale") == "my_MM"
    assert meta(burmese_html, "property", "og:locale:alternate") == "en_GB"


def test_a_home_page_shares_its_hero_image_and_introduction(client, home):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    home.hero_image = Image.objects.create(title="Banner", file=get_test_image_file(size=(1600, 900)))
    home.save_revision().publish()

    html = client.get("/en/").content.decode()

    image = meta(html, "property", "og:image")
    assert image.startswith("http://testserver/") and "fill-1200x630" in image
    assert meta(html, "property", "og:type") == "website"
    assert meta(html, "property", "og:description") == "Working for democracy in Myanmar."


def test_a_site_with_its_own_brand_files_uses_them(client, home):
    SiteBranding.objects.filter(site__root_page=home).update(short_name="IPAM")
    html = client.get("/en/").content.decode()
    assert 'href="/static/brand/ipam/favicon.svg"' in html
    assert 'href="/static/brand/ipam/apple-touch-icon.png"' in html
    assert "International Parliamentarians" in html  # the SVG wordmark
    response = client.get("/favicon.ico")
    assert response.status_code == 302 and response["Location"] == "/static/brand/ipam/favicon.ico"


def test_an_unknown_site_gets_the_default_icons(client, home):
    response = client.get("/favicon.ico")
    assert response["Location"] == "/static/brand/default/favicon.ico"
    html = client.get("/en/").content.decode()
    assert 'href="/static/brand/default/favicon.svg"' in html
    assert '<text class="wordmark__short" x="76" y="42" font-size="30">TA</text>' in html


def test_robots_txt_names_the_sitemap_of_the_host(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_sitemap_lists_each_page_with_its_translations(client, home, burmese):
    page = ContentPageFactory(parent=home, slug="about")
    ContentPageFactory(parent=home, slug="english-only")
    translate_page(home, burmese)
    translate_page(page, burmese)

    xml = client.get("/sitemap.xml").content.decode()

    about = re.search(r"<url><loc>http://testserver/my/about/</loc>.*?</url>", xml).group(0)
    assert '<xhtml:link rel="alternate" hreflang="en" href="http://testserver/en/about/"/>' in about
    assert '<xhtml:link rel="alternate" hreflang="my" href="http://testserver/my/about/"/>' in about
    assert '<xhtml:link rel="alternate" hreflang="x-default" href="http://testserver/en/about/"/>' in about
    lonely = re.search(r"<url><loc>http://testserver/en/english-only/</loc>.*?</url>", xml).group(0)
    assert "xhtml:link" not in lonely  # one language: no alternates to name


@pytest.mark.parametrize(
    ("language", "size", "expected"),
    [
        ("en", 906, "906 bytes"),
        ("my", 906, "၉၀၆ ဘိုက်"),
        ("en", 2057, "2 KB"),
        ("my", 927_744, "၉၀၆ ကီလိုဘိုက်"),
        ("en", 3_250_000, "3.1 MB"),
        ("my", 3_250_000, "၃.၁ မဂ္ဂါဘိုက်"),
    ],
)
def test_file_sizes_in_the_page_language(language, size, expected):
    with translation.override(language):
        assert Template("{% load locale_format %}{{ size|file_size }}").render(Context({"size": size})) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("my", "APHR", ' lang="en"'),
        ("my", "ASEAN မှ", ""),
        ("my", "၂၀၂၁", ""),
        ("en", "APHR", ""),
    ],
)
def test_english_fragments_in_burmese_pages_are_marked(language, text, expected):
    with translation.override(language):
        assert Template("{% load locale_format %}{{ text|latin_lang }}").render(Context({"text": text})) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A short summary.",
        "x" * 300,
        "x" * 301,
        "ပါလီမန်အမတ်များ " * 40,  # combining vowel signs do not count as characters
        "e\u0301" * 299,  # decomposed: normalised, as Django's Truncator normalises
    ],
)
def test_short_text_cuts_as_djangos_truncator(text):
    assert short_text(text, 300) == Truncator(text).chars(300)
