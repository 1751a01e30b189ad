from wagtail.models import Page, Site
from wagtail_factories import ImageFactory

from cms.models import SiteBranding
from cms.translation import translate_page
from tests.factories import HomePageFactory


def test_each_site_shows_its_own_branding(client, home):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="other", hero_heading="Other network")
    other = Site.objects.create(hostname="other.localhost", port=80, root_page=other_home)
    SiteBranding.objects.create(
        site=other,
        name="Other Network",
        burmese_name="အခြားကွန်ရက်",
        short_name="ON",
        about="About the other network.",
        contact_email="hello@other.example",
        parent_organisation="Parent Org",
        parent_organisation_url="https://parent.example/",
        social_links=[("link", {"platform": "facebook", "url": "https://facebook.com/other"})],
    )

    mine = client.get("/en/").content.decode()
    theirs = client.get("/en/", HTTP_HOST="other.localhost").content.decode()

    assert "Test Alliance" in mine and "contact@example.org" in mine
    assert "Other Network" not in mine
    assert "<title>Home · Other Network</title>" in theirs
    assert "About the other network." in theirs
    assert 'href="mailto:hello@other.example"' in theirs
    assert '<a href="https://parent.example/">Parent Org</a>' in theirs
    assert 'href="https://facebook.com/other"' in theirs
    assert "Test Alliance" not in theirs


def test_branding_name_in_burmese_falls_back_to_english():
    branding = SiteBranding(name="Network", burmese_name="ကွန်ရက်")
    assert branding.name_for("my") == "ကွန်ရက်"
    assert branding.name_for("en") == "Network"
    assert SiteBranding(name="Network").name_for("my") == "Network"


def test_footer_speaks_burmese_under_my(client, home, burmese):
    branding = SiteBranding.objects.get()
    branding.about, branding.about_burmese = "About us in English.", "ကျွန်ုပ်တို့အကြောင်း။"
    branding.social_links = [("link", {"platform": "website", "url": "https://example.org/"})]
    branding.save()
    translate_page(home, burmese)

    english = client.get("/en/").content.decode()
    myanmar = client.get("/my/").content.decode()

    assert "About us in English." in english and ">Website</a>" in english
    assert "ကျွန်ုပ်တို့အကြောင်း။" in myanmar and "About us in English." not in myanmar
    assert ">ဝက်ဘ်ဆိုက်</a>" in myanmar
    assert branding.text_for("parent_organisation_about", "my") == ""


def test_the_logo_is_named_in_the_page_language(client, home, burmese):
    branding = SiteBranding.objects.get()
    branding.burmese_name = "စမ်းသပ်မဟာမိတ်"
    branding.logo = ImageFactory(title="Logo")
    branding.save()
    translate_page(home, burmese)

    assert 'class="brand__logo"' in client.get("/en/").content.decode()
    assert 'alt="Test Alliance"' in client.get("/en/").content.decode()
    assert 'alt="စမ်းသပ်မဟာမိတ်"' in client.get("/my/").content.decode()
