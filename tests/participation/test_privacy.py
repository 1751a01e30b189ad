"""Personal data never leaves the admin: every public response is scanned for it.

The site below has every kind of submission and member record, in English and Burmese.
The scan fetches every page in both languages (with the statement's routes and filters),
the feeds, the sitemap, the search page and API searching for each secret, and every
API endpoint, and looks for any private value in the answers.
"""

import json

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cms.translation import translate_page
from participation.models import JoinRequest, Member, Status
from tests.factories import NetworkPageFactory
from tests.participation.helpers import add_signatory

PUBLIC_NAME = "Publicname Approved"


@pytest.fixture
def private_site(statement, countries, campaign, home, burmese):
    add_signatory(statement, PUBLIC_NAME, countries["th"], email="public.signer@example.org", party="Partyone")
    secrets = {
        "unlisted signatory": add_signatory(statement, "Hiddenname Unlisted", countries["gb"], consent=False).name,
        "pending signatory": add_signatory(
            statement, "Waitingname Pending", countries["mm"], status=Status.PENDING
        ).name,
        "rejected signatory": add_signatory(
            statement, "Refusedname Rejected", countries["mm"], status=Status.REJECTED
        ).name,
        "signatory email": "public.signer@example.org",
    }
    JoinRequest.objects.create(
        site=home.get_site(), name="Joinername Secret", country=countries["mm"], parliament="Pyithu Hluttaw",
        email="joiner.secret@example.org", phone="+95 9 777 1234", message="Secretmessage about my safety",
    )  # fmt: skip
    secrets.update(
        {
            "join name": "Joinername Secret",
            "join email": "joiner.secret@example.org",
            "join phone": "+95 9 777 1234",
            "join message": "Secretmessage about my safety",
        }
    )
    network = NetworkPageFactory(parent=home, slug="network", members_label="women MPs")
    network.save_revision().publish()
    Member.objects.bulk_create(
        Member(
            network=network, name=f"Membername{number:02d} Private", level="union" if number % 2 else "state-region",
            parliament="Pyithu Hluttaw", term="re-elected" if number % 3 else "newly-elected",
            ethnic_group="Ethnicgroup Secretone", email=f"member{number:02d}.secret@example.org",
            phone=f"+95 9 888 00{number:02d}", notes="Safehouse address",
        )
        for number in range(12)
    )  # fmt: skip
    secrets.update(
        {
            "member name": "Membername00 Private",
            "other member name": "Membername11 Private",
            "member email": ".secret@example.org",
            "member phone": "+95 9 888",
            "member ethnic group": "Ethnicgroup Secretone",
            "member notes": "Safehouse address",
        }
    )
    for page in (home, statement.get_parent(), statement, campaign, network):
        translate_page(page, burmese)
    call_command("rebuild_search_index", verbosity=0)
    return secrets


def html_urls():
    urls = []
    for page in Page.objects.live().filter(depth__gt=1).specific():
        url = page.get_url()
        if url is None:  # not under a site
            continue
        urls.append(url)
        if page.specific_class.__name__ == "PublicationPage":
            urls += [f"{url}?signatories_country=mm", f"{url}?signatories_country=gb", f"{url}signed/"]
        if page.specific_class.__name__ == "PublicationIndexPage":
            urls += [f"{url}feed/rss/", f"{url}feed/atom/", f"{url}?q=Hiddenname"]
        if page.specific_class.__name__ == "CampaignPage":
            urls.append(f"{url}joined/")
    return urls


def api_urls():
    urls = ["/api/v2/sites/", "/api/v2/images/", "/api/v2/documents/", "/api/v2/publications/", "/api/v2/schema/"]
    for locale in ("en", "my"):
        urls += [f"/api/v2/pages/?locale={locale}&limit=100", f"/api/v2/publications/?locale={locale}"]
    for page in Page.objects.live().filter(depth__gt=1):
        urls.append(f"/api/v2/pages/{page.pk}/")
        urls.append(f"/api/v2/pages/{page.pk}/signatories/")
    return urls


def search_urls(secrets):
    # Search pages echo the query: the words are parts of the secrets, never a whole one.
    words = [value.split()[0].split("@")[0] for value in secrets.values()]
    urls = []
    for word in words:
        urls += [f"/en/search/?q={word}", f"/my/search/?q={word}", f"/api/v2/search/?q={word}"]
        urls.append(f"/api/v2/search/?q={word}&locale=my")
    return urls


def test_no_public_response_holds_personal_data(client, private_site):
    scanned = []
    for url in [*html_urls(), *api_urls(), *search_urls(private_site), "/sitemap.xml"]:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        if response.get("Content-Type", "").startswith("application/json"):
            text += json.dumps(json.loads(text), ensure_ascii=False)  # unescaped, as a client reads it
        for label, secret in private_site.items():
            assert secret not in text, f"{label} in {url}"
        scanned.append((url, text))
    assert len(scanned) > 60
    # The scan does see what is public: the consenting, approved signatory, on the page and in the API.
    assert any(PUBLIC_NAME in text for url, text in scanned if url == "/en/publications/release/")
    assert any(PUBLIC_NAME in text for url, text in scanned if url.endswith("/signatories/"))
    assert any("women MPs" in text for url, text in scanned if url == "/en/network/")


def test_admin_listings_are_not_public(client, private_site):
    for url in ("/admin/snippets/participation/signatory/", "/admin/snippets/participation/joinrequest/"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
