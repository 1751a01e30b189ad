"""The admin forms explain themselves: help texts, page descriptions, tabs and choosers that suit the data."""

import datetime

from wagtail import blocks
from wagtail.admin.panels import TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Page, Site, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils import WagtailPageTestCase

from cms.models import SiteBranding
from cms.widgets import CheckboxList, FilterableCheckboxList
from home.models import CampaignPage
from network.models import NetworkPage
from publications.blocks import RelevantPublicationsBlock
from publications.models import PublicationDocument, PublicationPage
from tests.factories import (
    CampaignPageFactory,
    ContentPageFactory,
    CountryFactory,
    HomePageFactory,
    NetworkPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    TopicFactory,
    user_in,
)

PROJECT_APPS = {"home", "network", "publications", "taxonomy", "cms"}
NOT_TYPED = {"id", "translation_key", "locale", "site", "page", "sort_order"}


def project_page_models():
    return [model for model in get_page_models() if model._meta.app_label in PROJECT_APPS]


def own_fields(model):
    """The fields an editor fills in that the project (not Wagtail's Page) defines."""
    inherited = {field.name for field in Page._meta.get_fields()} if issubclass(model, Page) else set()
    return [
        field
        for field in model._meta.get_fields()
        if field.concrete and field.editable and not field.auto_created and field.name not in inherited | NOT_TYPED
    ]


def help_text_of(block):
    """A block's help text: in its options, or (choosers and other field blocks) its form field's."""
    return getattr(block.meta, "help_text", None) or block.get_description()


def blocks_without_help(block, path):
    """The blocks an editor fills in, below ``block``, that have no help text.

    Structures and streams only group their children; a list's help text covers its items.
    """
    if isinstance(block, blocks.ListBlock):
        return blocks_without_help(block.child_block, path) if isinstance(block.child_block, blocks.StructBlock) else []
    missing = []
    for name, child in getattr(block, "child_blocks", {}).items():
        if not isinstance(child, (blocks.StructBlock, blocks.StreamBlock)) and not help_text_of(child):
            missing.append(f"{path}.{name}")
        missing += blocks_without_help(child, f"{path}.{name}")
    return missing


def test_every_project_field_has_help_text_for_editors():
    models = [*project_page_models(), *get_snippet_models(), SiteBranding, PublicationDocument]
    missing = []
    for model in models:
        if model._meta.app_label not in PROJECT_APPS:
            continue
        for field in own_fields(model):
            if not str(field.help_text).strip():
                missing.append(f"{model.__name__}.{field.name}")
            if isinstance(field, StreamField):
                missing += blocks_without_help(field.stream_block, f"{model.__name__}.{field.name}")
    assert missing == []


def test_every_page_type_describes_itself():
    for model in project_page_models():
        assert len(model.page_description) > 30, model


def test_pages_with_many_fields_are_grouped_in_tabs():
    tabs = {
        CampaignPage: ["Content", "Join and statement", "More sections", "Promote", "Settings"],
        PublicationPage: ["Content", "Documents", "Topics and countries", "Signatures", "Promote", "Settings"],
        NetworkPage: ["About", "Who we are", "Work and contact", "Promote", "Settings"],
    }
    for model, headings in tabs.items():
        handler = model.get_edit_handler()
        assert isinstance(handler, TabbedInterface)
        assert [str(child.heading) for child in handler.children] == headings


def test_relevant_publications_block_labels_every_part():
    block = RelevantPublicationsBlock()
    labels = {name: child.label for name, child in block.child_blocks.items()}
    assert labels == {
        "heading": "Heading",
        "topics": "Topics",
        "latest": "Newest of every topic",
        "types": "Only these types",
        "limit": "How many",
    }
    assert block.child_blocks["topics"].child_block.label == "Topic"
    assert "+" in block.child_blocks["topics"].meta.help_text  # says what the + button does


class EditorFormsTests(WagtailPageTestCase):
    """The forms editors see, through the admin, for every page type."""

    @classmethod
    def setUpTestData(cls):
        Site.objects.all().delete()
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-forms")
        Site.objects.create(hostname="testserver", port=80, root_page=cls.home, is_default_site=True)
        cls.index = PublicationIndexPageFactory(parent=cls.home, slug="publications")
        cls.topic = TopicFactory(name="Elections", slug="elections")
        cls.country = CountryFactory(name="Thailand", code="th")
        cls.publication = PublicationPageFactory(
            parent=cls.index, slug="statement", date=datetime.date(2021, 3, 1), topics=[cls.topic]
        )
        cls.campaign = CampaignPageFactory(parent=cls.home, slug="campaign")
        cls.network = NetworkPageFactory(parent=cls.home, slug="network")
        cls.content = ContentPageFactory(parent=cls.home, slug="about")

    def setUp(self):
        self.editor = user_in("Editors", "form-editor")

    def test_an_editor_opens_every_page_type_on_its_tabs(self):
        self.client.force_login(self.editor)
        tabs = {
            self.campaign: "Join and statement",
            self.publication: "Topics and countries",
            self.network: "Who we are",
        }
        for page in (self.home, self.index, self.publication, self.campaign, self.network, self.content):
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200
            html = response.content.decode()
            assert "Promote" in html and (page not in tabs or tabs[page] in html)

    def test_create_a_page_lists_each_type_with_its_description(self):
        self.client.force_login(self.editor)
        html = self.client.get(f"/admin/pages/{self.home.pk}/add_subpage/").content.decode()
        assert CampaignPage.page_description in html
        assert "A plain page of text and blocks" in html

    def test_publication_form_offers_checkboxes_for_topics_and_a_filterable_list_for_countries(self):
        self.client.force_login(self.editor)
        response = self.client.get(f"/admin/pages/{self.publication.pk}/edit/")
        form = response.context["form"]
        assert isinstance(form.fields["topics"].widget, CheckboxList)
        assert isinstance(form.fields["countries"].widget, FilterableCheckboxList)
        html = response.content.decode()
        assert 'class="checkbox-list"' in html and 'class="checkbox-list checkbox-list--filterable"' in html
        assert f'type="checkbox" name="topics" value="{self.topic.pk}"' in html
        assert "checked" in html.split(f'name="topics" value="{self.topic.pk}"')[1].split(">")[0]
        assert "js/admin-checkbox-filter.js" in html
