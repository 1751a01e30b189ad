"""Every public page type, in English and Burmese, on a phone (390 px) and a desktop (1280 px).

One demo load and one browser for all of it: each visit opens a fresh context (an empty
cache, as on a first visit), measures what was transferred, runs axe-core, checks the
header and touch targets, and saves a full-page screenshot to test-artifacts/.
"""

import re
from dataclasses import dataclass, field

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

WIDTHS = (390, 1280)
PHONE = 390
LANGUAGES = ("en", "my")
MAX_TRANSFER = 200 * 1024
MIN_TARGET = 44
MIN_TEXT = 16
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
STATEMENT = "publications/release-myanmars-detained-members-of-parliament/"
REPORT = "publications/parliaments-and-the-myanmar-crisis-a-year-in-review/"

# (name, site, path below /<language>/)
PAGE_TYPES = [
    ("home-ipam", "ipam", ""),
    ("home-mwpn", "mwpn", ""),
    ("campaign", "ipam", "democracy-in-myanmar/"),
    ("network", "mwpn", "about/"),
    ("publication-index", "ipam", "publications/"),
    ("publication-index-filtered", "ipam", "publications/?type=statement&year=2021"),
    ("statement", "ipam", STATEMENT),
    ("report", "ipam", REPORT),
    ("search", "ipam", "search/?q=myanmar"),
    ("not-found", "ipam", "no-such-page/"),
]

# Boxes of the header's parts and the h1, in page coordinates.
LAYOUT = """() => {
    const box = selector => {
        const element = document.querySelector(selector);
        if (!element) return null;
        const r = element.getBoundingClientRect();
        return {left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY};
    };
    return {
        header: box(".site-header__bar"),
        brand: box(".brand"),
        languages: box(".language-switcher"),
        search: box(".header-search"),
        nav: box(".site-nav"),
        h1: box("main h1"),
        scrollWidth: document.documentElement.scrollWidth,
    };
}"""

# Controls people tap or type into, smaller than a finger or with text that phones zoom.
SMALL_CONTROLS = """([minTarget, minText]) => [...document.querySelectorAll(
        "main button, main .button, main select, main input:not([type=hidden]):not([type=checkbox]), " +
        ".site-header button, .site-header input, .site-header a, .site-nav a, .pagination a, .chip"
    )].filter(element => element.offsetParent !== null && !element.closest(".honeypot")).flatMap(element => {
        const r = element.getBoundingClientRect();
        const size = parseFloat(getComputedStyle(element).fontSize);
        const problems = [];
        if (r.height < minTarget - 0.5) problems.push(`${Math.round(r.height)} px tall`);
        if (element.matches("button, .button, select, input") && size < minText) problems.push(`${size} px text`);
        return problems.length ? [`${element.outerHTML.slice(0, 80)}: ${problems.join(", ")}`] : [];
    })"""

FONTS_READY = "async () => { await document.fonts.ready; }"


def overlaps(first, second):
    return not (
        first["right"] <= second["left"]
        or second["right"] <= first["left"]
        or first["bottom"] <= second["top"]
        or second["bottom"] <= first["top"]
    )


@dataclass
class Findings:
    violations: dict = field(default_factory=dict)
    layout: dict = field(default_factory=dict)
    transfer: dict = field(default_factory=dict)
    controls: dict = field(default_factory=dict)
    screenshots: list = field(default_factory=list)


def header_problems(layout, width):
    """What is wrong with the header and the h1 of one page at one width."""
    problems = []
    if layout["scrollWidth"] > width:
        problems.append(f"page is {layout['scrollWidth']} px wide")
    if layout["h1"] is None:
        return problems + ["no h1"]
    for part in ("header", "brand", "languages", "search", "nav"):
        if layout[part] and overlaps(layout[part], layout["h1"]):
            problems.append(f"h1 overlaps {part}")
    for first, second in (("brand", "languages"), ("brand", "search"), ("languages", "search")):
        if overlaps(layout[first], layout[second]):
            problems.append(f"{first} overlaps {second}")
    if layout["languages"]["right"] > width or layout["brand"]["left"] < 0:
        problems.append("header runs off the screen")
    return problems


def visit(browser, url, width, name, findings):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    page.goto(url, wait_until="load")
    page.evaluate(FONTS_READY)
    page.wait_for_load_state("networkidle")
    transferred = 0
    for request in responses:
        sizes = request.sizes()
        transferred += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    findings.transfer[name] = transferred

    results = Axe().run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    if violations:
        findings.violations[name] = [
            f"{rule['id']}: {rule['help']} ({', '.join(node['target'][0] for node in rule['nodes'][:3])})"
            for rule in violations
        ]
    layout = page.evaluate(LAYOUT)
    problems = header_problems(layout, width) if width == PHONE else []
    if problems:
        findings.layout[name] = problems
    small = page.evaluate(SMALL_CONTROLS, [MIN_TARGET, MIN_TEXT])
    if small:
        findings.controls[name] = small
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    findings.screenshots.append(path)
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_type_is_accessible_fits_phones_and_is_light(language, demo_server, browser_page):
    """Axe (WCAG 2.2 A/AA), the phone header, touch targets and the first-visit weight, on 20 visits
    per language (one test per language, so that two test processes share the work)."""
    port = demo_server.url.rsplit(":", 1)[1]
    hosts = {"ipam": f"http://localhost:{port}", "mwpn": f"http://mwpn.localhost:{port}"}
    browser = browser_page.context.browser
    findings = Findings()
    for page_name, site, path in PAGE_TYPES:
        for width in WIDTHS:
            name = f"{page_name}-{language}-{width}"
            visit(browser, f"{hosts[site]}/{language}/{path}", width, name, findings)

    assert not findings.violations, findings.violations
    assert not findings.layout, findings.layout
    assert not findings.controls, findings.controls
    heavy = {name: size for name, size in findings.transfer.items() if size > MAX_TRANSFER}
    assert not heavy, heavy
    assert all(path.stat().st_size > 5_000 for path in findings.screenshots)
    assert len(findings.screenshots) == len(PAGE_TYPES) * len(WIDTHS)


def test_filters_are_closed_on_phones_and_open_on_wide_screens(demo_server, browser_page):
    url = f"{demo_server.url}/my/publications/"
    browser_page.set_viewport_size({"width": PHONE, "height": 900})
    browser_page.goto(url)
    first_result = browser_page.locator(".publication-card").first
    assert not browser_page.locator("#filter-q").is_visible()
    assert first_result.bounding_box()["y"] < 900, "the first result is on the first screen"

    browser_page.locator(".filters-panel summary").click()
    assert browser_page.locator("#filter-q").is_visible()

    browser_page.set_viewport_size({"width": 1280, "height": 900})
    browser_page.goto(url)
    assert browser_page.locator("#filter-q").is_visible()
    assert not browser_page.locator(".filters-panel summary").is_visible()


def contrast(first, second):
    def luminance(rgb):
        channels = [value / 255 for value in rgb]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rgb(css_colour):
    return [int(value) for value in re.findall(r"\d+", css_colour)[:3]]


FOCUS_STYLE = """element => {
    element.focus();
    const style = getComputedStyle(element);
    // An outline set off from the element is drawn on what surrounds it, not on the element.
    let node = parseFloat(style.outlineOffset) > 0 ? element.parentElement : element;
    let background = "rgba(0, 0, 0, 0)";
    while (node && /rgba\\(.*, 0\\)$|transparent/.test(background)) {
        background = getComputedStyle(node).backgroundColor;
        node = node.parentElement;
    }
    return {outline: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle, background};
}"""


def test_keyboard_focus_is_visible_on_light_and_dark_backgrounds(demo_server, browser_page):
    browser_page.goto(f"{demo_server.url}/en/")
    browser_page.keyboard.press("Tab")  # the page gets keyboard focus; :focus-visible applies from here on
    for selector in (".site-nav a", ".header-search input", "main a.button", ".site-footer a"):
        focus = browser_page.locator(selector).first.evaluate(FOCUS_STYLE)
        assert focus["style"] != "none" and focus["width"] >= 2, selector
        assert contrast(rgb(focus["outline"]), rgb(focus["background"])) >= 3, (selector, focus)
