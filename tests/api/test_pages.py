"""Pages endpoints: listing, detail, locale-aware find, and that nothing unpublished or private leaks."""

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from cms.api.pages import translations_of
from cms.restrictions import public_translations
from publications.models import PublicationPage
from tests.factories import ContentPageFactory, HomePageFactory

pytestmark = pytest.mark.django_db


def test_list_has_every_live_page_of_the_site_with_translations(client, content):
    response = client.get("/api/v2/pages/?limit=100")

    assert response.status_code == 200
    data = response.json()
    ids = [item["id"] for item in data["items"]]
    assert data["meta"] == {"total_count": len(ids), "limit": 100, "offset": 0}
    assert content["home"].pk in ids and content["burmese_publication"].pk in ids
    home = next(item for item in data["items"] if item["id"] == content["home"].pk)
    assert home["type"] == "home.HomePage" and home["html_path"] == "/en/"
    assert home["translations"] == [
        {
            "id": content["burmese_home"].pk,
            "type": "home.HomePage",
            "title": "ပင်မ",
            "locale": "my",
            "url": "http://testserver/my/",
            "html_path": "/my/",
        }
    ]


def test_list_filters_by_locale_type_and_parent(client, content):
    burmese = client.get("/api/v2/pages/?locale=my").json()["items"]
    assert {item["locale"] for item in burmese} == {"my"}
    assert len(burmese) == 3

    publications = client.get("/api/v2/pages/?type=publications.PublicationPage&locale=en").json()
    assert publications["meta"]["total_count"] == 3

    children = client.get(f"/api/v2/pages/?child_of={content['index'].pk}").json()
    assert [item["id"] for item in children["items"]] == [page.pk for page in content["publications"]]


def test_list_pages_through_limit_and_offset(client, content):
    everything = [item["id"] for item in client.get("/api/v2/pages/?limit=100").json()["items"]]
    second = client.get("/api/v2/pages/?limit=2&offset=2").json()
    assert [item["id"] for item in second["items"]] == everything[2:4]


def test_list_is_limited_to_the_site_asked_for(client, content):
    other_root = HomePageFactory(parent=Page.get_first_root_node(), title="Other", slug="other")
    other_site = Site.objects.create(hostname="other.localhost", port=80, root_page=other_root)
    ContentPageFactory(parent=other_root, title="Only on the other site", slug="only")

    default = [item["title"] for item in client.get("/api/v2/pages/?limit=100").json()["items"]]
    by_id = [item["title"] for item in client.get(f"/api/v2/pages/?site={other_site.pk}").json()["items"]]
    by_host = [item["title"] for item in client.get("/api/v2/pages/", HTTP_HOST="other.localhost").json()["items"]]

    assert "Only on the other site" not in default
    assert by_id == by_host == ["Other", "Only on the other site"]
    assert client.get("/api/v2/pages/?site=other.localhost").json()["items"][0]["title"] == "Other"


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("limit=101", "limit"),
        ("limit=0", "limit"),
        ("limit=ten", "limit"),
        ("offset=-1", "offset"),
        ("locale=fr", "locale"),
        ("type=home.Nope", "type"),
        ("child_of=999999", "child_of"),
        ("site=nowhere.example", "site"),
        ("colour=red", "colour"),
        ("limit=1&limit=2", "limit"),
        ("locale=%00", "locale"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(client, content, query, parameter):
    response = client.get(f"/api/v2/pages/?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["parameter"] == parameter and error["code"] == "invalid_parameter" and error["message"]


def test_detail_of_each_type_has_its_content(client, content):
    for key, page_type in [
        ("home", "home.HomePage"),
        ("about", "home.ContentPage"),
        ("campaign", "home.CampaignPage"),
        ("network", "network.NetworkPage"),
        ("index", "publications.PublicationIndexPage"),
    ]:
        data = client.get(f"/api/v2/pages/{content[key].pk}/").json()
        assert data["type"] == page_type
        assert set(data["content"]) == {
            field if isinstance(field, str) else field.name for field in type(content[key]).api_fields
        }


def test_rich_text_links_are_resolved_and_images_have_renditions(client, content):
    body = client.get(f"/api/v2/pages/{content['about'].pk}/").json()["content"]["body"]
    blocks = {block["type"]: block["value"] for block in body}

    assert 'href="/en/publications/publication-0/"' in blocks["text"]
    assert "linktype" not in blocks["text"]
    image = blocks["image"]["image"]
    assert image["alt"] == blocks["image"]["alt_text"]
    # The original is 900 pixels wide: width-1600 would not enlarge it, so it is not repeated.
    assert [rendition["width"] for rendition in image["renditions"]] == [400, 800, 900]
    assert all(rendition["url"].startswith("http://testserver/media/images/") for rendition in image["renditions"])
    assert "<iframe" in blocks["embed"]["embed"]["html"]
    document = blocks["documents"]["documents"][0]["document"]
    assert document["format"] == "pdf" and document["size"] > 0 and document["url"].startswith("http://testserver/")
    assert blocks["call_to_action"]["page"]["html_path"] == "/en/publications/publication-0/"


def test_burmese_detail_links_to_burmese_pages_and_names_terms_in_burmese(client, content):
    data = client.get(f"/api/v2/pages/{content['burmese_publication'].pk}/").json()

    assert data["locale"] == "my" and data["html_path"] == "/my/publications/publication-0/"
    assert data["title"] == "ကြေညာချက် တစ်ခု"
    assert data["content"]["publication_type"] == {"value": "statement", "label": "ကြေညာချက်"}
    assert [translation["locale"] for translation in data["translations"]] == ["en"]


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/en/", "home"),
        ("/my/", "burmese_home"),
        ("/en/publications/", "index"),
        ("/my/publications/", "burmese_index"),
        ("/my/publications/publication-0/", "burmese_publication"),
        ("/en/publications/publication-0", "publications"),
        ("/publications/publication-0/", "publications"),
        ("/en/publications/feed/rss/", "index"),
    ],
)
def test_find_works_in_both_locales(client, content, path, key):
    expected = content[key][0] if key == "publications" else content[key]

    response = client.get("/api/v2/pages/find/", {"html_path": path})

    assert response.status_code == 200
    assert response.json()["id"] == expected.pk


def test_find_works_for_the_second_site(client, content):
    root = HomePageFactory(parent=Page.get_first_root_node(), title="MWPN", slug="mwpn")
    Site.objects.create(hostname="mwpn.localhost", port=80, root_page=root)
    who = ContentPageFactory(parent=root, title="Who we are", slug="who-we-are")

    by_host = client.get("/api/v2/pages/find/?html_path=/en/who-we-are/", HTTP_HOST="mwpn.localhost")
    by_param = client.get("/api/v2/pages/find/?html_path=/en/who-we-are/&site=mwpn.localhost")
    on_default = client.get("/api/v2/pages/find/?html_path=/en/who-we-are/")

    assert by_host.json()["id"] == by_param.json()["id"] == who.pk
    assert on_default.status_code == 404


@pytest.mark.parametrize("path", ["/en/nowhere/", "/my/publications/publication-1/", "/fr/", "/en/about/%00"])
def test_find_misses_are_json_404(client, content, path):
    response = client.get("/api/v2/pages/find/", {"html_path": path})

    assert response.status_code in (400, 404)
    assert response["Content-Type"] == "application/json"
    assert "error" in response.json()


def test_find_needs_a_path(client, content):
    response = client.get("/api/v2/pages/find/")
    assert response.status_code == 400 and response.json()["error"]["parameter"] == "html_path"


@pytest.mark.parametrize(
    "url", ["/api/v2/pages/999999/", "/api/v2/nothing-here/", "/api/v1/pages/", "/api/v2/pages", "/api/v2/pages/a%0Ab/"]
)
def test_unknown_urls_are_json_404_not_redirects(client, content, url):
    response = client.get(url)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]["code"] == "not_found"


def test_writes_are_refused(content):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    for method in (client.post, client.put, client.delete, client.patch):
        response = method("/api/v2/pages/")
        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD"
        assert response.json()["error"]["code"] == "method_not_allowed"


class TestNothingUnpublishedLeaks:
    SECRET = "Draft text nobody may read yet"

    def _everything(self, client, page):
        urls = [
            "/api/v2/pages/?limit=100",
            "/api/v2/pages/?limit=100&locale=en",
            f"/api/v2/pages/{page.pk}/",
            f"/api/v2/pages/find/?html_path={page.url}",
            "/api/v2/publications/?limit=100",
            "/api/v2/sites/1/",
        ]
        return " ".join(client.get(url).content.decode() for url in urls)

    def test_a_draft_of_a_live_page_is_never_served(self, client, content):
        page = content["about"]
        page.intro = self.SECRET
        page.save_revision()  # a draft, not published

        everything = self._everything(client, page)

        assert self.SECRET not in everything
        assert client.get(f"/api/v2/pages/{page.pk}/").json()["content"]["intro"] != self.SECRET

    def test_a_page_never_published_is_not_found(self, client, content):
        page = ContentPageFactory(parent=content["home"], title=self.SECRET, slug="secret", live=False)

        assert self.SECRET not in self._everything(client, page)
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404

    def test_an_unpublished_page_disappears(self, client, content):
        publication = content["publications"][2]
        assert client.get(f"/api/v2/pages/{publication.pk}/").status_code == 200
        title = publication.title

        publication.unpublish()

        assert client.get(f"/api/v2/pages/{publication.pk}/").status_code == 404
        assert title not in self._everything(client, publication)

    def test_a_private_page_and_its_children_are_not_served(self, client, content):
        index = content["index"]
        PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.PASSWORD, password="x")
        child = content["publications"][0]

        for page in (index, child):
            assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
        listed = client.get("/api/v2/pages/?limit=100").json()["items"]
        assert not {index.pk, child.pk} & {item["id"] for item in listed}
        assert client.get(f"/api/v2/pages/find/?html_path={child.url}").status_code == 404

    def test_no_owner_or_revision_data_in_details(self, client, content):
        text = client.get(f"/api/v2/pages/{content['about'].pk}/").content.decode()
        for word in ("owner", "locked", "latest_revision", "password", '@example.org"', "draft_title"):
            assert word not in text


def test_detail_lists_the_translations_live_at_the_time(client, content):
    english, burmese = content["publications"][0], content["burmese_publication"]
    links = client.get(f"/api/v2/pages/{english.pk}/").json()["translations"]
    assert [(link["id"], link["locale"]) for link in links] == [(burmese.pk, "my")]

    burmese.unpublish()

    assert client.get(f"/api/v2/pages/{english.pk}/").json()["translations"] == []
    assert client.get(f"/api/v2/pages/{burmese.pk}/").status_code == 404


def test_the_translation_table_names_each_live_public_group_by_id_and_by_key(content):
    english, burmese = content["publications"][0], content["burmese_publication"]
    group = (english.pk, burmese.pk)  # by locale
    table = public_translations()
    assert table[english.pk] == table[burmese.pk] == table[english.translation_key] == group
    draft = PublicationPage(translation_key=english.translation_key)  # never saved: found by its key
    assert [page.pk for page in translations_of([draft])[english.translation_key]] == list(group)

    burmese.unpublish()

    assert public_translations()[english.pk] == (english.pk,) and burmese.pk not in public_translations()
