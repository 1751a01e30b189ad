"""Parity: every value a page's HTML shows is in the API, so another front end can show it too.

Each page of the ``content`` fixture carries marker words in every text it has (fields,
blocks, documents, terms, related publications). A marker the HTML shows must be in
the page's API detail; the publication index's listing is in ``/api/v2/publications/``.
"""

import pytest
from wagtail.models import Site

from tests.api.conftest import api_text, markers_in

# Markers the HTML of each page must show at least, so the comparison is never vacuous.
MINIMUM_MARKERS = {"home": 15, "about": 20, "campaign": 15, "network": 8, "index": 4, "publication": 8}


def shown_and_served(client, page, extra_api_urls=()):
    """Markers in the page's HTML, and in its API detail plus the site's (the chrome: menu, footer)."""
    html = client.get(page.url)
    assert html.status_code == 200
    detail = client.get(f"/api/v2/pages/{page.pk}/")
    assert detail.status_code == 200
    site = f"/api/v2/sites/{Site.objects.get(is_default_site=True).pk}/?locale={detail.json()['locale']}"
    served = api_text(detail) + "".join(api_text(client.get(url)) for url in [site, *extra_api_urls])
    return markers_in(html.content.decode()), markers_in(served)


@pytest.mark.parametrize("key", ["home", "about", "campaign", "network"])
def test_every_marker_the_page_shows_is_in_its_api_detail(client, content, key):
    shown, served = shown_and_served(client, content[key])

    assert len(shown) >= MINIMUM_MARKERS[key]
    assert shown <= served, f"Shown in HTML but missing from the API: {sorted(shown - served)}"


def test_publication_page_parity(client, content):
    publication = content["publications"][1]

    shown, served = shown_and_served(client, publication)

    assert len(shown) >= MINIMUM_MARKERS["publication"]
    assert shown <= served, f"Shown in HTML but missing from the API: {sorted(shown - served)}"


def test_publication_index_parity_with_the_listing_endpoint(client, content):
    index = content["index"]

    shown, served = shown_and_served(client, index, [f"/api/v2/publications/?index={index.pk}"])

    assert len(shown) >= MINIMUM_MARKERS["index"]
    assert shown <= served, f"Shown in HTML but missing from the API: {sorted(shown - served)}"


def test_every_page_type_is_covered(content):
    from wagtail.models import Page, get_page_models

    covered = {type(content[key]) for key in ("home", "about", "campaign", "network", "index")} | {
        type(content["publications"][0])
    }
    assert covered == {model for model in get_page_models() if model is not Page}
