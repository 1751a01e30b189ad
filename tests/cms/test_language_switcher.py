from cms.translation import translate_page as translate
from tests.factories import ContentPageFactory


def test_switcher_links_to_the_translation_and_keeps_the_latin_slug(client, home, burmese):
    page = ContentPageFactory(parent=home, title="About us", slug="about-us")
    translate(home, burmese)
    translated = translate(page, burmese)

    english = client.get("/en/about-us/").content.decode()
    myanmar = client.get("/my/about-us/").content.decode()

    assert translated.slug == "about-us"
    assert '<a href="/my/about-us/" hreflang="my">မြန်မာ</a>' in english
    assert '<a href="/en/about-us/" hreflang="en">English</a>' in myanmar
    assert '<html lang="my">' in myanmar and '<html lang="en">' in english


def test_switcher_says_plainly_when_a_page_is_not_translated(client, home, burmese):
    ContentPageFactory(parent=home, title="Only in English", slug="only-english")
    translate(home, burmese)

    html = client.get("/en/only-english/").content.decode()

    assert "this page is not translated yet" in html
    assert '<a href="/my/" hreflang="my"><span lang="my">မြန်မာ</span>' in html
    assert client.get("/my/only-english/").status_code == 404


def test_unpublished_translation_is_not_offered(client, home, burmese):
    page = ContentPageFactory(parent=home, title="Draft in Burmese", slug="draft-my")
    translate(home, burmese)
    translate(page, burmese).unpublish()
    html = client.get("/en/draft-my/").content.decode()
    assert 'href="/my/draft-my/"' not in html
    assert "this page is not translated yet" in html


def test_not_found_page_uses_the_site_chrome(client, home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and "Test Alliance" in html
