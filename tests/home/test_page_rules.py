"""Page types follow the sites' shape: one publication index and at most one network page per home
page (so per site and language), and pages made right under a home page are in its menu."""

from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.translation import translate_page
from home.models import ContentPage
from network.models import NetworkPage
from publications.models import PublicationIndexPage
from tests.factories import (
    ContentPageFactory,
    HomePageFactory,
    NetworkPageFactory,
    PublicationIndexPageFactory,
    user_in,
)

ONE_PER_HOME = (PublicationIndexPage, NetworkPage)


class OnePerSiteAndLocaleTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        Site.objects.all().delete()
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, slug="ipam-home")
        cls.other_home = HomePageFactory(parent=root, slug="mwpn-home")
        Site.objects.create(hostname="testserver", port=80, root_page=cls.home, is_default_site=True)
        Site.objects.create(hostname="mwpn.testserver", port=80, root_page=cls.other_home)

    def setUp(self):
        self.editor = user_in("Editors", "rules-editor")
        self.client.force_login(self.editor)

    def add_url(self, model, parent):
        return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"

    def test_the_first_is_allowed_and_a_second_under_the_same_home_is_not(self):
        for model in ONE_PER_HOME:
            assert model.can_create_at(self.home)
        PublicationIndexPageFactory(parent=self.home, slug="publications")
        NetworkPageFactory(parent=self.home, slug="network")
        for model in ONE_PER_HOME:
            assert not model.can_create_at(self.home)
            assert model.can_create_at(self.other_home)  # another site has its own

    def test_the_admin_neither_offers_nor_accepts_a_second(self):
        PublicationIndexPageFactory(parent=self.home, slug="publications")
        choices = self.client.get(f"/admin/pages/{self.home.pk}/add_subpage/").content.decode()
        assert self.add_url(PublicationIndexPage, self.home) not in choices
        assert self.add_url(NetworkPage, self.home) in choices
        response = self.client.post(
            self.add_url(PublicationIndexPage, self.home),
            nested_form_data({"title": "More publications", "slug": "more", "intro": rich_text("")}),
        )
        assert response.status_code in (302, 403)
        assert PublicationIndexPage.objects.child_of(self.home).count() == 1

    def test_each_language_of_a_site_has_its_own(self):
        burmese = Locale.objects.get(language_code="my")
        index = PublicationIndexPageFactory(parent=self.home, slug="publications")
        burmese_home = translate_page(self.home, burmese)
        assert PublicationIndexPage.can_create_at(burmese_home)
        translate_page(index, burmese)
        burmese_home.refresh_from_db()
        assert not PublicationIndexPage.can_create_at(burmese_home)

    def test_an_editor_creates_the_first_index_through_the_admin(self):
        self.assertCanCreate(
            self.other_home,
            PublicationIndexPage,
            nested_form_data({"title": "Publications", "slug": "publications", "intro": rich_text("<p>All</p>")}),
            publish=False,
        )
        assert PublicationIndexPage.objects.child_of(self.other_home).count() == 1


class ShownInMenusTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        Site.objects.all().delete()
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="menu-home")
        Site.objects.create(hostname="testserver", port=80, root_page=cls.home, is_default_site=True)
        cls.about = ContentPageFactory(parent=cls.home, slug="about")

    def setUp(self):
        self.client.force_login(user_in("Editors", "menu-editor"))

    def new_page_form(self, parent):
        return self.client.get(f"/admin/pages/add/home/contentpage/{parent.pk}/").context["form"]

    def test_a_page_made_under_a_home_page_starts_in_the_menu(self):
        form = self.new_page_form(self.home)
        assert form.initial["show_in_menus"] is True
        checkbox = str(form["show_in_menus"])
        assert 'type="checkbox" name="show_in_menus"' in checkbox and checkbox.endswith(" checked>")

    def test_a_page_made_deeper_does_not(self):
        assert not self.new_page_form(self.about).initial.get("show_in_menus")

    def test_editing_keeps_what_the_editor_chose(self):
        hidden = ContentPageFactory(parent=self.home, slug="hidden", show_in_menus=False)
        form = self.client.get(f"/admin/pages/{hidden.pk}/edit/").context["form"]
        assert not form.initial.get("show_in_menus")

    def test_the_editor_may_untick_it(self):
        data = nested_form_data(
            {
                "title": "Policies",
                "slug": "policies",
                "intro": "",
                "body": streamfield([("text", rich_text("<p>Text</p>"))]),
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(self.home, ContentPage, data, publish=False)
        assert not ContentPage.objects.get(slug="policies").show_in_menus
        data.update(slug="contact", title="Contact", show_in_menus="on")
        self.assertCanCreate(self.home, ContentPage, data, publish=False)
        assert ContentPage.objects.get(slug="contact").show_in_menus
