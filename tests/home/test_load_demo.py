import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from cms.models import SiteBranding
from cms.translation_status import status_rows, status_summary
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


class DemoContentTests(TestCase):
    """The demo sites, loaded once for the class by ``load_demo`` itself: these tests are of the
    loader, so they never take the rows other tests restore (``tests.demo_data``)."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", verbosity=0)

    def test_load_demo_twice_changes_and_duplicates_nothing(self):
        before = snapshot()
        output = StringIO()
        call_command("load_demo", stdout=output)
        assert snapshot() == before
        assert "nothing to do" in output.getvalue()

    def test_demo_has_two_branded_sites_and_publications_of_several_types(self):
        assert set(Site.objects.values_list("hostname", flat=True)) == {"127.0.0.1", "mwpn.localhost"}
        assert Site.objects.get(is_default_site=True).hostname == "127.0.0.1"
        types = set(
            PublicationPage.objects.filter(locale__language_code="en").values_list("publication_type", flat=True)
        )
        assert len(types) >= 4
        assert PublicationPage.objects.filter(documents__language="my").exists()
        assert not Page.objects.filter(slug="home", depth=2).exists()  # Wagtail's placeholder is gone

    def test_ipam_front_page_shows_problem_and_response(self):
        response = self.client.get("/", HTTP_HOST=IPAM_HOST, follow=True)
        html = response.content.decode()
        assert response.redirect_chain[-1][0].endswith("/en/")
        assert "International Parliamentarians Alliance for Myanmar" in html
        assert "What is the problem?" in html and "1 February 2021" in html
        assert "What are we doing about it?" in html and "25 March 2021" in html
        assert "ipam@aseanmp.org" in html
        assert "ASEAN Parliamentarians for Human Rights (APHR)" in html
        assert "Myanmar Women Parliamentarians Network" not in html

    def test_mwpn_front_page_shows_vision_mission_and_work(self):
        html = self.client.get("/en/", HTTP_HOST=MWPN_HOST).content.decode()
        assert "Myanmar Women Parliamentarians Network" in html
        assert "Vision" in html and "Federal Democratic Union" in html
        assert "Mission" in html and "Our work" in html and "Capacity building" in html
        assert "myanmar@wmpnetwork.org" in html
        assert "International Parliamentarians Alliance for Myanmar" not in html
        assert "APHR" not in html

    def test_each_site_has_a_burmese_home_page_with_its_burmese_name(self):
        ipam = self.client.get("/my/", HTTP_HOST=IPAM_HOST).content.decode()
        mwpn = self.client.get("/my/", HTTP_HOST=MWPN_HOST).content.decode()
        assert '<html lang="my">' in ipam
        assert "မြန်မာနိုင်ငံအတွက် နိုင်ငံတကာ ပါလီမန်အမတ်များ မဟာမိတ်အဖွဲ့" in ipam
        assert "မြန်မာအမျိုးသမီး လွှတ်တော်ကိုယ်စားလှယ်များကွန်ရက်" in mwpn
        assert self.client.get("/my/about/", HTTP_HOST=MWPN_HOST).status_code == 200

    def test_every_demo_page_renders(self):
        for page in Page.objects.live().filter(depth__gt=1).specific():
            site_id, _root, path = page.get_url_parts()
            host = Site.objects.get(pk=site_id)
            response = self.client.get(path, HTTP_HOST=f"{host.hostname}:{host.port}")
            assert response.status_code == 200, path

    def login_admin(self):
        self.client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))

    def test_a_demo_page_of_every_type_opens_in_the_editor_in_both_languages(self):
        """The editor's form is built per page type and language; every page is rendered above."""
        self.login_admin()
        pages = {}
        for page in Page.objects.filter(depth__gt=1).order_by("path"):
            pages.setdefault((page.content_type_id, page.locale_id), page)
        assert len(pages) >= 10
        for page in pages.values():
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200, page.title

    def test_taxonomy_and_branding_open_in_the_admin(self):
        self.login_admin()
        for model in (Topic, Country):
            listing = self.client.get(f"/admin/snippets/taxonomy/{model._meta.model_name}/")
            assert listing.status_code == 200
            term = model.objects.first()
            edit = self.client.get(f"/admin/snippets/taxonomy/{model._meta.model_name}/edit/{term.pk}/")
            assert edit.status_code == 200
        for site in Site.objects.all():
            response = self.client.get(f"/admin/settings/cms/sitebranding/{site.pk}/")
            assert response.status_code == 200
            assert SiteBranding.for_site(site).name in response.content.decode()

    def test_sitemap_lists_both_locales_of_the_site_only(self):
        xml = self.client.get("/sitemap.xml", HTTP_HOST=IPAM_HOST).content.decode()
        assert (
            "<loc>http://127.0.0.1:8000/en/publications/release-myanmars-detained-members-of-parliament/</loc>" in xml
        )
        assert "<loc>http://127.0.0.1:8000/my/publications/</loc>" in xml
        assert "mwpn.localhost" not in xml

    def test_demo_library_gives_every_filter_something_to_show(self):
        english = PublicationPage.objects.filter(locale__language_code="en")
        assert english.count() >= 30
        html = self.client.get("/en/publications/", HTTP_HOST=IPAM_HOST).content.decode()
        counts = [int(n) for n in re.findall(r"\((\d+)\)</(?:option|span)>", html)]
        assert len(counts) >= 20 and all(counts)  # types, topics, countries, years, languages
        for query in ("type=report", "topic=asean", "country=th", "year=2021", "lang=my", "q=release"):
            html = self.client.get(f"/en/publications/?{query}", HTTP_HOST=IPAM_HOST).content.decode()
            assert "Showing 1–" in html, query
        burmese = self.client.get("/my/publications/?lang=my&type=statement", HTTP_HOST=IPAM_HOST).content.decode()
        assert "ခုအနက် ၁–" in burmese and "ပြသနေသည်" in burmese

    def test_demo_is_translated_with_one_missing_and_one_out_of_date(self):
        rows = status_rows(Locale.objects.get(language_code="my"))
        summary = {status: count for status, _label, count in status_summary(rows)}
        expected = {"missing": 1, "draft": 0, "awaiting-review": 0, "out-of-date": 1, "up-to-date": len(rows) - 2}
        assert summary == expected
        assert {row.title for row in rows if row.status != "up-to-date"} == {
            "Submission on corporate links to the Myanmar military",
            "Democracy in Myanmar",
        }
        burmese_topic = Topic.objects.get(slug="political-prisoners", locale__language_code="my")
        assert burmese_topic.name == "နိုင်ငံရေး အကျဉ်းသားများ"
        about = self.client.get("/my/about/", HTTP_HOST=MWPN_HOST).content.decode()
        assert "ဖက်ဒရယ် ဒီမိုကရေစီ မြန်မာပြည်ထောင်စု" in about and "Federal Democratic Union" not in about
