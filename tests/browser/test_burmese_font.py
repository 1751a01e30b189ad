import pytest

pytestmark = pytest.mark.browser

FONT_LOADED = """async () => {
    await document.fonts.ready;
    return [...document.fonts]
        .filter(face => face.family.replace(/"/g, "") === "Noto Sans Myanmar" && face.status === "loaded")
        .map(face => face.weight);
}"""


def test_burmese_page_uses_the_self_hosted_font(demo_server, browser_page, screenshot):
    port = demo_server.url.rsplit(":", 1)[1]
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))

    browser_page.goto(f"http://mwpn.localhost:{port}/my/about/")

    assert browser_page.locator("html").get_attribute("lang") == "my"
    loaded = browser_page.evaluate(FONT_LOADED)
    assert "400" in loaded
    assert any(url.endswith("/static/fonts/NotoSansMyanmar-Regular.woff2") for url in requested)
    heading = browser_page.locator("h1")
    style = heading.evaluate("el => [getComputedStyle(el).fontStyle, getComputedStyle(el).letterSpacing]")
    assert style == ["normal", "normal"]
    line_height = browser_page.locator("main p").first.evaluate(
        "el => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize)"
    )
    assert 1.7 <= line_height <= 1.9
    path = screenshot("mwpn-about-my")
    assert path.stat().st_size > 10_000
