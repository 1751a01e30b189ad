"""Where each page type may be created, and what it may contain."""

from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

from home.models import CampaignPage, ContentPage, HomePage
from network.models import NetworkPage
from publications.models import PublicationIndexPage, PublicationPage

EXPECTED_PARENTS = {
    HomePage: {Page},
    CampaignPage: {HomePage},
    ContentPage: {HomePage, CampaignPage, NetworkPage, ContentPage},
    NetworkPage: {HomePage},
    PublicationIndexPage: {HomePage},
    PublicationPage: {PublicationIndexPage},
}

EXPECTED_CHILDREN = {
    HomePage: {CampaignPage, ContentPage, NetworkPage, PublicationIndexPage},
    CampaignPage: {ContentPage},
    ContentPage: {ContentPage},
    NetworkPage: {ContentPage},
    PublicationIndexPage: {PublicationPage},
    PublicationPage: set(),
}


class PageTreeTests(WagtailPageTestCase):
    def test_allowed_parents(self):
        for page_type, parents in EXPECTED_PARENTS.items():
            with self.subTest(page_type=page_type.__name__):
                self.assertAllowedParentPageTypes(page_type, parents)

    def test_allowed_children(self):
        for page_type, children in EXPECTED_CHILDREN.items():
            with self.subTest(page_type=page_type.__name__):
                self.assertAllowedSubpageTypes(page_type, children)

    def test_every_project_page_type_is_covered(self):
        """Every page type Wagtail knows, beyond its own bare Page, has its rules written down here."""
        project_types = {model for model in get_page_models() if model is not Page}
        assert project_types == set(EXPECTED_PARENTS) == set(EXPECTED_CHILDREN)

    def test_publications_cannot_sit_outside_an_index(self):
        self.assertCanNotCreateAt(HomePage, PublicationPage)
        self.assertCanNotCreateAt(Page, CampaignPage)
