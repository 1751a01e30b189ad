import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from cms.models import SiteBranding
from publications.models import Country, PublicationPage, Topic

IPAM_HOST = "127.0.0.1:8000"
MWPN_HOST = "mwpn.localhost:8000"


def snapshot():
    """Counts and last-changed stamps of everything the demo creates."""
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "path", "numchild", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "sites": list(Site.objects.order_by("pk").values_list("hostname", "port", "root_page_id")),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "topics": Topic.objects.count(),
        "countries": Country.objects.count(),
        "branding": list(SiteBranding.objects.order_by("pk").values_list("name", "contact_email")),
    }


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def test_load_demo_twice_changes_and_duplicates_nothing(demo, capsys):
    before = snapshot()
    call_command("load_demo")
    assert snapshot() == before
    assert "nothing to do" in capsys.readouterr().out


def test_demo_has_two_branded_sites_and_publications_of_several_types(demo):
    assert set(Site.objects.values_list("hostname", flat=True)) == {"127.0.0.1", "mwpn.localhost"}
    assert Site.objects.get(is_default_site=True).hostname == "127.0.0.1"
    types = set(PublicationPage.objects.filter(locale__language_code="en").values_list("publication_type", flat=True))
    assert len(types) >= 4
    assert PublicationPage.objects.filter(documents__language="my").exists()
    assert not Page.objects.filter(slug="home", depth=2).exists()  # Wagtail's placeholder is gone


def test_ipam_front_page_shows_problem_and_response(client, demo):
    response = client.get("/", HTTP_HOST=IPAM_HOST, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0].endswith("/en/")
    assert "International Parliamentarians Alliance for Myanmar" in html
    assert "What is the problem?" in html and "1 February 2021" in html
    assert "What are we doing about it?" in html and "25 March 2021" in html
    assert "ipam@aseanmp.org" in html
    assert "ASEAN Parliamentarians for Human Rights (APHR)" in html
    assert "Myanmar Women Parliamentarians Network" not in html


def test_mwpn_front_page_shows_vision_mission_and_work(client, demo):
    html = client.get("/en/", HTTP_HOST=MWPN_HOST).content.decode()
    assert "Myanmar Women Parliamentarians Network" in html
    assert "Vision" in html and "Federal Democratic Union" in html
    assert "Mission" in html and "Our work" in html and "Capacity building" in html
    assert "myanmar@wmpnetwork.org" in html
    assert "International Parliamentarians Alliance for Myanmar" not in html
    assert "APHR" not in html


def test_each_site_has_a_burmese_home_page_with_its_burmese_name(client, demo):
    ipam = client.get("/my/", HTTP_HOST=IPAM_HOST).content.decode()
    mwpn = client.get("/my/", HTTP_HOST=MWPN_HOST).content.decode()
    assert '<html lang="my">' in ipam
    assert "မြန်မာနိုင်ငံအတွက် နိုင်ငံတကာ ပါလီမန်အမတ်များ မဟာမိတ်အဖွဲ့" in ipam
    assert "မြန်မာအမျိုးသမီး လွှတ်တော်ကိုယ်စားလှယ်များကွန်ရက်" in mwpn
    assert client.get("/my/about/", HTTP_HOST=MWPN_HOST).status_code == 200


def test_every_demo_page_renders(client, demo):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        site_id, _root, path = page.get_url_parts()
        host = Site.objects.get(pk=site_id)
        response = client.get(path, HTTP_HOST=f"{host.hostname}:{host.port}")
        assert response.status_code == 200, path
